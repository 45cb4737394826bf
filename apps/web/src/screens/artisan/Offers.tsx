import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { DECLINE_REASONS, rupees, type DeclineReason, type Offer } from '../../api/earn';
import { navigate } from '../../app/router';
import { Icon } from '../../components/Icon';
import { ReadAloud } from '../../components/ReadAloud';
import { currentLang, formatCurrency, formatDate, formatNumber } from '../../i18n';
import { useLiveRefresh } from '../../live';
import { craftName } from '../crafts';
import { Problem } from '../Problem';
import { useMe } from '../useMe';
import { canAnswer, daysLeft, perPiecePaise, whyMatched } from './earn-logic';
import { Back, Go, useArtisanApis, useLoad, useParam } from './shared';

/** Work offered to her: the list at /offers, one offer at /offers/:id (why it came to her, money, deadline). */
export default function Offers() {
  const { t } = useTranslation();
  const { earn } = useArtisanApis();
  const id = useParam('/offers/:id', 'id');
  const lang = currentLang();
  const { data, error, reload, set } = useLoad((signal) => earn.offers(signal, lang), [earn, lang]);
  // Live: a new offer (or an answer, expiry, withdrawal) shows at once; polled while the stream is down.
  useLiveRefresh('offers', reload);
  if (error) return <Problem error={error} retry={reload} />;
  if (!data) return <p className="muted">{t('app.loading')}</p>;
  if (id) {
    const offer = data.offers.find((o) => o.id === id);
    if (!offer) return <Problem error={null} />;
    return (
      <OfferDetail
        offer={offer}
        changed={(o) => set({ offers: data.offers.map((x) => (x.id === o.id ? { ...x, ...o } : x)) })}
      />
    );
  }
  const open = data.offers.filter((o) => canAnswer(o, new Date()));
  const past = data.offers.filter((o) => !canAnswer(o, new Date()));
  return (
    <>
      <Back />
      <section className="card">
        <h1>
          <Icon name="inbox" size={28} /> {t('artisan.offers.title')}
        </h1>
        <p className="lead">
          {open.length
            ? t('artisan.offers.open', { n: formatNumber(open.length, currentLang()) })
            : t('artisan.offers.none')}
        </p>
      </section>
      <OfferList offers={open} />
      {past.length > 0 && (
        <>
          <h2 className="a-section">{t('artisan.offers.past')}</h2>
          <OfferList offers={past} />
        </>
      )}
    </>
  );
}

function OfferList({ offers }: { offers: Offer[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <ul className="a-plain" data-testid="offers">
      {offers.map((o) => (
        <li key={o.id}>
          <a
            className="card a-row-link"
            href={`/offers/${o.id}`}
            onClick={(e) => {
              e.preventDefault();
              navigate(`/offers/${o.id}`);
            }}
          >
            <strong>{o.opportunity?.title ?? t('artisan.offers.work')}</strong>
            <span className="a-money">
              {o.amountPaise !== undefined ? formatCurrency(rupees(o.amountPaise), lang) : ''}
            </span>
            <span className="muted small">
              {t('artisan.offers.pieces', { n: formatNumber(o.quantity, lang) })} ·{' '}
              {o.opportunity
                ? t('artisan.offers.by', { date: formatDate(o.opportunity.deadline, lang) })
                : ''}
            </span>
            <span className={`a-badge ${o.status}`}>{t(`artisan.offers.status.${o.status}`)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

function OfferDetail({ offer, changed }: { offer: Offer; changed: (o: Offer) => void }) {
  const { t } = useTranslation();
  const { earn } = useArtisanApis();
  const { me } = useMe();
  const lang = currentLang();
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const now = new Date();
  const work = offer.opportunity;
  const piece = perPiecePaise(offer);
  const left = work ? daysLeft(work.deadline, now) : null;
  const answerable = canAnswer(offer, now);
  // The ranker's own reasons (from the server, in her language); worked out here only when absent.
  const reasons = offer.reasons?.length
    ? offer.reasons
    : whyMatched(offer, me?.artisan).map((r) =>
        t(r.key, {
          ...r.params,
          craft: r.params?.craft ? craftName(String(r.params.craft), lang) : '',
          level: r.params?.level !== undefined ? formatNumber(Number(r.params.level), lang) : '',
          km: r.params?.km !== undefined ? formatNumber(Number(r.params.km), lang) : '',
          rank: r.params?.rank !== undefined ? formatNumber(Number(r.params.rank), lang) : '',
        }),
      );
  const amount = offer.amountPaise !== undefined ? formatCurrency(rupees(offer.amountPaise), lang) : '';
  const speech = [
    work?.title,
    amount && `${t('artisan.offers.youEarn')}: ${amount}`,
    `${t('artisan.offers.quantity')}: ${t('artisan.offers.pieces', { n: formatNumber(offer.quantity, lang) })}`,
    work && `${t('artisan.offers.deadline')}: ${formatDate(work.deadline, lang)}`,
    reasons.length > 0 && `${t('artisan.offers.whyTitle')}: ${reasons.join('. ')}`,
  ]
    .filter(Boolean)
    .join('. ');

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof ApiError && e.problem ? e.problem.detail : t('app.error'));
    } finally {
      setBusy(false);
    }
  }
  const accept = () =>
    run(async () => {
      const r = await earn.accept(offer.id);
      changed(r.offer);
      navigate(`/orders/${r.order.id}`);
    });
  const decline = () =>
    run(async () => {
      if (!reason) {
        setError(t('artisan.offers.pickReason'));
        return;
      }
      changed(await earn.decline(offer.id, reason));
    });

  return (
    <>
      <Back to="/offers" />
      <article className="card" data-testid="offer">
        <h1>{work?.title ?? t('artisan.offers.work')}</h1>
        <span className={`a-badge ${offer.status}`}>{t(`artisan.offers.status.${offer.status}`)}</span>
        {work && <p>{work.description}</p>}
        <dl className="facts">
          <dt>{t('artisan.offers.youEarn')}</dt>
          <dd className="a-money a-big-money" data-testid="offer-amount">
            {offer.amountPaise !== undefined ? formatCurrency(rupees(offer.amountPaise), lang) : '—'}
          </dd>
          {piece !== null && (
            <>
              <dt>{t('artisan.offers.perPiece')}</dt>
              <dd>{formatCurrency(rupees(piece), lang)}</dd>
            </>
          )}
          <dt>{t('artisan.offers.quantity')}</dt>
          <dd>{t('artisan.offers.pieces', { n: formatNumber(offer.quantity, lang) })}</dd>
          {work && (
            <>
              <dt>{t('artisan.offers.craft')}</dt>
              <dd>{work.craftIds.map((c) => craftName(c, lang)).join(', ')}</dd>
              <dt>{t('artisan.offers.deadline')}</dt>
              <dd data-testid="offer-deadline">
                {formatDate(work.deadline, lang)}
                {left !== null &&
                  left >= 0 &&
                  ` · ${left === 0 ? t('artisan.offers.lastDay') : t('artisan.offers.daysLeft', { n: formatNumber(left, lang) })}`}
              </dd>
              {(work.district || work.state) && (
                <>
                  <dt>{t('artisan.offers.place')}</dt>
                  <dd>{[work.district, work.state].filter(Boolean).join(', ')}</dd>
                </>
              )}
            </>
          )}
          {answerable && (
            <>
              <dt>{t('artisan.offers.answerBy')}</dt>
              <dd>{formatDate(offer.expiresAt, lang)}</dd>
            </>
          )}
        </dl>
        <ReadAloud text={speech} />
        <h2>{t('artisan.offers.whyTitle')}</h2>
        <ul className="a-why" data-testid="offer-why">
          {reasons.map((r) => (
            <li key={r}>
              <Icon name="check" size={18} /> {r}
            </li>
          ))}
        </ul>
        {answerable ? (
          <>
            <button type="button" className="btn primary big" disabled={busy} onClick={() => void accept()}>
              <Icon name="check" size={28} />
              <span>{t('artisan.offers.accept')}</span>
            </button>
            <label htmlFor="reason">{t('artisan.offers.reasonLabel')}</label>
            <select id="reason" value={reason} onChange={(e) => setReason(e.target.value as DeclineReason)}>
              <option value="">{t('artisan.offers.reasonPick')}</option>
              {DECLINE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`artisan.offers.reason.${r}`)}
                </option>
              ))}
            </select>
            <button type="button" className="btn big" disabled={busy} onClick={() => void decline()}>
              <Icon name="cross" size={28} />
              <span>{t('artisan.offers.decline')}</span>
            </button>
          </>
        ) : offer.status === 'accepted' ? (
          <AcceptedLink offerId={offer.id} />
        ) : offer.status === 'declined' && offer.declineReason ? (
          <p className="muted">
            {t('artisan.offers.declinedBecause', {
              reason: t(`artisan.offers.reason.${offer.declineReason}`, {
                defaultValue: offer.declineReason,
              }),
            })}
          </p>
        ) : null}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </article>
    </>
  );
}

/** An accepted offer leads to its order. */
function AcceptedLink({ offerId }: { offerId: string }) {
  const { t } = useTranslation();
  const { earn } = useArtisanApis();
  const { data } = useLoad(() => earn.accept(offerId), [earn, offerId]);
  if (!data) return null;
  return (
    <Go to={`/orders/${data.order.id}`} icon="box" className="btn primary big">
      {t('artisan.offers.seeOrder')}
    </Go>
  );
}
