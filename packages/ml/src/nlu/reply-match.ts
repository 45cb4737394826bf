import type { Lang } from './types';
import { findNumberSpans } from './entities/numbers';
import { prepareInput } from './text/normalize';
import { tokenize, wordSet } from './text/tokenize';

/**
 * Matches a reply to the options offered at the current conversation step: a menu number ('2', 'do',
 * 'दूसरा'), a yes/no word in any of our languages, or one of the option's phrases (also with a typo).
 */

export interface ReplyOption {
  readonly id: string;
  readonly phrases: Partial<Record<Lang, readonly string[]>>;
}

export interface ReplyMatch {
  readonly id: string;
  /** 0–1. */
  readonly score: number;
  readonly via: 'number' | 'yes' | 'no' | 'phrase' | 'fuzzy';
}

export const YES_WORDS = wordSet([
  'yes',
  'yeah',
  'yep',
  'yup',
  'ya',
  'ok',
  'okay',
  'sure',
  'haan',
  'ha',
  'han',
  'haa',
  'hanji',
  'haanji',
  'ji',
  'theek',
  'thik',
  'hai',
  'accha',
  'acha',
  'chalega',
  'bilkul',
  'pakka',
  'हाँ',
  'हां',
  'हा',
  'जी',
  'ठीक',
  'है',
  'चलेगा',
  'बिल्कुल',
  'होय',
  'हो',
  'चालेल',
  'बरं',
  'ஆம்',
  'ஆமா',
  'ஆமாம்',
  'சரி',
  'சரிங்க',
  'ஓகே',
  'হ্যাঁ',
  'হ্যা',
  'হাঁ',
  'ঠিক',
  'আছে',
  'আচ্ছা',
  'ওকে',
  'accept',
  'agree',
  'confirm',
  '👍',
]);
export const NO_WORDS = wordSet([
  'no',
  'nope',
  'nah',
  'not',
  'nahi',
  'nahin',
  'nhi',
  'nai',
  'na',
  'naa',
  'mat',
  'नहीं',
  'नही',
  'ना',
  'मत',
  'नको',
  'नाही',
  'இல்லை',
  'இல்ல',
  'வேண்டாம்',
  'வேணாம்',
  'না',
  'নাহ',
  'নয়',
  'reject',
  'decline',
  '👎',
]);
const YES_IDS = new Set(['yes', 'accept', 'confirm', 'ok', 'agree', 'approve']);
const NO_IDS = new Set(['no', 'decline', 'reject', 'cancel', 'deny']);
const FILLER = wordSet([
  'option',
  'number',
  'no',
  'num',
  'nambar',
  'नंबर',
  'नम्बर',
  'क्रमांक',
  'எண்',
  'নম্বর',
  'choice',
]);
const ORDINALS: ReadonlyMap<string, number> = new Map(
  [
    [1, ['first', 'pehla', 'pahla', 'pehli', 'पहला', 'पहली', 'पहिला', 'पहिले', 'முதல்', 'প্রথম']],
    [2, ['second', 'dusra', 'doosra', 'dusri', 'दूसरा', 'दूसरी', 'दुसरा', 'இரண்டாவது', 'দ্বিতীয়']],
    [3, ['third', 'teesra', 'tisra', 'tisri', 'तीसरा', 'तीसरी', 'तिसरा', 'மூன்றாவது', 'তৃতীয়']],
  ].flatMap(([n, words]) => [...wordSet(words as string[])].map((w) => [w, n as number] as const)),
);

const phrasesOf = (option: ReplyOption): string[] =>
  Object.values(option.phrases).flatMap((list) =>
    Array.isArray(list) ? list.filter((p) => typeof p === 'string') : [],
  );

const words = (text: string): string[] =>
  tokenize(prepareInput(text, 200))
    .filter((t) => t.kind !== 'symbol' || /\p{Extended_Pictographic}/u.test(t.raw))
    .map((t) => t.norm);

function menuNumber(text: string, count: number): number | undefined {
  const tokens = tokenize(prepareInput(text, 200)).filter((t) => t.kind !== 'symbol');
  const content = tokens.filter((t) => !FILLER.has(t.norm));
  if (content.length === 1 && ORDINALS.has(content[0]!.norm)) return ORDINALS.get(content[0]!.norm);
  const spans = findNumberSpans(content);
  if (spans.length !== 1 || spans[0]!.to - spans[0]!.from !== content.length) return undefined;
  const n = spans[0]!.value;
  return Number.isInteger(n) && n >= 1 && n <= count ? n : undefined;
}

function polarity(ws: readonly string[]): 'yes' | 'no' | undefined {
  if (ws.length === 0 || ws.length > 4) return undefined;
  if (ws.some((w) => NO_WORDS.has(w)))
    return ws.every((w) => NO_WORDS.has(w) || YES_WORDS.has(w)) ? 'no' : undefined;
  return ws.every((w) => YES_WORDS.has(w)) ? 'yes' : undefined;
}

/** Levenshtein distance, capped early (we only care about 0, 1, 2). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function phraseScore(
  text: readonly string[],
  phrase: readonly string[],
): ReplyMatch['via'] | 'exact' | undefined {
  if (phrase.length === 0 || text.length === 0) return undefined;
  const t = text.join(' ');
  const p = phrase.join(' ');
  if (t === p || t.replace(/ /g, '') === p.replace(/ /g, '')) return 'exact';
  if (` ${t} `.includes(` ${p} `)) return 'phrase';
  if (t.length >= 3 && ` ${p} `.includes(` ${t} `)) return 'phrase';
  const joined = t.replace(/ /g, '');
  if (joined.length >= 4 && editDistance(joined, p.replace(/ /g, '')) <= (joined.length >= 8 ? 2 : 1))
    return 'fuzzy';
  return undefined;
}

const SCORES = { exact: 1, number: 0.95, yes: 0.9, no: 0.9, phrase: 0.8, fuzzy: 0.7 } as const;

/**
 * The option she chose, or undefined when the reply matches none (or two equally well): then the
 * conversation re-prompts with the buttons. Never throws.
 */
export function expectedReplyMatch(text: string, options: readonly ReplyOption[]): ReplyMatch | undefined {
  if (typeof text !== 'string' || !Array.isArray(options) || options.length === 0) return undefined;
  const n = menuNumber(text, options.length);
  if (n !== undefined) return { id: options[n - 1]!.id, score: SCORES.number, via: 'number' };

  const ws = words(text);
  let best: ReplyMatch | undefined;
  let tie = false;
  const consider = (candidate: ReplyMatch) => {
    if (!best || candidate.score > best.score) {
      best = candidate;
      tie = false;
    } else if (candidate.score === best.score && candidate.id !== best.id) tie = true;
  };
  for (const option of options) {
    for (const phrase of phrasesOf(option)) {
      const how = phraseScore(ws, words(phrase));
      if (how) consider({ id: option.id, score: SCORES[how], via: how === 'exact' ? 'phrase' : how });
    }
  }
  if (best && best.score >= SCORES.yes) return tie ? undefined : best;
  const pol = polarity(ws);
  if (pol) {
    const ids = pol === 'yes' ? YES_IDS : NO_IDS;
    const set = pol === 'yes' ? YES_WORDS : NO_WORDS;
    const target = options.find(
      (o) =>
        ids.has(o.id) ||
        phrasesOf(o).some((p) => polarity(words(p)) === pol && words(p).every((w) => set.has(w))),
    );
    if (target) return { id: target.id, score: SCORES[pol], via: pol };
  }
  return best && !tie ? best : undefined;
}
