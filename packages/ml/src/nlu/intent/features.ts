import { canonicalWords } from '../text/normalize';

/**
 * Sparse features of a short message: whole words, word pairs and character n-grams (2–4) of each
 * word with boundary marks. Character n-grams carry spelling variants ('chahiye'/'chaiye') and
 * agglutinated Tamil/Marathi forms ('வேலையை', 'कामाचा') across to the training words.
 * Features are 32-bit FNV-1a hashes (no substring allocation), deduplicated per message.
 */

const WORD_WEIGHT = 1;
const PAIR_WEIGHT = 0.7;
const CHAR_WEIGHT = 0.35;
/** Words beyond this many are ignored: intents are decided in the first sentence or two. */
export const MAX_WORDS = 40;

export interface FeatureBag {
  readonly keys: readonly number[];
  readonly weights: readonly number[];
  /** keys[0 .. wordCount) are whole words, then `pairCount` word pairs, then character n-grams. */
  readonly wordCount: number;
  readonly pairCount: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashRange(seed: number, s: string, from: number, to: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

const mix = (a: number, b: number): number => Math.imul(a ^ Math.imul(b, 0x9e3779b1), FNV_PRIME) >>> 0;

export function extractFeatures(text: string): FeatureBag {
  const words = canonicalWords(text).slice(0, MAX_WORDS);
  const seen = new Set<number>();
  const keys: number[] = [];
  const weights: number[] = [];
  const add = (key: number, weight: number): boolean => {
    if (seen.has(key)) return false;
    seen.add(key);
    keys.push(key);
    weights.push(weight);
    return true;
  };
  const wordHashes = words.map((w) => hashRange(1, w, 0, w.length));
  for (const h of wordHashes) add(h, WORD_WEIGHT);
  const wordCount = keys.length;
  for (let i = 1; i < wordHashes.length; i++) add(mix(wordHashes[i - 1]!, wordHashes[i]!), PAIR_WEIGHT);
  const pairCount = keys.length - wordCount;
  for (const word of words) {
    const padded = `<${word}>`;
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= padded.length; i++) add(hashRange(n + 2, padded, i, i + n), CHAR_WEIGHT);
    }
  }
  return { keys, weights, wordCount, pairCount };
}

export interface SparseVector {
  readonly index: Int32Array;
  readonly value: Float32Array;
}

export interface Vectorized {
  readonly vector: SparseVector;
  /** Share of this text's words the vocabulary has seen in training (0–1). */
  readonly wordCoverage: number;
  /** Share of this text's character n-grams the vocabulary has seen (0–1). */
  readonly charCoverage: number;
}

/** Maps a feature bag onto vocabulary indices (unknown features dropped) and L2-normalises it. */
export function vectorize(bag: FeatureBag, vocab: ReadonlyMap<number, number>): Vectorized {
  const index: number[] = [];
  const value: number[] = [];
  let knownWords = 0;
  let knownChars = 0;
  let norm = 0;
  const charStart = bag.wordCount + bag.pairCount;
  for (let i = 0; i < bag.keys.length; i++) {
    const weight = bag.weights[i]!;
    norm += weight * weight;
    const id = vocab.get(bag.keys[i]!);
    if (id === undefined) continue;
    if (i < bag.wordCount) knownWords++;
    else if (i >= charStart) knownChars++;
    index.push(id);
    value.push(weight);
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const charTotal = bag.keys.length - charStart;
  return {
    vector: { index: Int32Array.from(index), value: Float32Array.from(value, (v) => v * scale) },
    wordCoverage: bag.wordCount > 0 ? knownWords / bag.wordCount : 0,
    charCoverage: charTotal > 0 ? knownChars / charTotal : 0,
  };
}

/** Builds the vocabulary from training bags: every feature seen at least `minCount` times. */
export function buildVocabulary(bags: readonly FeatureBag[], minCount = 1): Map<number, number> {
  const counts = new Map<number, number>();
  for (const bag of bags) for (const key of bag.keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const vocab = new Map<number, number>();
  for (const [key, count] of counts) if (count >= minCount) vocab.set(key, vocab.size);
  return vocab;
}
