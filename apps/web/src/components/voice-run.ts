import type { TFunction } from 'i18next';
import type { Role } from '../api/types';
import { navigate } from '../app/router';
import type { Services } from '../app/services';
import { LOCALES, type Lang } from '../i18n';
import { screenHelp } from './screen-help';
import { voiceAction } from './voice-intents';

/**
 * The microphone's heavier half, loaded on its first use (not on the critical path): recording for
 * the voice endpoint, understanding a request, and acting on it (open a screen, read the screen's
 * help, or answer in words, shown and spoken).
 */

/** What POST /api/v1/voice answers (packages/contracts/src/voice.ts). */
export interface VoiceTurn {
  transcript: string;
  intent?: string;
  understood: boolean;
  reply?: { text: string; audioUrl: string };
}

/** Starts recording from the microphone; `stop()` ends it and `audio` resolves with the recording. */
export async function startRecording(): Promise<{ stop: () => void; audio: Promise<Blob> }> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const recorder = new MediaRecorder(stream);
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const audio = new Promise<Blob>((resolve) => {
    recorder.onstop = () => {
      stream.getTracks().forEach((tr) => tr.stop());
      resolve(new Blob(chunks, { type: recorder.mimeType }));
    };
  });
  recorder.start();
  return { stop: () => recorder.state !== 'inactive' && recorder.stop(), audio };
}

export interface ActContext {
  services: Services;
  t: TFunction;
  lang: Lang;
  role: Role | undefined;
}

/** Says `text` with the browser's voice in her language (nothing when the browser has none). */
export function speak(text: string, lang: Lang): void {
  if (typeof speechSynthesis === 'undefined' || !text) return;
  speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = LOCALES[lang];
  const voice = speechSynthesis.getVoices().find((v) => v.lang.replace('_', '-').startsWith(lang));
  if (voice) u.voice = voice;
  speechSynthesis.speak(u);
}

function play(url: string): void {
  try {
    void new Audio(url).play().catch(() => undefined);
  } catch {
    // no audio element: the reply is shown anyway
  }
}

/** Acts on a voice turn of the endpoint (recorded speech). Returns the words to show her. */
export function actOnTurn(turn: VoiceTurn, ctx: ActContext): string {
  const action = turn.understood
    ? voiceAction(turn.intent ?? 'none', { role: ctx.role })
    : ({ kind: 'answer' } as const);
  if (action.kind === 'answer' && turn.reply?.text) {
    if (turn.reply.audioUrl) play(turn.reply.audioUrl);
    else speak(turn.reply.text, ctx.lang);
    return turn.reply.text;
  }
  return perform(action, ctx);
}

/** Acts on words the browser recognised: the server's text parser names the intent. */
export async function actOnText(text: string, ctx: ActContext): Promise<string> {
  const parsed = await ctx.services.client.request<{ intent: string; confidence: number }>(
    'POST',
    '/api/v1/nlu/parse',
    { json: { text, lang: ctx.lang } },
  );
  return perform(voiceAction(parsed.intent, { role: ctx.role, confidence: parsed.confidence }), ctx);
}

function perform(action: ReturnType<typeof voiceAction>, ctx: ActContext): string {
  const { t } = ctx;
  let words: string;
  if (action.kind === 'go') {
    navigate(action.to);
    words = t(action.say, { snap: t('nav.snap') });
  } else if (action.kind === 'help') {
    words = screenHelp() ?? t('voiceLive.help', { speak: t('mic.speak') });
  } else {
    words = t('voiceLive.notUnderstood');
  }
  speak(words, ctx.lang);
  return words;
}
