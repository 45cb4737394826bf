import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { simulatorApi, toBubble, type Bubble, type Outgoing } from '../api/simulator';
import { useServices } from '../app/services';
import { Icon } from '../components/Icon';
import { formatPhone, toE164 } from '../i18n';
import { resizePhoto } from '../media/resize';

/** The WhatsApp simulator: the conversation SheBalance has with one phone, and a composer. */
export default function Simulator() {
  const { t } = useTranslation();
  const { client, live, session } = useServices();
  const api = useMemo(() => simulatorApi(client), [client]);
  const [phoneInput, setPhoneInput] = useState(session.get()?.user.phone ?? '+919100000000');
  const [phone, setPhone] = useState<string | null>(null);
  const [bubbles, setBubbles] = useState<Bubble[]>([]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!phone) return;
    return live.watch(
      `simulator:${phone}`,
      (signal) => api.messages(phone, signal),
      (r) => {
        setError(null);
        setBubbles(r.messages.map(toBubble));
      },
      {
        onError: (e) =>
          setError(e instanceof ApiError && e.status === 404 ? t('simulator.unavailable') : t('app.error')),
      },
    );
  }, [phone, api, live, t]);

  const send = async (message: Outgoing) => {
    if (!phone) return;
    try {
      await api.send(phone, message);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError && e.status === 404 ? t('simulator.unavailable') : t('app.error'));
    }
  };

  const open = (e: FormEvent) => {
    e.preventDefault();
    setPhone(toE164(phoneInput));
  };

  return (
    <section className="card">
      <h1>{t('simulator.title')}</h1>
      <p className="lead">{t('simulator.intro')}</p>
      <form onSubmit={open}>
        <label htmlFor="sim-phone">{t('simulator.phone')}</label>
        <input id="sim-phone" type="tel" value={phoneInput} onChange={(e) => setPhoneInput(e.target.value)} />
        <button className="btn" type="submit">
          <Icon name="chat" />
          <span>{t('simulator.open')}</span>
        </button>
      </form>
      {phone && (
        <>
          <h2>{formatPhone(phone)}</h2>
          <div className="chat" aria-live="polite" data-testid="chat">
            {bubbles.length === 0 && <p className="muted">{t('simulator.empty')}</p>}
            {bubbles.map((b) => (
              <BubbleView key={b.id} b={b} send={send} />
            ))}
          </div>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!text.trim()) return;
              void send({ type: 'text', text: text.trim() });
              setText('');
            }}
          >
            <label htmlFor="sim-text" className="sr-only">
              {t('simulator.typeMessage')}
            </label>
            <input
              id="sim-text"
              value={text}
              placeholder={t('simulator.typeMessage')}
              onChange={(e) => setText(e.target.value)}
            />
            <button className="btn primary" type="submit">
              <Icon name="send" />
              <span>{t('simulator.send')}</span>
            </button>
            <button
              className="btn"
              type="button"
              onClick={() =>
                navigator.geolocation?.getCurrentPosition(
                  (p) =>
                    void send({
                      type: 'location',
                      latitude: p.coords.latitude,
                      longitude: p.coords.longitude,
                    }),
                  () => void send({ type: 'location', latitude: 26.35, longitude: 86.07 }),
                )
              }
            >
              <Icon name="pin" />
              <span>{t('simulator.location')}</span>
            </button>
            <VoiceNoteButton
              onRecorded={async (recording) => {
                if (!phone) return;
                try {
                  await api.sendVoice(phone, recording);
                  setError(null);
                } catch (e) {
                  setError(
                    e instanceof ApiError && e.status === 404 ? t('simulator.unavailable') : t('app.error'),
                  );
                }
              }}
              onError={setError}
            />
            <label className="btn" htmlFor="sim-photo">
              <Icon name="camera" />
              <span>{t('simulator.photo')}</span>
            </label>
            <input
              id="sim-photo"
              className="sr-only"
              type="file"
              accept="image/*"
              capture="environment"
              onChange={async (e) => {
                const f = e.target.files?.[0];
                if (!f || !phone) return;
                try {
                  await api.sendPhoto(phone, await resizePhoto(f));
                } catch {
                  setError(t('app.error'));
                }
              }}
            />
          </form>
        </>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function BubbleView({ b, send }: { b: Bubble; send: (m: Outgoing) => Promise<void> }) {
  const { t } = useTranslation();
  const cls = `bubble ${b.from === 'her' ? 'in' : 'out'}`;
  const who = <span className="sr-only">{b.from === 'her' ? t('simulator.you') : t('simulator.bot')}: </span>;
  switch (b.kind) {
    case 'text':
      return (
        <div className={cls}>
          {who}
          {b.text}
        </div>
      );
    case 'buttons':
      return (
        <div className={cls}>
          {who}
          {b.text}
          {b.buttons.map((x) => (
            <button
              key={x.id}
              type="button"
              className="btn"
              onClick={() => void send({ type: 'button', id: x.id, title: x.title.slice(0, 20) })}
            >
              {x.title}
            </button>
          ))}
        </div>
      );
    case 'list':
      return (
        <div className={cls}>
          {who}
          {b.text}
          <label className="sr-only" htmlFor={`list-${b.id}`}>
            {b.button || t('simulator.choose')}
          </label>
          <select
            id={`list-${b.id}`}
            defaultValue=""
            onChange={(e) => {
              const row = b.rows.find((r) => r.id === e.target.value);
              if (row) void send({ type: 'list', id: row.id, title: row.title.slice(0, 24) });
            }}
          >
            <option value="" disabled>
              {b.button || t('simulator.choose')}
            </option>
            {b.rows.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
                {r.description ? ` — ${r.description}` : ''}
              </option>
            ))}
          </select>
        </div>
      );
    case 'image':
      return (
        <div className={cls}>
          {who}
          <img src={b.url} alt={b.caption ?? ''} loading="lazy" />
          {b.caption}
        </div>
      );
    case 'audio':
      // Her voice note, or SheBalance's spoken reply (the engine's answer read out in her language).
      return (
        <div className={cls} data-testid={b.from === 'bot' ? 'spoken-reply' : 'voice-note'}>
          {who}
          <audio
            controls
            preload="none"
            src={b.url}
            aria-label={b.from === 'bot' ? t('simulator.spokenReply') : t('simulator.voice')}
          />
        </div>
      );
    case 'location':
      return (
        <div className={cls}>
          {who}
          <Icon name="pin" /> {b.lat.toFixed(4)}, {b.lng.toFixed(4)}
        </div>
      );
  }
}

/**
 * Records a voice note with the microphone (MediaRecorder) like WhatsApp's hold-to-talk: one tap starts,
 * the next stops and sends it.
 */
function VoiceNoteButton({
  onRecorded,
  onError,
}: {
  onRecorded: (recording: Blob) => Promise<void>;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'recording' | 'sending'>('idle');
  const stop = useRef<(() => void) | null>(null);
  const supported = typeof MediaRecorder === 'function' && Boolean(navigator.mediaDevices?.getUserMedia);

  const start = async () => {
    if (!supported) return onError(t('simulator.voiceUnsupported'));
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const recorder = new MediaRecorder(stream);
      const chunks: Blob[] = [];
      recorder.ondataavailable = (e) => chunks.push(e.data);
      recorder.onstop = async () => {
        stream.getTracks().forEach((track) => track.stop());
        setState('sending');
        try {
          await onRecorded(new Blob(chunks, { type: recorder.mimeType || 'audio/webm' }));
        } finally {
          setState('idle');
        }
      };
      stop.current = () => recorder.stop();
      recorder.start();
      setState('recording');
    } catch {
      onError(t('mic.denied'));
    }
  };

  const recording = state === 'recording';
  return (
    <button
      type="button"
      className={`btn${recording ? ' primary' : ''}`}
      aria-pressed={recording}
      disabled={state === 'sending'}
      onClick={() => (recording ? stop.current?.() : void start())}
    >
      <Icon name="mic" />
      <span>
        {recording
          ? t('simulator.voiceStop')
          : state === 'sending'
            ? t('simulator.voiceSending')
            : t('simulator.voice')}
      </span>
    </button>
  );
}
