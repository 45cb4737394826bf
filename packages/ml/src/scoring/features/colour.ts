export interface ColourMeasure {
  /** Hasler–Süsstrunk colourfulness M (≈0 grey, ≈33 moderately, ≈59 quite, ≥109 extremely colourful). */
  colourfulness: number;
  /** Number of 30° hue bins holding at least `MIN_BIN_SHARE` of the saturated pixels. */
  distinctHues: number;
}

const HUE_BINS = 12;
const MIN_SATURATION = 0.25;
const MIN_VALUE = 0.2;
const MIN_BIN_SHARE = 0.03;

/**
 * Colour richness evidence: Hasler & Süsstrunk (2003) colourfulness,
 * M = √(σ_rg² + σ_yb²) + 0.3·√(μ_rg² + μ_yb²) with rg = R − G and yb = (R + G)/2 − B,
 * plus the number of distinct hues among clearly coloured pixels.
 */
export function measureColour(img: { data: Uint8Array; width: number; height: number }): ColourMeasure {
  const d = img.data;
  const n = img.width * img.height;
  let srg = 0;
  let syb = 0;
  let srg2 = 0;
  let syb2 = 0;
  const bins = new Uint32Array(HUE_BINS);
  let saturated = 0;
  for (let p = 0; p < n * 3; p += 3) {
    const r = d[p]!;
    const g = d[p + 1]!;
    const b = d[p + 2]!;
    const rg = r - g;
    const yb = 0.5 * (r + g) - b;
    srg += rg;
    syb += yb;
    srg2 += rg * rg;
    syb2 += yb * yb;
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const chroma = max - min;
    if (max < MIN_VALUE * 255 || chroma < MIN_SATURATION * max) continue;
    let hue: number;
    if (max === r) hue = ((g - b) / chroma + 6) % 6;
    else if (max === g) hue = (b - r) / chroma + 2;
    else hue = (r - g) / chroma + 4;
    bins[Math.min(HUE_BINS - 1, Math.floor((hue / 6) * HUE_BINS))]!++;
    saturated++;
  }
  const mrg = srg / n;
  const myb = syb / n;
  const vrg = Math.max(0, srg2 / n - mrg * mrg);
  const vyb = Math.max(0, syb2 / n - myb * myb);
  const colourfulness = Math.sqrt(vrg + vyb) + 0.3 * Math.sqrt(mrg * mrg + myb * myb);
  let distinctHues = 0;
  for (const count of bins)
    if (saturated > 0 && count >= saturated * MIN_BIN_SHARE && count >= n * 0.005) distinctHues++;
  return { colourfulness, distinctHues };
}
