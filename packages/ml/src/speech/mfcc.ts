/**
 * MFCC features for the template recognizer: 25 ms Hamming frames every 10 ms, 512-point FFT,
 * 26 mel bands (80 Hz – 7.6 kHz), log energies, DCT → coefficients 1..12, cepstral mean normalised,
 * plus first-order deltas (24 dimensions per frame).
 */
export const FRAME = 400;
export const HOP = 160;
const NFFT = 512;
const BANDS = 26;
const COEFFS = 12;

export type Features = Float32Array[];

const hzToMel = (hz: number) => 2595 * Math.log10(1 + hz / 700);
const melToHz = (mel: number) => 700 * (10 ** (mel / 2595) - 1);

const hamming = Float32Array.from(
  { length: FRAME },
  (_, i) => 0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (FRAME - 1)),
);
const melFilters = buildMelFilters(16_000);
const dct = Array.from({ length: COEFFS }, (_, k) =>
  Float32Array.from({ length: BANDS }, (_, n) => Math.cos((Math.PI * (k + 1) * (n + 0.5)) / BANDS)),
);

interface MelFilter {
  readonly start: number;
  readonly weights: Float32Array;
}

/** Triangular filters, stored sparsely (first bin + weights) so each frame touches only their bins. */
function buildMelFilters(rate: number): MelFilter[] {
  const low = hzToMel(80);
  const high = hzToMel(7600);
  const points = Array.from({ length: BANDS + 2 }, (_, i) => melToHz(low + ((high - low) * i) / (BANDS + 1)));
  const bins = points.map((hz) => Math.floor(((NFFT + 1) * hz) / rate));
  return Array.from({ length: BANDS }, (_, b) => {
    const [l, c, r] = [bins[b]!, bins[b + 1]!, bins[b + 2]!];
    const weights = new Float32Array(r - l + 1);
    for (let k = l; k < c; k++) weights[k - l] = (k - l) / Math.max(1, c - l);
    for (let k = c; k <= r; k++) weights[k - l] = (r - k) / Math.max(1, r - c);
    return { start: l, weights };
  });
}

/** In-place iterative radix-2 FFT. */
function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const angle = (-2 * Math.PI) / len;
    const wr = Math.cos(angle);
    const wi = Math.sin(angle);
    for (let i = 0; i < n; i += len) {
      let cr = 1;
      let ci = 0;
      for (let j = 0; j < len / 2; j++) {
        const a = i + j;
        const b = a + len / 2;
        const tr = re[b]! * cr - im[b]! * ci;
        const ti = re[b]! * ci + im[b]! * cr;
        re[b] = re[a]! - tr;
        im[b] = im[a]! - ti;
        re[a] = re[a]! + tr;
        im[a] = im[a]! + ti;
        const next = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = next;
      }
    }
  }
}

const re = new Float64Array(NFFT);
const im = new Float64Array(NFFT);
const power = new Float64Array(NFFT / 2 + 1);

/** Log-mel energies of one frame starting at `start` (pre-emphasised, windowed) into `out`. */
function melFrame(samples: Float32Array, start: number, out: Float32Array): void {
  re.fill(0);
  im.fill(0);
  for (let i = 0; i < FRAME; i++) {
    const s = samples[start + i] ?? 0;
    const prev = samples[start + i - 1] ?? 0;
    re[i] = (s - 0.97 * prev) * hamming[i]!;
  }
  fft(re, im);
  for (let k = 0; k <= NFFT / 2; k++) power[k] = re[k]! * re[k]! + im[k]! * im[k]!;
  for (let b = 0; b < BANDS; b++) {
    const { start: first, weights } = melFilters[b]!;
    let sum = 0;
    for (let k = 0; k < weights.length; k++) sum += weights[k]! * power[first + k]!;
    out[b] = Math.log(sum + 1e-10);
  }
}

/** MFCC + delta features of 16 kHz mono samples between `from` and `to` (sample indices). */
export function mfcc(samples: Float32Array, from = 0, to = samples.length): Features {
  const frames: Float32Array[] = [];
  const mel = new Float32Array(BANDS);
  for (let start = from; start + FRAME <= to; start += HOP) {
    melFrame(samples, start, mel);
    const coeffs = new Float32Array(COEFFS);
    for (let k = 0; k < COEFFS; k++) {
      const row = dct[k]!;
      let sum = 0;
      for (let n = 0; n < BANDS; n++) sum += row[n]! * mel[n]!;
      coeffs[k] = sum;
    }
    frames.push(coeffs);
  }
  normaliseMean(frames);
  return frames.map((frame, t) => {
    const prev = frames[Math.max(0, t - 1)]!;
    const next = frames[Math.min(frames.length - 1, t + 1)]!;
    const out = new Float32Array(COEFFS * 2);
    for (let k = 0; k < COEFFS; k++) {
      out[k] = frame[k]!;
      out[COEFFS + k] = (next[k]! - prev[k]!) / 2;
    }
    return out;
  });
}

function normaliseMean(frames: Float32Array[]): void {
  if (frames.length === 0) return;
  const mean = new Float32Array(COEFFS);
  for (const f of frames) for (let k = 0; k < COEFFS; k++) mean[k]! += f[k]! / frames.length;
  for (const f of frames) for (let k = 0; k < COEFFS; k++) f[k]! -= mean[k]!;
}

/** Frame energies in dB (for voice activity detection). */
export function frameEnergiesDb(samples: Float32Array): Float32Array {
  const count = Math.max(0, Math.floor((samples.length - FRAME) / HOP) + 1);
  const out = new Float32Array(count);
  for (let f = 0; f < count; f++) {
    let sum = 0;
    for (let i = 0; i < FRAME; i++) {
      const s = samples[f * HOP + i]!;
      sum += s * s;
    }
    out[f] = 10 * Math.log10(sum / FRAME + 1e-12);
  }
  return out;
}
