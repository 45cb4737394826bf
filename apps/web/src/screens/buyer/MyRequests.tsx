import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { Icon } from '../../components/Icon';
import { currentLang, formatDate } from '../../i18n';
import { remembered } from './store';

/** On the buyer's home: her requests (kept on this device), a new request, and an order by number. */
export function MyRequests({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [orderId, setOrderId] = useState('');
  const requests = remembered('requests', userId);
  const orders = remembered('orders', userId);
  const go = (to: string) => (e: { preventDefault(): void }) => {
    e.preventDefault();
    navigate(to);
  };
  const openOrder = (e: FormEvent) => {
    e.preventDefault();
    if (orderId.trim()) navigate(`/buyer/orders/${encodeURIComponent(orderId.trim())}`);
  };
  return (
    <>
      <section className="card">
        <h2>{t('req.mine')}</h2>
        <a className="btn primary" href="/buyer/new" onClick={go('/buyer/new')}>
          <Icon name="plus" />
          <span>{t('req.new')}</span>
        </a>
        {requests.length === 0 ? (
          <p className="muted">{t('req.none')}</p>
        ) : (
          <ul className="plain links">
            {requests.map((r) => (
              <li key={r.id}>
                <a href={`/buyer/requests/${r.id}`} onClick={go(`/buyer/requests/${r.id}`)}>
                  {r.title}
                </a>{' '}
                <span className="muted small">{formatDate(r.at, lang)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card">
        <h2>{t('req.openOrder')}</h2>
        {orders.length > 0 && (
          <ul className="plain links">
            {orders.map((o) => (
              <li key={o.id}>
                <a href={`/buyer/orders/${o.id}`} onClick={go(`/buyer/orders/${o.id}`)}>
                  {o.title}
                </a>{' '}
                <span className="muted small">{formatDate(o.at, lang)}</span>
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
