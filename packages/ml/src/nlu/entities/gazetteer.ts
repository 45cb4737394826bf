import type { Token } from '../text/tokenize';
import { foldLatinShape, normalizeForMatch } from '../text/normalize';

/**
 * Longest-match lookup of multi-word names (crafts, states, districts) in a token list, insensitive
 * to case, nukta, chandrabindu, Hinglish spelling folds and spacing ('chikan kari' = 'chikankari').
 */

export interface GazetteerEntry<V> {
  readonly value: V;
  /** Every name and alias it may be called by. */
  readonly terms: readonly string[];
}

export interface GazetteerMatch<V> {
  readonly value: V;
  readonly from: number;
  readonly to: number;
}

export interface Gazetteer<V> {
  find(tokens: readonly Token[], used: readonly boolean[]): GazetteerMatch<V>[];
  readonly size: number;
}

const MAX_WORDS = 4;
const LATIN = /^[a-z]+$/;

/** Word-level key, normalised exactly like token `norm`s. */
export function termWords(term: string): string[] {
  const norm = normalizeForMatch(term);
  if (!norm) return [];
  return norm.split(' ').map((w) => (LATIN.test(w) ? foldLatinShape(w) : w));
}

/**
 * Builds a gazetteer. Terms of one or two Latin letters ('OR', 'UT') are left out: they are ordinary
 * words in chat. `stopWords` are single words never taken as names on their own (e.g. 'kal', 'mandi').
 */
export function buildGazetteer<V>(
  entries: readonly GazetteerEntry<V>[],
  stopWords: ReadonlySet<string> = new Set(),
): Gazetteer<V> {
  const byKey = new Map<string, V>();
  for (const entry of entries) {
    for (const term of entry.terms) {
      const words = termWords(term);
      if (words.length === 0 || words.length > MAX_WORDS) continue;
      const joined = words.join(' ');
      if (LATIN.test(joined.replace(/ /g, '')) && joined.replace(/ /g, '').length < 3) continue;
      if (words.length === 1 && stopWords.has(joined)) continue;
      if (!byKey.has(joined)) byKey.set(joined, entry.value);
      const compact = words.join('');
      if (words.length > 1 && !byKey.has(compact)) byKey.set(compact, entry.value);
    }
  }
  return {
    size: byKey.size,
    find(tokens, used) {
      const out: GazetteerMatch<V>[] = [];
      for (let i = 0; i < tokens.length; i++) {
        if (used[i] || tokens[i]!.kind !== 'word') continue;
        // Grow the phrase one word at a time, remembering the longest name seen.
        let spaced = '';
        let compact = '';
        let best: GazetteerMatch<V> | undefined;
        for (let j = i; j < Math.min(tokens.length, i + MAX_WORDS); j++) {
          const token = tokens[j]!;
          if (token.kind !== 'word' || used[j]) break;
          spaced = j === i ? token.norm : `${spaced} ${token.norm}`;
          compact += token.norm;
          const value = byKey.get(spaced) ?? (j > i ? byKey.get(compact) : undefined);
          if (value !== undefined) best = { value, from: i, to: j + 1 };
        }
        if (!best) continue;
        out.push(best);
        i = best.to - 1;
      }
      return out;
    },
  };
}
