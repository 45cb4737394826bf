import { foldLatinShape, normalizeForMatch } from './normalize';

export type TokenKind = 'word' | 'digits' | 'symbol';

export interface Token {
  /** Exactly as typed (after digit folding). */
  readonly raw: string;
  /** Lower-case, nukta-free; Latin words spelling-folded ('paanch' → 'panch', 'hazaar' → 'hajar'). */
  readonly norm: string;
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
}

const TOKEN = /[\p{L}\p{M}]+|\d+(?:[.,]\d+)*|[^\s\p{L}\p{M}\d]/gu;
const LATIN = /^[a-z]+$/;

/** Splits prepared input into words, digit runs ('1,50,000', '2.5') and single symbols ('₹', '/', '-'). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index ?? 0;
    const first = raw.charCodeAt(0);
    const kind: TokenKind =
      first >= 0x30 && first <= 0x39 ? 'digits' : /[\p{L}\p{M}]/u.test(raw) ? 'word' : 'symbol';
    let norm = kind === 'word' ? normalizeForMatch(raw) : raw;
    if (kind === 'word' && LATIN.test(norm)) norm = foldLatinShape(norm);
    tokens.push({ raw, norm, kind, start, end: start + raw.length });
  }
  return tokens;
}

/** Builds a lookup table whose keys are normalised the way `tokenize` normalises words. */
export function lexicon<V>(entries: Readonly<Record<string, V>>): Map<string, V> {
  const out = new Map<string, V>();
  for (const [word, value] of Object.entries(entries)) {
    const norm = normalizeForMatch(word);
    out.set(LATIN.test(norm) ? foldLatinShape(norm) : norm, value);
  }
  return out;
}

/** Same as `lexicon` for a list of words that all mean one thing. */
export function wordSet(words: readonly string[]): Set<string> {
  return new Set(lexicon(Object.fromEntries(words.map((w) => [w, true]))).keys());
}
