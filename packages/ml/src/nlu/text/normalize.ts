/**
 * Text normalisation shared by language ID, intent features, entities and reply matching.
 * Every function here is pure and keeps working on any string (never throws).
 */

/** Longest input we look at; the rest of a 10,000-character paste is ignored. */
export const MAX_INPUT_CHARS = 2000;

const DIGIT_BASES = [
  0x0966, // Devanagari ०
  0x09e6, // Bengali ০
  0x0be6, // Tamil ௦
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0b66, // Odia
  0x0c66, // Telugu
  0x0ce6, // Kannada
  0x0d66, // Malayalam
  0xff10, // full-width
];
const INDIC_DIGITS =
  /[\u0966-\u096f\u09e6-\u09ef\u0be6-\u0bef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\uff10-\uff19]/g;

/** Folds Devanagari, Bengali, Tamil (and other Indic / full-width) digits to ASCII; one code unit each. */
export function foldDigits(text: string): string {
  return text.replace(INDIC_DIGITS, (d) => {
    const code = d.charCodeAt(0);
    const base = DIGIT_BASES.find((b) => code >= b && code <= b + 9) ?? code;
    return String(code - base);
  });
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const NUKTA = /[\u093c\u09bc]/g;
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * Prepares raw user text: coerces non-strings, truncates, NFC, drops zero-width characters, folds digits.
 * Offsets of entities refer to this string.
 */
export function prepareInput(text: unknown, maxChars = MAX_INPUT_CHARS): string {
  if (typeof text !== 'string') return '';
  const cut = text.length > maxChars ? text.slice(0, maxChars) : text;
  return foldDigits(cut.normalize('NFC').replace(ZERO_WIDTH, ''));
}

/**
 * Lower-case, nukta-free, chandrabindu folded into anusvara, punctuation → single spaces.
 * 'मैं  आ गई!' and 'मैं आ गयी' stay distinct words, but 'ज़री' = 'जरी' and 'हाँ' = 'हां'.
 */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(NUKTA, '')
    .replace(/\u0901/g, '\u0902')
    .replace(/\u0981/g, '\u0982')
    .replace(NON_WORD, ' ')
    .trim();
}

/**
 * Common Hinglish spellings mapped to one form, applied after `foldLatinWord` (so keys are already folded).
 * Covers the chat shorthand people actually type: nhi, mje, chaiye, h, kr, plz.
 */
const ROMAN_CANON: Readonly<Record<string, string>> = {
  nhi: 'nahi',
  nai: 'nahi',
  nahin: 'nahi',
  nehi: 'nahi',
  na: 'nahi',
  mje: 'mujhe',
  muje: 'mujhe',
  mujhko: 'mujhe',
  mujko: 'mujhe',
  chaiye: 'chahiye',
  chahie: 'chahiye',
  chaie: 'chahiye',
  chahye: 'chahiye',
  chahiya: 'chahiye',
  chiye: 'chahiye',
  h: 'hai',
  he: 'hai',
  hei: 'hai',
  hy: 'hai',
  kr: 'kar',
  kro: 'karo',
  krna: 'karna',
  krni: 'karni',
  kia: 'kya',
  kyu: 'kyon',
  plz: 'please',
  pls: 'please',
  plis: 'please',
  ha: 'han',
  hn: 'han',
  hanji: 'han ji',
  tik: 'thik',
  thk: 'thik',
  ok: 'okay',
  oke: 'okay',
  k: 'okay',
  mai: 'main',
  mei: 'main',
  me: 'mein',
  ap: 'aap',
  kaha: 'kahan',
  yaha: 'yahan',
  wo: 'vo',
  woh: 'vo',
  ye: 'yeh',
  yah: 'yeh',
  bejo: 'bhejo',
  dikao: 'dikhao',
};

/**
 * Folds one lower-case Latin word so spelling variants meet: 'ee'→'i', 'oo'→'u', 'z'→'j', 'ph'→'f',
 * 'q'→'k', repeated letters collapsed ('kaaam' → 'kam', 'theek' → 'thik'), then the Hinglish canon above.
 */
export function foldLatinWord(word: string): string {
  const folded = foldLatinShape(word);
  return ROMAN_CANON[folded] ?? folded;
}

/** The spelling fold of `foldLatinWord` without the Hinglish canon (so 'me' stays 'me'). */
export function foldLatinShape(word: string): string {
  return word
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/ph/g, 'f')
    .replace(/z/g, 'j')
    .replace(/q/g, 'k')
    .replace(/([a-z])\1+/g, '$1');
}

/** The canonical Hinglish spelling of an already shape-folded word, if it is a known variant. */
export function romanCanon(folded: string): string | undefined {
  return ROMAN_CANON[folded];
}

const LATIN_WORD = /^[a-z]+$/;

/** Normalised words of a text, with Latin words folded by `foldLatinWord`. */
export function canonicalWords(text: string): string[] {
  const norm = normalizeForMatch(text);
  if (!norm) return [];
  const out: string[] = [];
  for (const word of norm.split(' ')) {
    if (!LATIN_WORD.test(word)) {
      out.push(word);
      continue;
    }
    for (const part of foldLatinWord(word).split(' ')) out.push(part);
  }
  return out;
}
