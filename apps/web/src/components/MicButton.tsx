import { useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { currentLang, LOCALES } from '../i18n';
import { Icon } from './Icon';
import { isDictationTarget, pickVoiceMode, RECOGNIZER_UNAVAILABLE, type VoiceMode } from './voice-mode';
import type * as VoiceRun from './voice-run';

interface RecognitionLike {
  lang: string;
  interimResults: boolean;
  onresult: ((e: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
}
type RecognitionCtor = new () => RecognitionLike;

/** Set when the browser's recognizer turned out to have no service: the recorder is used from then on. */
let recognitionFailed = false;

/** Recording, understanding and acting live in their own chunk, loaded on the first tap. */
const loadRun = () => import('./voice-run');

/**
 * In the app shell, so on every screen. Speech recognition in her language when the browser has it;
 * otherwise it records and sends the audio to the voice endpoint. While she is typing in a field, what
 * she says fills it; otherwise (an artisan) it is a request: "work" opens her offers, "money" her
 * earnings, "help" reads the screen aloud… and the answer is shown and spoken.
 */
export function MicButton({ onText }: { onText?: (text: string) => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const role = useSyncExternalStore(services.session.subscribe, services.session.get)?.user.role;
  const [state, setState] = useState<'idle' | 'listening' | 'sending'>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const stopRef = useRef<(() => void) | null>(null);
  const w = window as unknown as {
    SpeechRecognition?: RecognitionCtor;
    webkitSpeechRecognition?: RecognitionCtor;
  };
  const Recognition = w.SpeechRecognition ?? w.webkitSpeechRecognition;
  const recorder = typeof MediaRecorder === 'function' && Boolean(navigator.mediaDevices?.getUserMedia);
  const modeNow = (): VoiceMode =>
    pickVoiceMode({ recognition: Boolean(Recognition), recorder, recognitionFailed });

  const dictate = (text: string, el: Element | null) => {
    setMessage(t('mic.heard', { text }));
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      el.value = el.value ? `${el.value} ${text}` : text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    onText?.(text);
  };

  const start = async (field: Element | null = document.activeElement): Promise<void> => {
    setMessage(null);
    const mode = modeNow();
    const dictation = isDictationTarget(field) || role !== 'artisan';
    const ctx = { services, t, lang: currentLang(), role };
    if (mode === 'recognition' && Recognition) {
      const rec = new Recognition();
      rec.lang = LOCALES[currentLang()];
      rec.interimResults = false;
      rec.onresult = (e) => {
        const text = e.results[0]?.[0]?.transcript ?? '';
        if (!text) return;
        if (dictation) return dictate(text, field);
        setState('sending');
        void loadRun()
          .then((run) => run.actOnText(text, ctx))
          .then((words) => setMessage(`${t('mic.heard', { text })} — ${words}`))
          .catch(() => setMessage(t('mic.heard', { text })))
          .finally(() => setState('idle'));
      };
      let fallback = false;
      rec.onerror = (e) => {
        if (RECOGNIZER_UNAVAILABLE.includes(e.error) && recorder) {
          recognitionFailed = true; // no recognition service here: record for the voice endpoint instead
          fallback = true;
          return;
        }
        setMessage(e.error === 'not-allowed' ? t('mic.denied') : t('app.error'));
      };
      rec.onend = () => {
        if (fallback) return void start(field);
        setState((s) => (s === 'listening' ? 'idle' : s));
      };
      stopRef.current = () => rec.stop();
      setState('listening');
      rec.start();
      return;
    }
    if (mode === 'record') {
      let run: typeof VoiceRun;
      let recording: Awaited<ReturnType<typeof VoiceRun.startRecording>>;
      try {
        run = await loadRun();
        recording = await run.startRecording();
      } catch {
        setState('idle');
        setMessage(t('mic.denied'));
        return;
      }
      stopRef.current = recording.stop;
      setState('listening');
      const audio = await recording.audio;
      setState('sending');
      try {
        const turn = (await services.voice.send(audio, currentLang())) as VoiceRun.VoiceTurn;
        if (dictation) {
          if (turn.transcript) dictate(turn.transcript, field);
        } else {
          const words = run.actOnTurn(turn, ctx);
          setMessage(turn.transcript ? `${t('mic.heard', { text: turn.transcript })} — ${words}` : words);
        }
      } catch {
        setMessage(t('app.error'));
      } finally {
        setState('idle');
      }
      return;
    }
    setMessage(t('mic.unsupported'));
  };

  const listening = state === 'listening';
  return (
    <div className="mic">
      <button
        type="button"
        className={`btn mic-btn${listening ? ' on' : ''}`}
        aria-pressed={listening}
        disabled={state === 'sending'}
        onMouseDown={(e) => e.preventDefault() /* keep focus in the field she is filling */}
        onClick={() => (listening ? stopRef.current?.() : void start())}
        data-testid="mic"
      >
        <Icon name="mic" />
        <span>{listening ? t('mic.stop') : state === 'sending' ? t('mic.sending') : t('mic.speak')}</span>
      </button>
      <p className="mic-msg" role="status" aria-live="polite" data-testid="mic-msg">
        {listening ? t('mic.listening') : message}
      </p>
    </div>
  );
}
