import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { adminApi } from '../../api/admin';
import type { Role } from '../../api/types';
import { useServices } from '../../app/services';
import { Icon } from '../../components/Icon';
import { currentLang, formatDate, formatNumber } from '../../i18n';
import { Problem } from '../Problem';
import { errorText, useLoad } from '../buyer/load';
import { go } from '../reviewer/ReviewerHome';
import { MfaGate } from '../reviewer/MfaGate';

export const ROLES: Role[] = ['artisan', 'buyer', 'reviewer', 'admin'];

/** The admin's home: fairness and activity figures, links to users and jobs, and revocation. */
export default function AdminHome() {
  return (
    <MfaGate>
      <Figures />
      <Revoke />
    </MfaGate>
  );
}

function Figures() {
  const { t } = useTranslation();
  const { client } = useServices();
  const api = useMemo(() => adminApi(client), [client]);
  const lang = currentLang();
  const { value, error, reload } = useLoad(async () => {
    const [fairness, jobs, disputes, ...byRole] = await Promise.all([
      api.fairness(),
      api.jobs(),
      api.disputes(),
      ...ROLES.map((r) => api.users(r)),
    ]);
    return { fairness, jobs, disputes: disputes.disputes.length, byRole: byRole.map((u) => u.items.length) };
  }, [api]);
  if (error) return <Problem error={error} retry={reload} />;
  const n = (v: number) => formatNumber(v, lang);
  return (
    <section className="card">
      <h1>{t('admin.title')}</h1>
      <div className="actions">
        <a className="btn" href="/admin/users" onClick={go('/admin/users')}>
          <Icon name="home" />
          <span>{t('admin.users')}</span>
        </a>
        <a className="btn" href="/admin/jobs" onClick={go('/admin/jobs')}>
          <Icon name="clock" />
          <span>{t('admin.jobs')}</span>
        </a>
      </div>
      <h2>{t('admin.figures')}</h2>
      {!value ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <dl className="facts" data-testid="figures">
          <dt>{t('admin.gini')}</dt>
          <dd>{n(Math.round(value.fairness.gini * 100) / 100)}</dd>
          <dt>{t('admin.qualified')}</dt>
          <dd>{n(value.fairness.qualifiedArtisans)}</dd>
          <dt>{t('admin.withOffers')}</dt>
          <dd>{n(value.fairness.artisansWithOffers)}</dd>
          <dt>{t('admin.offers')}</dt>
          <dd>{n(value.fairness.offers)}</dd>
          <dt>{t('admin.usersByRole')}</dt>
          <dd>{ROLES.map((r, i) => `${t(`admin.role_${r}`)} ${n(value.byRole[i]!)}`).join(' · ')}</dd>
          <dt>{t('admin.jobCounts')}</dt>
          <dd>
            {Object.entries(value.jobs.counts)
              .map(([s, c]) => `${t(`admin.job_${s}`, { defaultValue: s })} ${n(c)}`)
              .join(' · ')}
          </dd>
          <dt>{t('admin.disputes')}</dt>
          <dd>{n(value.disputes)}</dd>
        </dl>
      )}
    </section>
  );
}

function Revoke() {
  const { t } = useTranslation();
  const { client } = useServices();
  const api = useMemo(() => adminApi(client), [client]);
  const [id, setId] = useState('');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const r = await api.revokeCredential(id.trim(), reason.trim());
      setMessage({ ok: true, text: t('admin.revoked', { date: formatDate(r.revokedAt, currentLang()) }) });
    } catch (err) {
      setMessage({ ok: false, text: errorText(err, t('app.error')) });
    }
  }
  return (
    <form className="card" onSubmit={submit}>
      <h2>{t('admin.revoke')}</h2>
      <label htmlFor="rv-id">{t('admin.credentialId')}</label>
      <input id="rv-id" required maxLength={64} value={id} onChange={(e) => setId(e.target.value)} />
      <label htmlFor="rv-why">{t('admin.reason')}</label>
      <input
        id="rv-why"
        required
        minLength={3}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button className="btn" type="submit">
        <Icon name="out" />
        <span>{t('admin.revoke')}</span>
      </button>
      {message && (
        <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
