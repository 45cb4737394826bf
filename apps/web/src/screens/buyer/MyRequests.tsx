import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buyerApi } from '../../api/buyer';
import { navigate } from '../../app/router';
import { useServices } from '../../app/services';
import { Icon } from '../../components/Icon';
import { currentLang, formatDate, formatNumber } from '../../i18n';
import { useLoad } from './load';
import { remembered } from './store';

interface Listed {
  id: string;
  title: string;
  at: string;
  note?: string;
}

/**
 * On the buyer's home: her requests and orders (from the API, newest first; the ids kept on this
 * device only when the API cannot be reached), a new request, and an order by number.
 */
export function MyRequests({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { client } = useServices();
  const api = useMemo(() => buyerApi(client), [client]);
  const [orderId, setOrderId] = useState('');
  const lists = useLoad(
    async (signal) => {
      const [r, o] = await Promise.all([api.myRequests(signal), api.myOrders(signal)]);
      return {
        requests: r.opportunities.map((x): Listed => ({
          id: x.id,
          title: x.title,
          at: x.createdAt,
          note: [
            t(`req.status_${x.status}`),
            t('req.offerCounts', {
              sent: formatNumber(x.offersSent, lang),
              accepted: formatNumber(x.offersAccepted, lang),
            }),
          ].join(' · '),
        })),
        orders: o.orders.map((x): Listed => ({
          id: x.id,
          title: x.counterpartName ? `${x.counterpartName} · ${x.title}` : x.title,
          at: x.deadline,
          note: t(`order.status_${x.status}`),
        })),
      };
    },
    [api, lang, t],
  );
  // Offline (or the API failed): what this device remembers of her requests and orders.
  const offline = lists.error !== null;
  const requests: Listed[] = lists.value?.requests ?? (offline ? remembered('requests', userId) : []);
  const orders: Listed[] = lists.value?.orders ?? (offline ? remembered('orders', userId) : []);
  const go = (to: string) => (e: { preventDefault(): void }) => {
    e.preventDefault();
    navigate(to);
  };
  const openOrder = (e: FormEvent) => {
    e.preventDefault();
    if (orderId.trim()) navigate(`/buyer/orders/${encodeURIComponent(orderId.trim())}`);
  };
  const loading = !lists.value && !offline;
  return (
    <>
      <section className="card">
        <h2>{t('req.mine')}</h2>
        <a className="btn primary" href="/buyer/new" onClick={go('/buyer/new')}>
          <Icon name="plus" />
          <span>{t('req.new')}</span>
        </a>
        {offline && <p className="muted small">{t('req.offlineList')}</p>}
        {loading ? (
          <p className="muted">{t('app.loading')}</p>
        ) : requests.length === 0 ? (
          <p className="muted">{t('req.none')}</p>
        ) : (
          <ul className="plain links" data-testid="my-requests">
            {requests.map((r) => (
              <li key={r.id}>
                <a href={`/buyer/requests/${r.id}`} onClick={go(`/buyer/requests/${r.id}`)}>
                  {r.title}
                </a>{' '}
                <span className="muted small">
                  {formatDate(r.at, lang)}
                  {r.note && ` · ${r.note}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card">
        <h2>{t('req.openOrder')}</h2>
        {orders.length > 0 && (
          <ul className="plain links" data-testid="my-orders">
            {orders.map((o) => (
              <li key={o.id}>
                <a href={`/buyer/orders/${o.id}`} onClick={go(`/buyer/orders/${o.id}`)}>
                  {o.title}
                </a>{' '}
                <span className="muted small">
                  {formatDate(o.at, lang)}
                  {o.note && ` · ${o.note}`}
                </span>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={openOrder} className="row">
          <label htmlFor="order-id" className="sr-only">
            {t('req.orderId')}
          </label>
          <input
            id="order-id"
            placeholder={t('req.orderId')}
            value={orderId}
            onChange={(e) => setOrderId(e.target.value)}
          />
          <button className="btn" type="submit">
            {t('req.open')}
          </button>
        </form>
      </section>
    </>
  );
}
