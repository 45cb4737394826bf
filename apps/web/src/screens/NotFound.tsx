import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router';

export default function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1>{t('app.notFound')}</h1>
      <button type="button" className="btn primary" onClick={() => navigate('/')}>
        {t('app.goHome')}
      </button>
    </section>
  );
}
