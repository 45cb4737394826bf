import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

export function Problem({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  const detail = error instanceof ApiError && error.problem ? error.problem.detail : t('app.error');
  return (
    <section className="card" role="alert">
      <p className="error">{detail}</p>
      {retry && (
        <button className="btn" type="button" onClick={retry}>
          {t('app.retry')}
        </button>
      )}
    </section>
  );
}
