import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewerApi, type AssessmentDetail, type Decision } from '../../api/reviewer';
import { matchPath, navigate, usePath } from '../../app/router';
import { useServices } from '../../app/services';
import { Icon } from '../../components/Icon';
import { currentLang } from '../../i18n';
import { craftName, craftOptions } from '../crafts';
import { Problem } from '../Problem';
import { errorText, useLoad } from '../buyer/load';
import { MfaGate } from './MfaGate';

const SCORE_KEYS = ['technique', 'complexity', 'quality'] as const;

/** One assessment for review: photos, scores, evidence and flags; confirm it or override craft/scores. */
export default function ReviewAssessment() {
  return (
    <MfaGate>
      <Review />
    </MfaGate>
  );
}

function Review() {
  const { t } = useTranslation();
  const { client } = useServices();
  const api = useMemo(() => reviewerApi(client), [client]);
  const id = matchPath('/reviewer/assessments/:id', usePath())?.id ?? '';
  const { value: a, error, reload } = useLoad(() => api.assessment(id), [api, id]);
  if (error) return <Problem error={error} retry={reload} />;
  if (!a) return <p className="muted">{t('app.loading')}</p>;
  return <ReviewForm a={a} decide={(body) => api.decide(id, body)} />;
}

function ReviewForm(props: {
  a: AssessmentDetail;
  decide: (body: Decision) => Promise<{ id: string; status: string }>;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { a } = props;
  const crafts = useMemo(() => craftOptions(lang), [lang]);
  const [craft, setCraft] = useState(a.craft.id ?? '');
  const [scores, setScores] = useState({
    technique: a.scores?.technique ?? 50,
    complexity: a.scores?.complexity ?? 50,
    quality: a.scores?.quality ?? 50,
  });
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const changed = craft !== (a.craft.id ?? '') || SCORE_KEYS.some((k) => scores[k] !== (a.scores?.[k] ?? 50));
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const r = await props.decide(
        changed
          ? { action: 'override', reason: reason.trim(), ...(craft ? { craft } : {}), scores }
          : { action: 'confirm', reason: reason.trim() },
      );
      setMessage({ ok: true, text: t('review.decided', { status: r.status }) });
      setTimeout(() => navigate('/'), 800);
    } catch (err) {
      setMessage({ ok: false, text: errorText(err, t('app.error')) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit}>
      <h1>{a.craft.id ? craftName(a.craft.id, lang) : t('review.title')}</h1>
      <ul className="thumbs">
        {a.photos.map((p) => (
          <li key={p.index}>
            <a href={p.thumbnailUrl} target="_blank" rel="noreferrer">
              <img
                src={p.thumbnailUrl}
                alt={`${t('review.evidence')} ${p.index + 1}`}
                width={96}
                height={96}
              />
            </a>
          </li>
        ))}
      </ul>
      <p className="muted small">
        {t('review.reasons')}:{' '}
        {a.reviewReasons.map((r) => t(`review.reason_${r}`, { defaultValue: r })).join(', ') || '–'}
        {a.flags.length > 0 && ` · ${t('review.flags')}: ${a.flags.join(', ')}`}
      </p>
      {a.alternatives.length > 0 && (
        <p className="muted small">
          {t('review.alternatives')}:{' '}
          {a.alternatives
            .map((x) => `${craftName(x.id, lang)} ${Math.round(x.confidence * 100)}%`)
            .join(', ')}
        </p>
      )}
      <details>
        <summary>{t('review.evidence')}</summary>
        <pre className="small evidence">{JSON.stringify(a.evidence, null, 1)}</pre>
      </details>
      <label htmlFor="rv-craft">{t('review.craft')}</label>
      <select id="rv-craft" value={craft} onChange={(e) => setCraft(e.target.value)}>
        {!a.craft.id && <option value="">–</option>}
        {crafts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      {SCORE_KEYS.map((k) => (
        <div key={k}>
          <label htmlFor={`rv-${k}`}>
            {t(`snap.${k}`)}: {scores[k]}
          </label>
          <input
            id={`rv-${k}`}
            type="range"
            min={0}
            max={100}
            value={scores[k]}
            onChange={(e) => setScores((s) => ({ ...s, [k]: Number(e.target.value) }))}
          />
        </div>
      ))}
      <label htmlFor="rv-reason">{t('review.reason')}</label>
      <textarea
        id="rv-reason"
        required
        minLength={3}
        maxLength={500}
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button className="btn primary" type="submit" disabled={busy || reason.trim().length < 3}>
        <Icon name="check" />
        <span>{changed ? t('review.override') : t('review.confirm')}</span>
      </button>
      {message && (
        <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
