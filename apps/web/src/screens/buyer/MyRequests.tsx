import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buyerApi } from '../../api/buyer';
import { navigate } from '../../app/router';
import { useServices } from '../../app/services';
import { Icon } from '../../components/Icon';
import { currentLang, formatDate, formatNumber } from '../../i18n';
import { useLoad } from './load';
import { remembered, rememberAll, type Remembered } from './store';

/** Whether the browser says it has a network (`online`/`offline` events). */
const subscribeOnline = (changed: () => void) => {
  window.addEventListener('online', changed);
  window.addEventListener('offline', changed);
  return () => {
    window.removeEventListener('online', changed);
    window.removeEventListener('offline', changed);
  };
};
const useOnline = () =>
  useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );

/**
 * On the buyer's home: her requests and orders (from the API, newest first), a new request, and an
 * order by number. Each list the API gives is kept on this device; offline she sees the last copy
 * (the service worker's, or this device's when the API cannot be reached), marked as offline, and
 * the lists load again as soon as the network is back.
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
      const requests = r.opportunities.map((x): Remembered => ({
        id: x.id,
        title: x.title,
        at: x.createdAt,
        status: x.status,
        sent: x.offersSent,
        accepted: x.offersAccepted,
      }));
      const orders = o.orders.map((x): Remembered => ({
        id: x.id,
        title: x.counterpartName ? `${x.counterpartName} · ${x.title}` : x.title,
        at: x.deadline,
        status: x.status,
      }));
      rememberAll('requests', userId, requests);
      rememberAll('orders', userId, orders);
      return { requests, orders };
    },
    [api, userId],
  );
  const online = useOnline();
  // The network is back: load again (what is shown may be the service worker's last copy).
  const wasOnline = useRef(online);
  const { reload } = lists;
  useEffect(() => {
    if (online && !wasOnline.current) reload();
    wasOnline.current = online;
  }, [online, reload]);
  // Offline (or the API failed): the last copy, from the service worker or this device.
  const failed = lists.error !== null;
  const offline = failed || !online;
  const requests = lists.value?.requests ?? (failed ? remembered('requests', userId) : []);
  const orders = lists.value?.orders ?? (failed ? remembered('orders', userId) : []);
  const requestNote = (r: Remembered) =>
    r.status &&
    [
      t(`req.status_${r.status}`),
      t('req.offerCounts', {
        sent: formatNumber(r.sent ?? 0, lang),
        accepted: formatNumber(r.accepted ?? 0, lang),
      }),
    ].join(' · ');
  const orderNote = (o: Remembered) => o.status && t(`order.status_${o.status}`);
  const go = (to: string) => (e: { preventDefault(): void }) => {
    e.preventDefault();
    navigate(to);
  };
  const openOrder = (e: FormEvent) => {
    e.preventDefault();
    if (orderId.trim()) navigate(`/buyer/orders/${encodeURIComponent(orderId.trim())}`);
  };
  const loading = !lists.value && !failed;
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
                  {requestNote(r) && ` · ${requestNote(r)}`}
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
                  {orderNote(o) && ` · ${orderNote(o)}`}
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
