import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminApi } from '../../api/admin';
import { useServices } from '../../app/services';
import { currentLang, formatDateTime, formatNumber } from '../../i18n';
import { Problem } from '../Problem';
import { errorText, useLoad } from '../buyer/load';
import { MfaGate } from '../reviewer/MfaGate';

const STATUSES = ['dead', 'retry', 'queued', 'running', 'done'] as const;

/** The job queue: counts by status, the newest jobs, and dead letters with a retry button. */
export default function AdminJobs() {
  return (
    <MfaGate>
      <Jobs />
    </MfaGate>
  );
}

function Jobs() {
  const { t } = useTranslation();
  const { client } = useServices();
  const api = useMemo(() => adminApi(client), [client]);
  const lang = currentLang();
  const [status, setStatus] = useState<string>('dead');
  const { value, error, reload } = useLoad(() => api.jobs(status || undefined), [api, status]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (error) return <Problem error={error} retry={reload} />;
  const retry = async (id: string) => {
    try {
      await api.retryJob(id);
      setMessage({ ok: true, text: t('admin.queued') });
      reload();
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, t('app.error')) });
    }
  };
  return (
    <section className="card">
      <h1>{t('admin.jobs')}</h1>
      {value && (
        <p className="muted small" data-testid="job-counts">
          {t('admin.jobCounts')} ({value.kind}):{' '}
          {Object.entries(value.counts)
            .map(([s, c]) => `${t(`admin.job_${s}`, { defaultValue: s })} ${formatNumber(c, lang)}`)
            .join(' · ')}
        </p>
      )}
      <label htmlFor="jb-status">{t('admin.status')}</label>
      <select id="jb-status" value={status} onChange={(e) => setStatus(e.target.value)}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {s === 'dead' ? t('admin.deadLetters') : t(`admin.job_${s}`)}
          </option>
        ))}
        <option value="">{t('admin.all')}</option>
      </select>
      {message && (
        <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {!value ? (
        <p className="muted">{t('app.loading')}</p>
      ) : value.jobs.length === 0 ? (
        <p className="muted">{t('admin.noJobs')}</p>
      ) : (
        <ul className="matches">
          {value.jobs.map((j) => (
            <li key={j.id}>
              <strong>{j.name}</strong>{' '}
              <span className="badge">{t(`admin.job_${j.status}`, { defaultValue: j.status })}</span>
              <p className="muted small">
                {j.attempts ?? 0}× · {j.createdAt ? formatDateTime(j.createdAt, lang) : ''}
              </p>
              {j.lastError && <p className="small error">{j.lastError}</p>}
              {j.status === 'dead' && (
                <button className="btn small" type="button" onClick={() => void retry(j.id)}>
                  {t('admin.retry')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
