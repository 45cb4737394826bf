import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSESSMENTS_PATH, feedbackLines, isFinal, type Assessment } from '../api/assessments';
import { useOutboxItems } from '../app/outbox-service';
import { useServices } from '../app/services';
import { Icon } from '../components/Icon';
import { ReadAloud } from '../components/ReadAloud';
import { ScoreChart } from '../components/ScoreChart';
import { currentLang, formatCurrency, formatNumber } from '../i18n';
import { useLive } from '../live';
import { resizePhoto } from '../media/resize';
import type { OutboxFile } from '../outbox/types';
import { craftName, craftOptions } from './crafts';

const MAX_PHOTOS = 5;

/** Snap & Score: photos from the camera → resized here → outbox → assessment → her scores, read aloud. */
export default function Snap() {
  const { t } = useTranslation();
  const { outbox } = useServices();
  const [photos, setPhotos] = useState<{ blob: Blob; url: string }[]>([]);
  const [craft, setCraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [itemId, setItemId] = useState<string | null>(null);
  const [assessmentId, setAssessmentId] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const lang = currentLang();
  const options = useMemo(() => craftOptions(lang), [lang]);

  useEffect(() => () => photos.forEach((p) => URL.revokeObjectURL(p.url)), [photos]);

  async function addPhotos(files: FileList | null) {
    if (!files?.length) return;
    setBusy(true);
    const added: { blob: Blob; url: string }[] = [];
    for (const file of [...files].slice(0, MAX_PHOTOS - photos.length)) {
      const blob = await resizePhoto(file).catch(() => file);
      added.push({ blob, url: URL.createObjectURL(blob) });
    }
    setPhotos((p) => [...p, ...added]);
    setBusy(false);
    if (input.current) input.current.value = '';
  }

  async function send() {
    setBusy(true);
    const files: OutboxFile[] = await Promise.all(
      photos.map(async (p, i) => ({
        field: 'photos',
        name: `photo-${i + 1}.jpg`,
        type: p.blob.type || 'image/jpeg',
        data: await p.blob.arrayBuffer(),
      })),
    );
    const item = await outbox.submit('assessment', {
      method: 'POST',
      path: ASSESSMENTS_PATH,
      files,
      ...(craft ? { fields: { craft } } : {}),
    });
    setItemId(item.id);
    setBusy(false);
    const sent = await outbox.whenSent(item.id);
    const id = (sent.body as { id?: string } | null)?.id;
    if (id) setAssessmentId(id);
  }

  function reset() {
    setPhotos([]);
    setItemId(null);
    setAssessmentId(null);
  }

  if (assessmentId) return <Progress id={assessmentId} again={reset} />;
  if (itemId) return <Waiting itemId={itemId} />;

  return (
    <section className="card">
      <h1>{t('snap.title')}</h1>
      <p className="lead">{t('snap.intro')}</p>
      <input
        ref={input}
        id="photo-input"
        className="sr-only"
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        onChange={(e) => void addPhotos(e.target.files)}
      />
      {photos.length > 0 && (
        <>
          <p>{t('snap.photos', { count: photos.length })}</p>
          <ul className="thumbs">
            {photos.map((p, i) => (
              <li key={p.url}>
                <img src={p.url} alt="" width={96} height={96} />
                <button
                  type="button"
                  className="btn small"
                  onClick={() => setPhotos((all) => all.filter((x) => x !== p))}
                  aria-label={t('snap.remove', { n: i + 1 })}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {photos.length < MAX_PHOTOS && (
        <label htmlFor="photo-input" className="btn big" aria-disabled={busy}>
          <Icon name="camera" size={28} />
          <span>{photos.length ? t('snap.addMore') : t('snap.take')}</span>
        </label>
      )}
      {busy && <p role="status">{t('snap.preparing')}</p>}
      {photos.length > 0 && (
        <>
          <label htmlFor="craft">{t('snap.craftLabel')}</label>
          <select id="craft" value={craft} onChange={(e) => setCraft(e.target.value)}>
            <option value="">{t('snap.craftAny')}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <button type="button" className="btn primary big" disabled={busy} onClick={() => void send()}>
            <Icon name="upload" size={28} />
            <span>{t('snap.send')}</span>
          </button>
        </>
      )}
    </section>
  );
}

/** Kept on the phone (offline) or being sent, with upload progress. */
function Waiting({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const { outbox } = useServices();
  const items = useOutboxItems(outbox);
  const item = items.find((i) => i.id === itemId);
  const progress = outbox.progress(itemId);
  return (
    <section className="card" aria-busy="true">
      <h1>{t('snap.title')}</h1>
      {item?.state === 'sending' ? (
        <>
          <p role="status">
            {t('snap.uploading', { percent: formatNumber(Math.round((progress ?? 0) * 100), currentLang()) })}
          </p>
          <progress max={1} value={progress ?? 0} />
        </>
      ) : item?.state === 'failed' ? (
        <p className="error" role="alert">
          {t('outbox.failed')}: {item.error}
        </p>
      ) : (
        <p role="status" data-testid="snap-queued">
          <Icon name="clock" /> {t('snap.queued')}
        </p>
      )}
    </section>
  );
}

/** Follows the assessment (server-sent events, polling as the fallback) and shows the result. */
function Progress({ id, again }: { id: string; again: () => void }) {
  const { t } = useTranslation();
  const { live, assessments } = useServices();
  const [a, setA] = useState<Assessment | null>(null);
  // Each pipeline step as the server announces it (the watch below refetches the record as well).
  const [liveStep, setLiveStep] = useState<string | null>(null);
  useLive(`assessment:${id}`, (e) => {
    if (e.type === 'assessment.progress' && typeof e.data.step === 'string') setLiveStep(e.data.step);
  });
  useEffect(
    () =>
      live.watch<Assessment>(
        `assessment:${id}`,
        (signal) => assessments.get(id, signal),
        (v) => setA(v),
        { done: isFinal },
      ),
    [id, live, assessments],
  );
  if (!a || !isFinal(a)) {
    const step = liveStep ?? (a?.status === 'processing' && a.progress ? a.progress : 'queued');
    return (
      <section className="card" aria-busy="true">
        <h1>{t('snap.checking')}</h1>
        <div className="spinner" aria-hidden="true" />
        <p role="status" data-testid="snap-step">
          {t(`steps.${step}`, { defaultValue: t('snap.checking') })}
        </p>
      </section>
    );
  }
  return <Result a={a} again={again} />;
}

function Result({ a, again }: { a: Assessment; again: () => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const lines = feedbackLines(a);
  const s = a.scores;
  const speech = [
    s ? `${t('snap.overall')} ${Math.round(s.overall)}` : '',
    a.level ? t('snap.level', { level: a.level }) : '',
    ...lines,
  ]
    .filter(Boolean)
    .join('. ');
  return (
    <section className="card" data-testid="snap-result">
      <h1>{a.status === 'scored' ? t('snap.result') : t('snap.title')}</h1>
      {a.status !== 'scored' && !a.message && <p className="lead">{t(`snap.${a.status}`)}</p>}
      {a.craft?.id && <p className="lead">{a.craft.label ?? craftName(a.craft.id, lang)}</p>}
      {a.level != null && (
        <p className="level" data-testid="level">
          {t('snap.level', { level: formatNumber(a.level, lang) })}
          {a.levelInfo ? ` · ${a.levelInfo.name}` : ''}
        </p>
      )}
      {s && (
        <ScoreChart
          label={t('snap.chartLabel')}
          format={(n) => formatNumber(Math.round(n), lang)}
          bars={[
            { label: t('snap.overall'), value: s.overall, emphasis: true },
            { label: t('snap.technique'), value: s.technique },
            { label: t('snap.complexity'), value: s.complexity },
            { label: t('snap.quality'), value: s.quality },
          ]}
        />
      )}
      {a.marketValue && (
        <p data-testid="value">
          {t('snap.value', {
            min: formatCurrency(a.marketValue.min, lang),
            max: formatCurrency(a.marketValue.max, lang),
          })}
        </p>
      )}
      {lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
      {speech && <ReadAloud text={speech} />}
      <button type="button" className="btn" onClick={again}>
        <Icon name="camera" />
        <span>{t('snap.again')}</span>
      </button>
    </section>
  );
}
