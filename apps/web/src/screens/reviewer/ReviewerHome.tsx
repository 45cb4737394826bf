import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewerApi } from '../../api/reviewer';
import { navigate } from '../../app/router';
import { useServices } from '../../app/services';
import { Icon } from '../../components/Icon';
import { currentLang, formatDate, formatPhone } from '../../i18n';
import { useLiveRefresh } from '../../live';
import { craftName } from '../crafts';
import { Problem } from '../Problem';
import { useLoad } from '../buyer/load';
import { MfaGate } from './MfaGate';

/** The reviewer's home: assessments waiting for a person, and the artisans she registered. */
export default function ReviewerHome() {
  return (
    <MfaGate>
      <Queue />
      <Managed />
    </MfaGate>
  );
}

export const go = (to: string) => (e: { preventDefault(): void }) => {
  e.preventDefault();
  navigate(to);
};

function Queue() {
  const { t } = useTranslation();
  const { client } = useServices();
  const api = useMemo(() => reviewerApi(client), [client]);
  const lang = currentLang();
  const { value, error, reload } = useLoad(() => api.queue(), [api]);
  // Live: assessments entering or leaving the queue show at once; polled while the stream is down.
  const live = useLiveRefresh('review-queue', reload);
  if (error) return <Problem error={error} retry={reload} />;
  return (
    <section className="card" data-testid="review-queue" data-live={live}>
      <h1>{t('review.title')}</h1>
      <div className="actions">
        <a className="btn" href="/reviewer/onboard" onClick={go('/reviewer/onboard')}>
          <Icon name="plus" />
          <span>{t('review.onboard')}</span>
        </a>
        <a className="btn" href="/reviewer/gallery" onClick={go('/reviewer/gallery')}>
          <Icon name="upload" />
          <span>{t('review.gallery')}</span>
        </a>
      </div>
      {!value ? (
        <p className="muted">{t('app.loading')}</p>
      ) : value.items.length === 0 ? (
        <p className="muted">{t('review.empty')}</p>
      ) : (
        <ul className="matches">
          {value.items.map((a) => (
            <li key={a.id}>
              <a href={`/reviewer/assessments/${a.id}`} onClick={go(`/reviewer/assessments/${a.id}`)}>
                {t('review.item', {
                  craft: a.craft.id ? craftName(a.craft.id, lang) : '?',
                  score: a.overall ?? '–',
                  level: a.level ?? '–',
                })}
              </a>
              <p className="muted small">
                {a.reviewReasons.map((r) => t(`review.reason_${r}`, { defaultValue: r })).join(', ')} ·{' '}
                {formatDate(a.createdAt, lang)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Managed() {
  const { t } = useTranslation();
  const { client } = useServices();
  const api = useMemo(() => reviewerApi(client), [client]);
  const lang = currentLang();
  const { value } = useLoad(() => api.managed(), [api]);
  if (!value || value.items.length === 0) return null;
  return (
    <section className="card">
      <h2>{t('review.myArtisans')}</h2>
      <ul className="plain">
        {value.items.map((m) => (
          <li key={m.id}>
            <strong>{m.displayName}</strong>{' '}
            <span className="muted small">
              {m.crafts.map((c) => craftName(c.craftId, lang)).join(', ')} · {m.district} ·{' '}
              {m.phone.startsWith('+91') && /^\+91\d{10}$/.test(m.phone) ? formatPhone(m.phone) : m.phone}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
