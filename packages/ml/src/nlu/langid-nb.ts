/**
 * A two-class multinomial naive Bayes over words and character trigrams, used to separate languages
 * that share a script (Hindi/Marathi in Devanagari, English/Hinglish in Latin). Trained from the
 * committed training utterances; returns a log-likelihood ratio (positive = second language).
 */

export interface PairModel {
  /** log P(text | b) − log P(text | a), per feature, summed. */
  score(features: readonly string[]): number;
}

export function pairFeatures(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    if (!word) continue;
    out.push(`w:${word}`);
    const padded = `<${word}>`;
    for (let i = 0; i + 3 <= padded.length; i++) out.push(`c:${padded.slice(i, i + 3)}`);
  }
  return out;
}

export function trainPairModel(
  a: readonly (readonly string[])[],
  b: readonly (readonly string[])[],
): PairModel {
  const [countA, totalA] = countFeatures(a);
  const [countB, totalB] = countFeatures(b);
  const vocab = new Set([...countA.keys(), ...countB.keys()]).size + 1;
  const llr = new Map<string, number>();
  for (const f of new Set([...countA.keys(), ...countB.keys()])) {
    const pa = ((countA.get(f) ?? 0) + 0.5) / (totalA + 0.5 * vocab);
    const pb = ((countB.get(f) ?? 0) + 0.5) / (totalB + 0.5 * vocab);
    llr.set(f, Math.log(pb / pa));
  }
  return {
    score(features) {
      let sum = 0;
      for (const f of features) sum += llr.get(f) ?? 0;
      return sum;
    },
  };
}

function countFeatures(docs: readonly (readonly string[])[]): [Map<string, number>, number] {
  const counts = new Map<string, number>();
  let total = 0;
  for (const doc of docs) {
    for (const f of doc) {
      counts.set(f, (counts.get(f) ?? 0) + 1);
      total++;
    }
  }
  return [counts, total];
}
