import sharp from 'sharp';

/**
 * Synthetic "photos of craft work" for tests and benchmarks: a cloth on a table with a grid (or a
 * scatter) of embroidered-looking flower motifs, a border and fine stitch lines. Deterministic for
 * a given seed. Rendered from SVG by sharp (librsvg), so nothing is shipped or downloaded.
 */
export interface SyntheticCraftOptions {
  width: number;
  height: number;
  /** Fraction of the frame's linear size the cloth covers (1 = the work fills the frame). */
  subjectScale?: number;
  /** 'grid' = regular repeat (symmetric), 'scatter' = irregular positions, sizes and turns. */
  layout?: 'grid' | 'scatter';
  /** Motifs per row/column of the grid (or √count for scatter). */
  repeats?: number;
  palette?: string[];
  cloth?: string;
  table?: string;
  petals?: number;
  seed?: number;
  /** Draw the fine stitch lines and the border (fine detail). */
  fineDetail?: boolean;
}

export const DEFAULT_PALETTE = ['#b3202a', '#1f5aa6', '#e0a100', '#2e8b57', '#7b2d8b'];

/** Mulberry32: a tiny deterministic PRNG. */
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

function flower(cx: number, cy: number, r: number, petals: number, colours: string[], turn: number): string {
  const parts: string[] = [];
  for (let p = 0; p < petals; p++) {
    const angle = turn + (360 / petals) * p;
    const fill = colours[p % colours.length];
    parts.push(
      `<ellipse cx="${cx}" cy="${cy - r * 0.55}" rx="${r * 0.22}" ry="${r * 0.45}" fill="${fill}" stroke="#222" stroke-width="${Math.max(1, r * 0.03)}" transform="rotate(${angle} ${cx} ${cy})"/>`,
    );
  }
  parts.push(
    `<circle cx="${cx}" cy="${cy}" r="${r * 0.2}" fill="${colours[colours.length - 1]}" stroke="#222"/>`,
  );
  return parts.join('');
}

export function craftSvg(options: SyntheticCraftOptions): string {
  const { width: W, height: H } = options;
  const scale = options.subjectScale ?? 0.9;
  const palette = options.palette ?? DEFAULT_PALETTE;
  const repeats = options.repeats ?? 4;
  const petals = options.petals ?? 8;
  const rand = seededRandom(options.seed ?? 1);
  const cw = W * scale;
  const ch = H * scale;
  const x0 = (W - cw) / 2;
  const y0 = (H - ch) / 2;
  const body: string[] = [
    `<rect width="${W}" height="${H}" fill="${options.table ?? '#6b4f3a'}"/>`,
    `<rect x="${x0}" y="${y0}" width="${cw}" height="${ch}" fill="${options.cloth ?? '#f1e6cf'}"/>`,
  ];
  if (options.fineDetail !== false) {
    const step = Math.max(3, Math.round(Math.min(cw, ch) / 60));
    for (let y = y0 + step; y < y0 + ch; y += step * 2) {
      body.push(
        `<line x1="${x0}" y1="${y}" x2="${x0 + cw}" y2="${y}" stroke="#d9c9a8" stroke-width="1" stroke-dasharray="${step} ${step / 2}"/>`,
      );
    }
    const b = Math.min(cw, ch) * 0.04;
    body.push(
      `<rect x="${x0 + b}" y="${y0 + b}" width="${cw - 2 * b}" height="${ch - 2 * b}" fill="none" stroke="${palette[0]}" stroke-width="${Math.max(2, b / 3)}" stroke-dasharray="${b} ${b / 2}"/>`,
    );
  }
  const cell = Math.min(cw, ch) / (repeats + 0.5);
  const cols = Math.max(1, Math.floor(cw / cell));
  const rows = Math.max(1, Math.floor(ch / cell));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let cx = x0 + (cw - cols * cell) / 2 + (c + 0.5) * cell;
      let cy = y0 + (ch - rows * cell) / 2 + (r + 0.5) * cell;
      let radius = cell * 0.38;
      let turn = 0;
      if (options.layout === 'scatter') {
        cx += (rand() - 0.5) * cell * 0.8;
        cy += (rand() - 0.5) * cell * 0.8;
        radius *= 0.5 + rand() * 0.8;
        turn = rand() * 360;
      }
      const colours = options.layout === 'scatter' ? [...palette].sort(() => rand() - 0.5) : palette;
      body.push(flower(cx, cy, radius, petals, colours, turn));
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${body.join('')}</svg>`;
}

/** Renders `craftSvg` to an encoded image (JPEG by default). */
export async function synthesizeCraftPhoto(
  options: SyntheticCraftOptions & { format?: 'jpeg' | 'png' | 'webp'; quality?: number },
): Promise<Buffer> {
  const img = sharp(Buffer.from(craftSvg(options))).flatten({ background: '#ffffff' });
  const quality = options.quality ?? 90;
  if (options.format === 'png') return img.png().toBuffer();
  if (options.format === 'webp') return img.webp({ quality }).toBuffer();
  return img.jpeg({ quality }).toBuffer();
}
