import { frameEnergiesDb, FRAME, HOP } from './mfcc';

/** Below this peak frame level the recording is treated as silence (about -45 dBFS). */
const SILENCE_DB = -45;
/** Frames within this many dB of the loudest frame count as speech. */
const DYNAMIC_DB = 30;
const MIN_SPEECH_FRAMES = 8;

export type SpeechRegion =
  { readonly kind: 'speech'; readonly from: number; readonly to: number } | { readonly kind: 'silence' };

/**
 * Energy-based voice activity: the span from the first to the last frame that is loud enough
 * (relative to the loudest frame and in absolute terms), padded by 50 ms.
 */
export function findSpeech(samples: Float32Array): SpeechRegion {
  const energies = frameEnergiesDb(samples);
  let peak = -Infinity;
  for (const e of energies) peak = Math.max(peak, e);
  if (!(peak > SILENCE_DB)) return { kind: 'silence' };
  const threshold = Math.max(SILENCE_DB, peak - DYNAMIC_DB);
  let first = -1;
  let last = -1;
  let active = 0;
  energies.forEach((e, f) => {
    if (e < threshold) return;
    active += 1;
    if (first < 0) first = f;
    last = f;
  });
  if (active < MIN_SPEECH_FRAMES) return { kind: 'silence' };
  const pad = 5 * HOP;
  return {
    kind: 'speech',
    from: Math.max(0, first * HOP - pad),
    to: Math.min(samples.length, last * HOP + FRAME + pad),
  };
}
