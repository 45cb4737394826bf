import { loadFont, splitRuns, type Weight } from './fonts';

export interface ShapedLine {
  width: number;
  /** SVG path data with the baseline-left of the text at (0, 0). */
  d: string;
  /** Glyphs the fonts could not shape properly (.notdef or an inserted dotted circle): should be 0. */
  broken: number;
}

const DOTTED_CIRCLE = 0x25cc;

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Shapes one line with fontkit (OpenType GSUB/GPOS: conjuncts, reordered matras, ligatures) and
 * returns glyph outlines as SVG path data, so any SVG rasteriser draws it without system fonts.
 */
export function shapeLine(text: string, size: number, weight: Weight = 400): ShapedLine {
  const parts: string[] = [];
  let x = 0;
  let broken = 0;
  for (const run of splitRuns(text, weight)) {
    const font = loadFont(run.script, weight);
    const outlines = loadFont(run.script, weight, 'outline');
    const scale = size / font.unitsPerEm;
    const glyphRun = font.layout(run.text);
    const inputHasCircle = [...run.text].some((c) => c.codePointAt(0) === DOTTED_CIRCLE);
    glyphRun.glyphs.forEach((glyph, i) => {
      if (glyph.id === 0 || (!inputHasCircle && glyph.codePoints.includes(DOTTED_CIRCLE))) broken++;
      const pos = glyphRun.positions[i]!;
      const gx = x + pos.xOffset * scale;
      const gy = -pos.yOffset * scale;
      const path = outlines.getGlyph(glyph.id).path.scale(scale, -scale).translate(gx, gy).toSVG();
      if (path) parts.push(path);
      x += pos.xAdvance * scale;
    });
  }
  return { width: round(x), d: parts.join(''), broken };
}

/** Advance width of the shaped line at `size` (layout only, no outlines). */
export function measureLine(text: string, size: number, weight: Weight = 400): number {
  let width = 0;
  for (const run of splitRuns(text, weight)) {
    const font = loadFont(run.script, weight);
    width += font.layout(run.text).advanceWidth * (size / font.unitsPerEm);
  }
  return width;
}

/** The largest size ≤ `size` (not below `min`) at which the line fits `maxWidth`; width scales linearly with size. */
export function fitSize(text: string, size: number, maxWidth: number, weight: Weight = 400, min = 8): number {
  const width = measureLine(text, size, weight);
  if (width <= maxWidth) return size;
  return Math.max(min, Math.floor(((size * maxWidth) / width) * 10) / 10);
}

/** An SVG `<path>` for the line, anchored at x by `align`, with its baseline at y. */
export function svgTextPath(
  text: string,
  options: {
    x: number;
    y: number;
    size: number;
    weight?: Weight;
    fill: string;
    align?: 'left' | 'center' | 'right';
  },
): string {
  const line = shapeLine(text, options.size, options.weight ?? 400);
  const shift = options.align === 'center' ? line.width / 2 : options.align === 'right' ? line.width : 0;
  return `<path transform="translate(${round(options.x - shift)} ${round(options.y)})" fill="${options.fill}" d="${line.d}"/>`;
}
