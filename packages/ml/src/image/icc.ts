/**
 * Recognises an embedded ICC profile that already describes sRGB, so that intake can skip the
 * colour transform (lcms, per pixel) that would map sRGB onto sRGB. Phone JPEGs very often carry
 * such a profile; converting it costs about as much as decoding the photo (measured on a 12 MP
 * JPEG: ~100 ms CPU at half scale). Any profile this does not positively identify as sRGB —
 * Display P3, Adobe RGB, a gamma-2.2 or linear curve, a LUT-based profile, a broken one — is
 * converted as before.
 */

/** sRGB primaries adapted to D50, as every ICC matrix/TRC sRGB profile stores them (rXYZ, gXYZ, bXYZ). */
const SRGB_COLORANTS: Record<string, readonly [number, number, number]> = {
  rXYZ: [0.4361, 0.2225, 0.0139],
  gXYZ: [0.3851, 0.7169, 0.0971],
  bXYZ: [0.1431, 0.0606, 0.7141],
};
const COLORANT_TOLERANCE = 0.003;
/** Largest allowed deviation of sRGB⁻¹(trc(v)) from v, in 8-bit levels (round-off in stored curves). */
const CURVE_TOLERANCE = 1 / 255;
/** Tags that make lcms prefer a lookup table over the matrix and curves. */
const LUT_TAGS = ['A2B0', 'A2B1', 'A2B2', 'D2B0', 'D2B1', 'D2B2'];

const srgbEncode = (l: number) => (l <= 0.0031308 ? 12.92 * l : 1.055 * Math.pow(l, 1 / 2.4) - 0.055);

interface Tag {
  offset: number;
  size: number;
}

function readTags(icc: Uint8Array): Map<string, Tag> | null {
  if (icc.length < 132) return null;
  const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
  const ascii = (o: number) => String.fromCharCode(icc[o]!, icc[o + 1]!, icc[o + 2]!, icc[o + 3]!);
  if (ascii(36) !== 'acsp' || ascii(16) !== 'RGB ' || ascii(20) !== 'XYZ ') return null;
  const count = view.getUint32(128);
  if (count > 100 || 132 + count * 12 > icc.length) return null;
  const tags = new Map<string, Tag>();
  for (let i = 0; i < count; i++) {
    const at = 132 + i * 12;
    const offset = view.getUint32(at + 4);
    const size = view.getUint32(at + 8);
    if (offset + size > icc.length || size < 12) return null;
    tags.set(ascii(at), { offset, size });
  }
  return tags;
}

/** A tone curve (`curv` or `para`) as a function on 0–1, or null when it cannot be read. */
function readCurve(icc: Uint8Array, tag: Tag): ((v: number) => number) | null {
  const view = new DataView(icc.buffer, icc.byteOffset + tag.offset, tag.size);
  const type = String.fromCharCode(...icc.subarray(tag.offset, tag.offset + 4));
  const s15 = (o: number) => view.getInt32(o) / 65536;
  if (type === 'curv') {
    const n = view.getUint32(8);
    if (n === 0) return (v) => v;
    if (n === 1) {
      const gamma = view.getUint16(12) / 256;
      return (v) => Math.pow(v, gamma);
    }
    if (12 + n * 2 > tag.size) return null;
    return (v) => {
      const x = v * (n - 1);
      const i = Math.min(n - 2, Math.floor(x));
      const a = view.getUint16(12 + i * 2) / 65535;
      const b = view.getUint16(12 + (i + 1) * 2) / 65535;
      return a + (b - a) * (x - i);
    };
  }
  if (type === 'para') {
    const fn = view.getUint16(8);
    const params = [1, 3, 4, 5, 7][fn];
    if (params === undefined || 12 + params * 4 > tag.size) return null;
    const [g, a, b, c, d, e, f] = Array.from({ length: 7 }, (_, i) => (i < params ? s15(12 + i * 4) : 0));
    if (fn === 0) return (v) => Math.pow(v, g!);
    if (fn === 1) return (v) => (v >= -b! / a! ? Math.pow(a! * v + b!, g!) : 0);
    if (fn === 2) return (v) => (v >= -b! / a! ? Math.pow(a! * v + b!, g!) + c! : c!);
    if (fn === 3) return (v) => (v >= d! ? Math.pow(a! * v + b!, g!) : c! * v);
    return (v) => (v >= d! ? Math.pow(a! * v + b!, g!) + e! : c! * v + f!);
  }
  return null;
}

/**
 * True only for a matrix/TRC RGB profile whose primaries are sRGB's and whose three tone curves
 * each stay within one 8-bit level of the sRGB curve: converting such a photo to sRGB changes
 * no pixel by more than rounding.
 */
export function isSrgbProfile(icc: Uint8Array | undefined): boolean {
  if (!icc) return false;
  try {
    const tags = readTags(icc);
    if (!tags || LUT_TAGS.some((t) => tags.has(t))) return false;
    const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
    for (const [name, expected] of Object.entries(SRGB_COLORANTS)) {
      const tag = tags.get(name);
      if (!tag || tag.size < 20) return false;
      for (let k = 0; k < 3; k++) {
        const value = view.getInt32(tag.offset + 8 + k * 4) / 65536;
        if (Math.abs(value - expected[k]!) > COLORANT_TOLERANCE) return false;
      }
    }
    for (const name of ['rTRC', 'gTRC', 'bTRC']) {
      const tag = tags.get(name);
      const curve = tag && readCurve(icc, tag);
      if (!curve) return false;
      for (let level = 0; level <= 255; level += 3) {
        const v = level / 255;
        const linear = curve(v);
        if (!Number.isFinite(linear)) return false;
        if (Math.abs(srgbEncode(Math.min(1, Math.max(0, linear))) - v) > CURVE_TOLERANCE) return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}
