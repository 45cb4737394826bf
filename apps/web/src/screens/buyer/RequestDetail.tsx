import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buyerApi, type BuyerApi, type Match, type MatchRun } from '../../api/buyer';
import { matchPath, usePath } from '../../app/router';
import { useServices } from '../../app/services';
import { Icon } from '../../components/Icon';
import { currentLang, formatCurrency, formatDate, formatNumber } from '../../i18n';
import { craftName } from '../crafts';
import { Problem } from '../Problem';
import { errorText, useLoad } from './load';

/** One request: its summary, ranked matches with their reasons, the proposed team, and offers. */
export default function RequestDetail() {
  const { t } = useTranslation();
  const { client } = useServices();
  const api = useMemo(() => buyerApi(client), [client]);
  const id = matchPath('/buyer/requests/:id', usePath())?.id ?? '';
  const lang = currentLang();
  const { value: o, error, reload } = useLoad((s) => api.getRequest(id, s), [api, id]);
  const [run, setRun] = useState<MatchRun | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (error) return <Problem error={error} retry={reload} />;
  if (!o) return <p className="muted">{t('app.loading')}</p>;

  async function act(work: () => Promise<string | void>) {
    setBusy(true);
    setMessage(null);
    try {
      const text = await work();
      if (text) setMessage({ ok: true, text });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, t('app.error')) });
    } finally {
      setBusy(false);
    }
  }
  const findMatches = () =>
    act(async () => {
      const r = await api.match(id, lang);
      setRun(r);
      setChosen([]);
    });
  const send = (body: { artisanIds: string[] } | { team: true }) =>
    act(async () => {
      const { offers } = await api.sendOffers(id, body);
      reload();
      return t('req.sent', { count: offers.length });
    });

  const price = o.unitPricePaise ?? (o.budgetPaise ? o.budgetPaise / o.quantity : null);
  return (
    <>
      <section className="card">
        <h1>{o.title}</h1>
        <p>{o.description}</p>
        <p className="muted">
          {t('req.summary', { quantity: formatNumber(o.quantity, lang), date: formatDate(o.deadline, lang) })}
          {price !== null && ` · ${formatCurrency(price / 100, lang)}`}
        </p>
        <p className="muted small">
          {o.craftIds.map((c) => craftName(c, lang)).join(', ')} ·{' '}
          {t('req.status', { status: t(`req.status_${o.status}`) })}
        </p>
        <button className="btn primary" type="button" disabled={busy} onClick={() => void findMatches()}>
          <Icon name="globe" />
          <span>{busy && !run ? t('req.matching') : t('req.findMatches')}</span>
        </button>
        {message && (
          <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
      </section>
      {run && (
        <section className="card" aria-live="polite">
          <h2>{t('req.qualified', { count: run.qualified })}</h2>
          {run.matches.length === 0 && <p className="muted">{t('req.noMatches')}</p>}
          <ol className="matches">
            {run.matches.map((m) => (
              <MatchCard
                key={m.artisanId}
                api={api}
                match={m}
                chosen={chosen.includes(m.artisanId)}
                toggle={() =>
                  setChosen((c) =>
                    c.includes(m.artisanId) ? c.filter((x) => x !== m.artisanId) : [...c, m.artisanId],
                  )
                }
              />
            ))}
          </ol>
          {run.matches.length > 0 && (
            <button
              className="btn primary"
              type="button"
              disabled={busy || chosen.length === 0}
              onClick={() => void send({ artisanIds: chosen })}
            >
              <Icon name="send" />
              <span>{t('req.sendOffers', { count: chosen.length })}</span>
            </button>
          )}
          {run.team && (
            <>
              <h2>{t('req.team')}</h2>
              <ul className="plain">
                {run.team.explanation.map((line) => (
                  <li key={line} className="muted small">
                    {line}
                  </li>
                ))}
              </ul>
              <ul className="matches">
                {run.team.members.map((m) => (
                  <li key={m.artisanId}>
                    <ArtisanName api={api} id={m.artisanId} known={m.displayName}>
                      {(name) => t('req.teamMember', { name, quantity: formatNumber(m.quantity, lang) })}
                    </ArtisanName>
                    {m.isLead && <span className="badge">{t('req.lead')}</span>}
                    <p className="muted small">{m.reason}</p>
                  </li>
                ))}
              </ul>
              <button className="btn" type="button" disabled={busy} onClick={() => void send({ team: true })}>
                <Icon name="send" />
                <span>{t('req.offerTeam')}</span>
              </button>
            </>
          )}
        </section>
      )}
    </>
  );
}

function MatchCard(props: { api: BuyerApi; match: Match; chosen: boolean; toggle: () => void }) {
  const { t } = useTranslation();
  const { match: m } = props;
  const lang = currentLang();
  return (
    <li className={props.chosen ? 'on' : undefined}>
      <ArtisanName api={props.api} id={m.artisanId} known={m.displayName}>
        {(name) => (
          <label className="check">
            <input type="checkbox" checked={props.chosen} onChange={props.toggle} />
            <strong>{t('req.matchTitle', { rank: m.rank, name })}</strong>
          </label>
        )}
      </ArtisanName>
      <p className="muted small">
        {craftName(m.craftId, lang)} ·{' '}
        {t('req.matchFacts', {
          level: m.level,
          distance: formatNumber(m.distanceKm, lang),
          capacity: formatNumber(m.capacity, lang),
        })}
      </p>
      <ul className="reasons">
        {m.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </li>
  );
}

/** Her name: the one the match results carry, else (older servers) from her public profile. */
function ArtisanName(props: {
  api: BuyerApi;
  id: string;
  known?: string | undefined;
  children: (name: string) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(props.known ?? null);
  const { api, id, known } = props;
  useEffect(() => {
    if (known) return setName(known);
    let live = true;
    api.artisan(id).then(
      (a) => live && setName(a.displayName),
      () => live && setName(t('req.artisan')),
    );
    return () => {
      live = false;
    };
  }, [api, id, known, t]);
  return <>{props.children(name ?? '…')}</>;
}
