import factory from '@echogarden/espeak-ng-emscripten';
import { encodeMp3 } from './mp3';
import { int16ToFloat, type Pcm } from './pcm';
import type { PcmSynthesizer, SpeechAudio, TextToSpeech, VoiceLang } from './ports';

/**
 * The embedded TextToSpeech: espeak-ng compiled to WebAssembly (@echogarden/espeak-ng-emscripten,
 * GPL-3.0, kept behind this port so a deployment can swap it for Polly). Loads once per process
 * (~0.4 s); each phrase then takes tens of milliseconds. Output: MP3 (audio/mpeg).
 */

/** espeak-ng voice names for our languages. */
export const ESPEAK_VOICES: Record<VoiceLang, string> = {
  hi: 'hi',
  en: 'en',
  ta: 'ta',
  bn: 'bn',
  mr: 'mr',
  te: 'te',
  kn: 'kn',
  ml: 'ml',
  gu: 'gu',
  pa: 'pa',
};

export const MAX_TTS_CHARS = 1500;

export interface EspeakOptions {
  /** Words per minute (espeak default 175); a little slower is clearer for first-time listeners. */
  readonly rate?: number;
  readonly pitch?: number;
}

type Worker = InstanceType<Awaited<ReturnType<typeof factory>>['eSpeakNGWorker']>;
let loading: Promise<Worker> | undefined;
/** Loading a voice costs ~100 ms, so the current one is remembered. */
let currentVoice: string | undefined;

/** The process-wide espeak-ng instance (the WASM module and its 24 MB of voice data load once). */
function worker(): Promise<Worker> {
  loading ??= factory().then((m) => new m.eSpeakNGWorker());
  return loading;
}

function useVoice(w: Worker, voice: string): void {
  if (currentVoice === voice) return;
  if (w.set_voice(voice) !== 0) throw new Error(`espeak-ng has no voice ${voice}`);
  currentVoice = voice;
}

export function createEspeakTts(options: EspeakOptions = {}): TextToSpeech & PcmSynthesizer {
  const rate = options.rate ?? 160;
  const pitch = options.pitch ?? 50;
  const synthesizePcm = async (text: string, lang: VoiceLang): Promise<Pcm> => {
    const w = await worker();
    useVoice(w, ESPEAK_VOICES[lang]);
    w.set_rate(rate);
    w.set_pitch(pitch);
    const chunks: Int16Array[] = [];
    w.synthesize(text.slice(0, MAX_TTS_CHARS), (samples) => {
      if (samples?.length) chunks.push(samples);
      return 0;
    });
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const all = new Int16Array(total);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.length;
    }
    return { samples: int16ToFloat(all), sampleRate: w.samplerate };
  };
  return {
    voiceId: (lang) => `espeak-ng:${ESPEAK_VOICES[lang]}:r${rate}:p${pitch}`,
    synthesizePcm,
    async synthesize(text, lang): Promise<SpeechAudio> {
      const pcm = await synthesizePcm(text, lang);
      return { body: await encodeMp3(pcm), contentType: 'audio/mpeg', ext: 'mp3' };
    },
  };
}
