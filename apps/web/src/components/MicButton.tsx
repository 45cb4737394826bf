import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { currentLang, LOCALES } from '../i18n';
import { Icon } from './Icon';
import { pickVoiceMode, type VoiceMode } from './voice-mode';

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

/**
 * On every screen. Speech recognition in her language when the browser has it; otherwise it
 * records and sends the audio to the voice endpoint. What was heard fills the focused field,
 * or is shown, so she can check it.
 */
export function MicButton({ onText }: { onText?: (text: string) => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const [state, setState] = useState<'idle' | 'listening' | 'sending'>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const stopRef = useRef<(() => void) | null>(null);
  const w = window as unknown as {
    SpeechRecognition?: RecognitionCtor;
    webkitSpeechRecognition?: RecognitionCtor;
  };
  const Recognition = w.SpeechRecognition ?? w.webkitSpeechRecognition;
  const mode: VoiceMode = pickVoiceMode({
    recognition: Boolean(Recognition),
    recorder: typeof MediaRecorder === 'function' && Boolean(navigator.mediaDevices?.getUserMedia),
  });

  const deliver = (text: string) => {
    setMessage(t('mic.heard', { text }));
    const el = document.activeElement;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      el.value = el.value ? `${el.value} ${text}` : text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    onText?.(text);
  };

  const start = async () => {
    setMessage(null);
    if (mode === 'recognition' && Recognition) {
      const rec = new Recognition();
      rec.lang = LOCALES[currentLang()];
      rec.interimResults = false;
      rec.onresult = (e) => deliver(e.results[0]?.[0]?.transcript ?? '');
      rec.onerror = (e) => setMessage(e.error === 'not-allowed' ? t('mic.denied') : t('app.error'));
      rec.onend = () => setState('idle');
      stopRef.current = () => rec.stop();
      setState('listening');
      rec.start();
      return;
    }
    if (mode === 'record') {
      try {
        const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
        const recorder = new MediaRecorder(stream);
        const chunks: Blob[] = [];
        recorder.ondataavailable = (e) => chunks.push(e.data);
        recorder.onstop = async () => {
          stream.getTracks().forEach((tr) => tr.stop());
          setState('sending');
          try {
            const res = await services.voice.send(
              new Blob(chunks, { type: recorder.mimeType }),
              currentLang(),
            );
            const text = res.transcript;
            if (text) deliver(text);
          } catch {
            setMessage(t('app.error'));
          } finally {
            setState('idle');
          }
        };
        stopRef.current = () => recorder.stop();
        setState('listening');
        recorder.start();
      } catch {
        setMessage(t('mic.denied'));
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
      >
        <Icon name="mic" />
        <span>{listening ? t('mic.stop') : state === 'sending' ? t('mic.sending') : t('mic.speak')}</span>
      </button>
      <p className="mic-msg" role="status" aria-live="polite">
        {listening ? t('mic.listening') : message}
      </p>
    </div>
  );
}
