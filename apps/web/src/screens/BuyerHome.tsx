import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { BUYER_TYPES, type BuyerType } from '../api/types';
import { useServices } from '../app/services';
import { ChoiceSelect, SubmitAndError } from '../components/FormBits';
import { currentLang, formatDate } from '../i18n';
import { MyRequests } from './buyer/MyRequests';
import { Problem } from './Problem';
import { useMe } from './useMe';

/** The buyer's home: their organisation profile (set it up the first time). */
export default function BuyerHome() {
  const { t } = useTranslation();
  const { me, error, reload } = useMe();
  if (error) return <Problem error={error} retry={reload} />;
  if (!me) return <p className="muted">{t('app.loading')}</p>;
  const b = me.buyer;
  return (
    <>
      <section className="card">
        <h1>{t('buyer.title')}</h1>
        {b ? (
          <dl className="facts">
            <dt>{t('buyer.organisation')}</dt>
            <dd>{b.organisation}</dd>
            <dt>{t('buyer.type')}</dt>
            <dd>{t(`buyer.type_${b.type}`)}</dd>
            {b.stateName && (
              <>
                <dt>{t('buyer.place')}</dt>
                <dd>{[b.district, b.stateName].filter(Boolean).join(', ')}</dd>
              </>
            )}
            {b.gstin && (
              <>
                <dt>{t('buyer.gstin')}</dt>
                <dd>{b.gstin}</dd>
              </>
            )}
            <dt className="sr-only">{t('home.member', { date: '' })}</dt>
            <dd className="muted small">
              {t('home.member', { date: formatDate(b.createdAt, currentLang()) })}
            </dd>
          </dl>
        ) : (
          <BuyerSetup done={reload} />
        )}
      </section>
      {b && <MyRequests userId={me.id} />}
    </>
  );
}

function BuyerSetup({ done }: { done: () => void }) {
  const { t } = useTranslation();
  const { me } = useServices();
  const [organisation, setOrganisation] = useState('');
  const [type, setType] = useState<BuyerType>('brand');
  const [error, setError] = useState<string | null>(null);
  async function save(e: FormEvent) {
    e.preventDefault();
    try {
      await me.saveBuyer({ organisation: organisation.trim(), type });
      done();
    } catch (err) {
      setError(err instanceof ApiError && err.problem ? err.problem.detail : t('app.error'));
    }
  }
  return (
    <form onSubmit={save}>
      <h2>{t('buyer.setup')}</h2>
      <label htmlFor="org">{t('buyer.organisation')}</label>
      <input
        id="org"
        value={organisation}
        required
        maxLength={120}
        onChange={(e) => setOrganisation(e.target.value)}
      />
      <label htmlFor="btype">{t('buyer.type')}</label>
      <ChoiceSelect
        id="btype"
        value={type}
        choices={BUYER_TYPES}
        label={(bt) => t(`buyer.type_${bt}`)}
        onChange={setType}
      />
      <SubmitAndError icon="check" label={t('buyer.save')} error={error} />
    </form>
  );
}
