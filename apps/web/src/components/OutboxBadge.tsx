import { useTranslation } from 'react-i18next';
import { useOutboxItems } from '../app/outbox-service';
import { navigate } from '../app/router';
import { useServices } from '../app/services';
import { Icon } from './Icon';

/** The visible "waiting to send" state, in the header of every screen. */
export function OutboxBadge() {
  const { t } = useTranslation();
  const items = useOutboxItems(useServices().outbox);
  if (items.length === 0) return null;
  const sending = items.some((i) => i.state === 'sending');
  return (
    <a
      href="/outbox"
      className="badge"
      data-testid="outbox-badge"
      onClick={(e) => {
        e.preventDefault();
        navigate('/outbox');
      }}
    >
      <Icon name={sending ? 'upload' : 'clock'} size={20} />
      <span>{sending ? t('outbox.sending') : t('outbox.waiting', { count: items.length })}</span>
    </a>
  );
}
