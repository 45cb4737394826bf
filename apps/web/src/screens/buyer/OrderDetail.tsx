import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buyerApi, type Order } from '../../api/buyer';
import { matchPath, usePath } from '../../app/router';
import { useServices } from '../../app/services';
import { Icon } from '../../components/Icon';
import { RateOrder } from '../../components/RateOrder';
import { currentLang, formatCurrency, formatDate, formatDateTime, formatNumber } from '../../i18n';
import { craftName } from '../crafts';
import { Problem } from '../Problem';
import { errorText, useLoad } from './load';
import { remember } from './store';

/** Buyer's moves, in the order the buttons appear. */
const BUYER_MOVES = ['delivered', 'confirmed', 'disputed', 'cancelled'];

/** Follow an order: status, progress and photos; mark it arrived, confirm delivery, rate. */
export default function OrderDetail() {
  const { t } = useTranslation();
  const { client, session, live } = useServices();
  const api = useMemo(() => buyerApi(client), [client]);
  const id = matchPath('/buyer/orders/:id', usePath())?.id ?? '';
  const lang = currentLang();
  const {
    value: order,
    error,
    reload,
    setValue,
  } = useLoad(
    async (s) => {
      const o = await api.getOrder(id, s);
      const userId = session.get()?.user.id;
      if (userId) remember('orders', userId, { id: o.id, title: craftName(o.craftId, lang), at: o.dueAt });
      return o;
    },
    [api, id],
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  // Live: follow the artisan's progress while the screen is open.
  useEffect(
    () =>
      live.watch<Order>(`order:${id}`, (s) => api.getOrder(id, s), setValue, {
        done: (o) => ['paid', 'cancelled'].includes(o.status),
      }),
    [live, api, id, setValue],
  );

  if (error) return <Problem error={error} retry={reload} />;
  if (!order) return <p className="muted">{t('app.loading')}</p>;

  async function move(to: string) {
    setBusy(true);
    setMessage(null);
    try {
      setValue(await api.moveOrder(id, to));
      reload();
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, t('app.error')) });
    } finally {
      setBusy(false);
    }
  }
  const moves = BUYER_MOVES.filter((m) => order.allowedTransitions?.includes(m));
  const rated = order.ratings?.some((r) => r.raterRole === 'buyer');
  const canRate = !rated && ['delivered', 'confirmed', 'paid'].includes(order.status);

  return (
    <>
      <section className="card">
        <h1>
          {t('order.title')}: {craftName(order.craftId, lang)}
        </h1>
        <p className="level">{t(`order.status_${order.status}`)}</p>
        <p className="muted">
          {t('order.facts', {
            quantity: formatNumber(order.quantity, lang),
            amount: formatCurrency(order.amountPaise / 100, lang),
            date: formatDate(order.dueAt, lang),
          })}
        </p>
        <div className="actions">
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className={`btn${to === 'confirmed' || to === 'delivered' ? ' primary' : ''}`}
              disabled={busy}
              onClick={() => void move(to)}
            >
              <Icon name={to === 'disputed' || to === 'cancelled' ? 'out' : 'check'} />
              <span>{t(`order.to_${to}`)}</span>
            </button>
          ))}
        </div>
        {message && (
          <p className={message.ok ? 'ok' : 'error'} role="alert">
            {message.text}
          </p>
        )}
      </section>
      {(order.events?.length ?? 0) > 0 && (
        <section className="card">
          <h2>{t('order.history')}</h2>
          <ol className="plain">
            {order.events!.map((e) => (
              <li key={e.at + e.to}>
                <strong>{t(`order.status_${e.to}`)}</strong>{' '}
                <span className="muted small">{formatDateTime(e.at, lang)}</span>
                {e.note && <p className="small">{e.note}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {(order.photos?.length ?? 0) > 0 && (
        <section className="card">
          <h2>{t('order.photos')}</h2>
          <ul className="thumbs">
            {order.photos!.map((p, i) => (
              <li key={p.id}>
                <img
                  src={p.url}
                  alt={`${t('order.photos')} ${i + 1}`}
                  width={96}
                  height={96}
                  loading="lazy"
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {canRate && <RateOrder legend={t('order.rate')} onDone={reload} rate={(s, c) => api.rate(id, s, c)} />}
      {rated && <p className="ok card">{t('order.rated')}</p>}
    </>
  );
}
