/**
 * Plain-ASCII romanisation of the Indic scripts, for URL handles ('सुनीता देवी' → 'sunita devi').
 *
 * Unicode laid out Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada and Malayalam
 * (U+0900–U+0D7F) in parallel 128-code-point blocks following ISCII, so one table indexed by the offset
 * inside a block serves all nine. Long and short vowels fold together; a consonant carries an inherent 'a'
 * unless a vowel sign or virama follows, and drops it at the end of a word (Hindi-style schwa deletion).
 */

const INDIC_START = 0x0900;
const INDIC_END = 0x0d7f;

/** Consonants by offset (they carry the inherent vowel). */
const CONSONANTS: Record<number, string> = {
  0x15: 'k',
  0x16: 'kh',
  0x17: 'g',
  0x18: 'gh',
  0x19: 'ng',
  0x1a: 'ch',
  0x1b: 'chh',
  0x1c: 'j',
  0x1d: 'jh',
  0x1e: 'ny',
  0x1f: 't',
  0x20: 'th',
  0x21: 'd',
  0x22: 'dh',
  0x23: 'n',
  0x24: 't',
  0x25: 'th',
  0x26: 'd',
  0x27: 'dh',
  0x28: 'n',
  0x29: 'n',
  0x2a: 'p',
  0x2b: 'ph',
  0x2c: 'b',
  0x2d: 'bh',
  0x2e: 'm',
  0x2f: 'y',
  0x30: 'r',
  0x31: 'r',
  0x32: 'l',
  0x33: 'l',
  0x34: 'zh',
  0x35: 'v',
  0x36: 'sh',
  0x37: 'sh',
  0x38: 's',
  0x39: 'h',
  0x58: 'q',
  0x59: 'kh',
  0x5a: 'g',
  0x5b: 'z',
  0x5c: 'r',
  0x5d: 'rh',
  0x5e: 'f',
  0x5f: 'y',
};

/** Independent vowels, signs and letters without an inherent vowel. */
const OTHERS: Record<number, string> = {
  0x01: 'n',
  0x02: 'n',
  0x03: 'h',
  0x05: 'a',
  0x06: 'a',
  0x07: 'i',
  0x08: 'i',
  0x09: 'u',
  0x0a: 'u',
  0x0b: 'ri',
  0x0c: 'li',
  0x0d: 'e',
  0x0e: 'e',
  0x0f: 'e',
  0x10: 'ai',
  0x11: 'o',
  0x12: 'o',
  0x13: 'o',
  0x14: 'au',
  0x4e: 't',
  0x60: 'ri',
  0x61: 'li',
  0x70: 'n',
  0x7a: 'n',
  0x7b: 'n',
  0x7c: 'r',
  0x7d: 'l',
  0x7e: 'l',
  0x7f: 'k',
};

/** Dependent vowel signs (matras). */
const VOWEL_SIGNS: Record<number, string> = {
  0x3e: 'a',
  0x3f: 'i',
  0x40: 'i',
  0x41: 'u',
  0x42: 'u',
  0x43: 'ri',
  0x44: 'ri',
  0x45: 'e',
  0x46: 'e',
  0x47: 'e',
  0x48: 'ai',
  0x49: 'o',
  0x4a: 'o',
  0x4b: 'o',
  0x4c: 'au',
  0x62: 'li',
  0x63: 'li',
};

/** Consonant + nukta (U+093C), as NFC leaves क़ ज़ ड़ फ़ …: the sound the dot marks. */
const NUKTA_FORMS: Record<number, string> = {
  0x15: 'q',
  0x16: 'kh',
  0x17: 'g',
  0x1c: 'z',
  0x21: 'r',
  0x22: 'rh',
  0x2b: 'f',
  0x2f: 'y',
};

/** Tamil spells 's' and 'j' sounds with ச: names read 'Sumathi', not 'Chumathi'. */
const TAMIL_BLOCK = 5;
const TAMIL_CONSONANTS: Record<number, string> = { 0x1a: 's', 0x24: 'th' };

const NUKTA = 0x3c;
const VIRAMA = 0x4d;
const DIGITS_FROM = 0x66;

const offsetOf = (cp: number | undefined): number | undefined =>
  cp !== undefined && cp >= INDIC_START && cp <= INDIC_END ? (cp - INDIC_START) & 0x7f : undefined;

/** Offsets that neither sound nor block the inherent vowel (nukta, length marks, Gurmukhi addak). */
const SILENT = new Set([NUKTA, 0x55, 0x56, 0x57, 0x71]);

function nextAudible(cps: number[], from: number): number | undefined {
  for (let i = from; i < cps.length; i++) {
    const off = offsetOf(cps[i]);
    if (off === undefined || !SILENT.has(off)) return off;
  }
  return undefined;
}

/** Romanises Indic letters; everything else (Latin, digits, spaces, punctuation) passes through. */
export function transliterate(text: string): string {
  const cps = [...text.normalize('NFC')].map((c) => c.codePointAt(0)!);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    const off = offsetOf(cp);
    if (off === undefined) {
      if (cp !== 0x200c && cp !== 0x200d) out += String.fromCodePoint(cp);
      continue;
    }
    if (off >= DIGITS_FROM && off <= DIGITS_FROM + 9) {
      out += String(off - DIGITS_FROM);
      continue;
    }
    const base = CONSONANTS[off];
    if (base !== undefined) {
      const tamil = (cp - INDIC_START) >> 7 === TAMIL_BLOCK ? TAMIL_CONSONANTS[off] : undefined;
      const nukta = offsetOf(cps[i + 1]) === NUKTA ? NUKTA_FORMS[off] : undefined;
      out += nukta ?? tamil ?? base;
      const next = nextAudible(cps, i + 1);
      const followedBySign = next !== undefined && (next === VIRAMA || next in VOWEL_SIGNS);
      const wordEnds = next === undefined;
      const isOnlyLetter = wordEnds && (i === 0 || offsetOf(cps[i - 1]) === undefined);
      if (!followedBySign && (!wordEnds || isOnlyLetter)) out += 'a';
      continue;
    }
    out += VOWEL_SIGNS[off] ?? OTHERS[off] ?? '';
  }
  return out;
}
