import { seededRandom } from './softmax';

/**
 * Deterministic nonsense in each script ('qzkvp lomf', 'ठपढ़ झघ'), used as extra examples of the
 * `none` class so that the model learns what "nothing it knows" looks like.
 */

const ALPHABETS: readonly string[] = [
  'abcdefghijklmnopqrstuvwxyz',
  'कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह',
  'কখগঘচছজঝটঠডঢণতথদধনপফবভমযরলশসহ',
  'கஙசஞடணதநபமயரலவழளறன',
];

export function gibberish(count: number, seed = 11): string[] {
  const random = seededRandom(seed);
  const pick = (s: string): string => s[Math.floor(random() * s.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const alphabet = ALPHABETS[i % ALPHABETS.length]!;
    const words = 1 + Math.floor(random() * 3);
    const parts: string[] = [];
    for (let w = 0; w < words; w++) {
      const len = 3 + Math.floor(random() * 6);
      let word = '';
      for (let k = 0; k < len; k++) word += pick(alphabet);
      parts.push(word);
    }
    out.push(parts.join(' '));
  }
  return out;
}
