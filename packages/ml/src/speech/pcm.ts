/** Mono PCM helpers: mixing, resampling, WAV reading and writing, loudness. */

export const SPEECH_RATE = 16_000;

export interface Pcm {
  /** Mono samples in [-1, 1]. */
  readonly samples: Float32Array;
  readonly sampleRate: number;
}

export const durationSec = (pcm: Pcm): number => pcm.samples.length / pcm.sampleRate;

/** Averages channels into one. */
export function mixToMono(channels: readonly Float32Array[]): Float32Array {
  if (channels.length === 0) return new Float32Array(0);
  if (channels.length === 1) return channels[0]!;
  const length = Math.min(...channels.map((c) => c.length));
  const out = new Float32Array(length);
  for (const channel of channels) for (let i = 0; i < length; i++) out[i]! += channel[i]! / channels.length;
  return out;
}

/**
 * Resamples by linear interpolation after a box low-pass over the decimation ratio (enough for speech
 * features; not a mastering-grade filter).
 */
export function resample(samples: Float32Array, from: number, to: number): Float32Array {
  if (from === to) return samples;
  const ratio = from / to;
  const smoothed = ratio > 1 ? boxFilter(samples, Math.round(ratio)) : samples;
  const length = Math.floor(samples.length / ratio);
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    const pos = i * ratio;
    const i0 = Math.floor(pos);
    const frac = pos - i0;
    const a = smoothed[i0] ?? 0;
    const b = smoothed[i0 + 1] ?? a;
    out[i] = a + (b - a) * frac;
  }
  return out;
}

function boxFilter(samples: Float32Array, width: number): Float32Array {
  if (width <= 1) return samples;
  const out = new Float32Array(samples.length);
  let sum = 0;
  const half = Math.floor(width / 2);
  for (let i = 0; i < samples.length + half; i++) {
    if (i < samples.length) sum += samples[i]!;
    if (i - width >= 0) sum -= samples[i - width]!;
    const centre = i - half;
    if (centre >= 0 && centre < samples.length) out[centre] = sum / width;
  }
  return out;
}

export const toSpeechRate = (pcm: Pcm): Pcm => ({
  samples: resample(pcm.samples, pcm.sampleRate, SPEECH_RATE),
  sampleRate: SPEECH_RATE,
});

export function int16ToFloat(samples: Int16Array): Float32Array {
  const out = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = samples[i]! / 32768;
  return out;
}

export function floatToInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]!));
    out[i] = s < 0 ? s * 32768 : s * 32767;
  }
  return out;
}

/** Root-mean-square level of the whole signal. */
export function rms(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.sqrt(sum / samples.length);
}

/** 16-bit PCM mono WAV. */
export function encodeWav(pcm: Pcm): Buffer {
  const data = floatToInt16(pcm.samples);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.byteLength, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(pcm.sampleRate, 24);
  header.writeUInt32LE(pcm.sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.byteLength, 40);
  return Buffer.concat([header, Buffer.from(data.buffer, data.byteOffset, data.byteLength)]);
}
