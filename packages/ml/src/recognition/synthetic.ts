import sharp from 'sharp';

/**
 * Synthetic "craft" photos drawn with sharp from SVG, for tests, the benchmark and demos.
 * Each kind looks clearly different (woven checks, thrown-pottery rings, tie-dye dots); every
 * variant is jittered (spacing, rotation, colour, offset) from a seed, so images are
 * reproducible but never identical.
 */
export const SYNTHETIC_CRAFTS = ['woven-checks', 'pottery-rings', 'tie-dye-dots'] as const;
export type SyntheticCraft = (typeof SYNTHETIC_CRAFTS)[number];

/** Deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const between = (r: Rand, lo: number, hi: number): number => lo + (hi - lo) * r();

function hsl(h: number, s: number, l: number): string {
  return `hsl(${((h % 360) + 360) % 360.0},${Math.round(s)}%,${Math.round(l)}%)`;
}

function checks(r: Rand, w: number, h: number): string {
  const hue = between(r, 200, 240); // indigo and madder
  const step = (Math.min(w, h) / 10) * between(r, 0.85, 1.15);
  const band = step * between(r, 0.35, 0.5);
  const n = Math.ceil((Math.max(w, h) * 1.6) / step);
  const lines: string[] = [];
  for (let i = -n; i <= n; i++) {
    const o = i * step;
    lines.push(
      `<rect x="${o}" y="${-h}" width="${band}" height="${h * 3}" fill="${hsl(hue, 70, 35)}" opacity="0.85"/>`,
    );
    lines.push(
      `<rect x="${-w}" y="${o}" width="${w * 3}" height="${band}" fill="${hsl(hue + 150, 75, 45)}" opacity="0.7"/>`,
    );
  }
  return `<rect width="${w}" height="${h}" fill="${hsl(hue + 20, 30, 88)}"/>
    <g transform="rotate(${between(r, -20, 20)} ${w / 2} ${h / 2})">${lines.join('')}</g>`;
}

function rings(r: Rand, w: number, h: number): string {
  const hue = between(r, 15, 35); // terracotta
  const cx = w * between(r, 0.42, 0.58);
  const cy = h * between(r, 0.42, 0.58);
  const rMax = Math.min(w, h) * between(r, 0.38, 0.46);
  const gap = rMax / Math.round(between(r, 7, 10));
  const circles: string[] = [];
  for (let rad = rMax; rad > gap / 2; rad -= gap) {
    const light = 30 + (circles.length % 2) * 18 + between(r, -4, 4);
    circles.push(`<circle cx="${cx}" cy="${cy}" r="${rad}" fill="${hsl(hue, 60, light)}"/>`);
  }
  return `<rect width="${w}" height="${h}" fill="${hsl(hue + 180, 10, between(r, 70, 85))}"/>${circles.join('')}`;
}

function dots(r: Rand, w: number, h: number): string {
  const hue = between(r, 345, 365); // bandhani red
  const step = (Math.min(w, h) / 14) * between(r, 0.85, 1.15);
  const rad = step * between(r, 0.14, 0.2);
  const ox = between(r, 0, step);
  const oy = between(r, 0, step);
  const out: string[] = [];
  for (let y = oy - step, row = 0; y < h + step; y += step, row++) {
    for (let x = ox - step + (row % 2) * (step / 2); x < w + step; x += step) {
      out.push(`<circle cx="${x}" cy="${y}" r="${rad}" fill="${hsl(50, 90, 92)}"/>`);
    }
  }
  return `<rect width="${w}" height="${h}" fill="${hsl(hue, 80, between(r, 35, 45))}"/>
    <g transform="rotate(${between(r, -15, 15)} ${w / 2} ${h / 2})">${out.join('')}</g>`;
}

const DRAW: Record<SyntheticCraft, (r: Rand, w: number, h: number) => string> = {
  'woven-checks': checks,
  'pottery-rings': rings,
  'tie-dye-dots': dots,
};

export interface SyntheticOptions {
  width?: number;
  height?: number;
  /** Standard deviation of Gaussian grain (0–255 scale) laid over the drawing; 0 for none. */
  grain?: number;
  format?: 'png' | 'jpeg';
  quality?: number;
}

/** One variant of a synthetic craft, encoded as PNG (default) or JPEG. */
export async function syntheticCraftPhoto(
  craft: SyntheticCraft,
  seed: number,
  options: SyntheticOptions = {},
): Promise<Buffer> {
  const { width = 256, height = 256, grain = 0, format = 'png', quality = 88 } = options;
  const r = seededRandom(seed * 7919 + SYNTHETIC_CRAFTS.indexOf(craft) * 104729);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${DRAW[craft](r, width, height)}</svg>`;
  let image = sharp(Buffer.from(svg)).removeAlpha();
  if (grain > 0) {
    const noise = await sharp({
      create: {
        width,
        height,
        channels: 3,
        background: '#000',
        noise: { type: 'gaussian', mean: 128, sigma: grain },
      },
    })
      .png()
      .toBuffer();
    image = sharp(await image.png().toBuffer()).composite([{ input: noise, blend: 'soft-light' }]);
  }
  return format === 'jpeg' ? image.jpeg({ quality }).toBuffer() : image.png().toBuffer();
}

/** A flat grey photo: no craft at all. */
export function flatGreyPhoto(width = 256, height = 256, level = 128): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: level, g: level, b: level } } })
    .png()
    .toBuffer();
}

/** Pure Gaussian noise: no craft at all. */
export function noisePhoto(width = 256, height = 256, sigma = 60): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma } },
  })
    .png()
    .toBuffer();
}
