import { useTranslation } from 'react-i18next';
import { useOnline, useOutboxItems } from '../app/outbox-service';
import { useServices } from '../app/services';
import { Icon } from '../components/Icon';
import { currentLang, formatDateTime } from '../i18n';

/** Everything kept on the phone, waiting to be sent: she can send now or remove. */
export default function OutboxScreen() {
  const { t } = useTranslation();
  const { outbox } = useServices();
  const items = useOutboxItems(outbox);
  const online = useOnline();
  return (
    <section className="card">
      <h1>{t('outbox.title')}</h1>
      {items.length === 0 ? (
        <p data-testid="outbox-empty">
          <Icon name="check" /> {t('outbox.empty')}
        </p>
      ) : (
        <ul className="outbox">
          {items.map((item) => (
            <li key={item.id} data-state={item.state}>
              <strong>{t(`outbox.kind_${item.kind}`)}</strong>
              <span className="muted small">
                {t('outbox.savedAt', { date: formatDateTime(new Date(item.createdAt), currentLang()) })}
              </span>
              <span>
                {item.state === 'sending'
                  ? t('outbox.sending')
                  : item.state === 'failed'
                    ? `${t('outbox.failed')}: ${item.error ?? ''}`
                    : t('outbox.waiting', { count: 1 })}
              </span>
              <div className="row">
                {item.state !== 'sending' && online && (
                  <button
                    type="button"
                    className="btn"
                    onClick={() => void outbox.retry(item.id).then(outbox.flush)}
                  >
                    <Icon name="upload" />
                    <span>{t('outbox.sendNow')}</span>
                  </button>
                )}
                {item.state !== 'sending' && (
                  <button type="button" className="btn" onClick={() => void outbox.remove(item.id)}>
                    {t('outbox.remove')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
