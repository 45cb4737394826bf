import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { woffToSfnt } from './woff';

/**
 * Noto Sans (SIL Open Font License 1.1) from the @fontsource npm packages, per script subset.
 * Nothing is read from the system: rendering works on a fresh machine.
 */
export type Script = 'latin' | 'devanagari' | 'bengali' | 'tamil';
export type Weight = 400 | 700;

const FILES: Record<Script, string> = {
  latin: '@fontsource/noto-sans/files/noto-sans-latin-{w}-normal.woff',
  devanagari: '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-{w}-normal.woff',
  bengali: '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-{w}-normal.woff',
  tamil: '@fontsource/noto-sans-tamil/files/noto-sans-tamil-tamil-{w}-normal.woff',
};

const require = createRequire(import.meta.url);
const fontCache = new Map<string, Font>();
const dataCache = new Map<string, Buffer>();

export function fontPath(script: Script, weight: Weight): string {
  return require.resolve(FILES[script].replace('{w}', String(weight)));
}

/** The font as an uncompressed sfnt (TrueType) buffer, converted from the packaged WOFF once. */
export function fontData(script: Script, weight: Weight): Buffer {
  const path = fontPath(script, weight);
  let data = dataCache.get(path);
  if (!data) {
    data = woffToSfnt(readFileSync(path));
    dataCache.set(path, data);
  }
  return data;
}

/**
 * A font instance per role. Shaping and outlines MUST use separate instances: reading a composite
 * glyph's outline makes fontkit cache its component glyphs with no code points, and a later layout
 * on the same instance then misclassifies them (broken clusters, dotted circles in Bengali).
 */
export function loadFont(script: Script, weight: Weight, role: 'layout' | 'outline' = 'layout'): Font {
  const key = `${role}:${script}:${weight}`;
  let font = fontCache.get(key);
  if (!font) {
    font = fontkit.create(fontData(script, weight)) as Font;
    fontCache.set(key, font);
  }
  return font;
}

/** The script a code point belongs to, or null for neutral characters (spaces, digits, punctuation, joiners). */
export function scriptOf(cp: number): Script | null {
  if (cp === 0x0964 || cp === 0x0965) return null; // dandas are shared by Devanagari and Bengali text
  if ((cp >= 0x0900 && cp <= 0x097f) || (cp >= 0xa8e0 && cp <= 0xa8ff) || (cp >= 0x1cd0 && cp <= 0x1cff)) {
    return 'devanagari';
  }
  if (cp >= 0x0980 && cp <= 0x09ff) return 'bengali';
  if (cp >= 0x0b80 && cp <= 0x0bff) return 'tamil';
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f)) return 'latin';
  return null;
}

const FALLBACK_ORDER: Script[] = ['latin', 'devanagari', 'bengali', 'tamil'];

export interface TextRun {
  text: string;
  script: Script;
}

/**
 * Splits text into runs that one font can shape: Indic clusters stay whole, and neutral characters
 * join the run before them when its font has the glyph (else they fall back to Latin).
 */
export function splitRuns(text: string, weight: Weight = 400): TextRun[] {
  const runs: TextRun[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let script = scriptOf(cp);
    const prev = runs[runs.length - 1];
    if (script === null) {
      const joiner = cp === 0x200c || cp === 0x200d;
      script =
        prev && (joiner || loadFont(prev.script, weight).hasGlyphForCodePoint(cp))
          ? prev.script
          : (FALLBACK_ORDER.find((s) => loadFont(s, weight).hasGlyphForCodePoint(cp)) ?? 'latin');
    }
    if (prev && prev.script === script) prev.text += ch;
    else runs.push({ text: ch, script });
  }
  return runs;
}
