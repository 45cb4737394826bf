import { createHash } from 'node:crypto';
import type { ObjectStore } from '@shebalance/core';
import type { SpeechAudio, TextToSpeech, VoiceLang } from './ports';

/** Where a synthesized prompt lives: `tts/<sha256(voice, text)>.<ext>` (deterministic, so cacheable). */
export function ttsCacheKey(voiceId: string, text: string, ext: string): string {
  const hash = createHash('sha256').update(voiceId).update('\u0000').update(text).digest('hex');
  return `tts/${hash.slice(0, 2)}/${hash}.${ext}`;
}

export interface CachedSpeech extends SpeechAudio {
  readonly key: string;
  readonly cached: boolean;
}

export interface CachingTts {
  synthesize(text: string, lang: VoiceLang): Promise<CachedSpeech>;
}

/**
 * Synthesizes each (voice, text) once and keeps it in the ObjectStore; the same prompt is then served
 * from the store (and through a signed media URL) without running the synthesizer again.
 */
export function cachingTts(tts: TextToSpeech, store: ObjectStore, ext = 'mp3'): CachingTts {
  return {
    async synthesize(text, lang) {
      const key = ttsCacheKey(tts.voiceId(lang), text, ext);
      const hit = await store.get(key);
      if (hit) return { body: hit.body, contentType: hit.contentType, ext, key, cached: true };
      const audio = await tts.synthesize(text, lang);
      await store.put(key, audio.body, audio.contentType);
      return { ...audio, key, cached: false };
    },
  };
}
