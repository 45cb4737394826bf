import type { Lang, LangGuess, NluDataFile, Script } from './types';
import { INTENTS } from './types';
import { pairFeatures, trainPairModel, type PairModel } from './langid-nb';
import { ENGLISH_WORDS, HINDI_WORDS, HINGLISH_WORDS, MARATHI_WORDS } from './langid-lexicon';
import { foldLatinShape, normalizeForMatch, romanCanon } from './text/normalize';

/**
 * Offline language identification for short chat messages: script by code point, then Hindi vs Marathi
 * (Devanagari) and English vs Hinglish (Latin) by weighted word lists. Pure and allocation-light.
 */

const RANGES: readonly (readonly [Script, number, number])[] = [
  ['devanagari', 0x0900, 0x097f],
  ['bengali', 0x0980, 0x09ff],
  ['tamil', 0x0b80, 0x0bff],
  ['other', 0x0a00, 0x0aff], // Gurmukhi, Gujarati
  ['other', 0x0b00, 0x0b7f], // Odia
  ['other', 0x0c00, 0x0dff], // Telugu, Kannada, Malayalam, Sinhala
  ['other', 0x0600, 0x06ff], // Arabic script (Urdu)
  ['other', 0x0400, 0x04ff],
  ['other', 0x4e00, 0x9fff],
];

/** Counts letters per script and returns the dominant one ('none' when the text has no letters). */
export function detectScript(text: string): Script {
  const counts: Record<Script, number> = { latin: 0, devanagari: 0, bengali: 0, tamil: 0, other: 0, none: 0 };
  const limit = Math.min(text.length, 400);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
      counts.latin++;
      continue;
    }
    if (c < 0x0400) continue;
    for (const [script, lo, hi] of RANGES) {
      if (c >= lo && c <= hi) {
        counts[script]++;
        break;
      }
    }
  }
  let best: Script = 'none';
  let max = 0;
  for (const script of ['devanagari', 'bengali', 'tamil', 'latin', 'other'] as const) {
    if (counts[script] > max) {
      max = counts[script];
      best = script;
    }
  }
  return best;
}

const foldKeys = (words: Readonly<Record<string, number>>): Map<string, number> => {
  const out = new Map<string, number>();
  for (const [word, weight] of Object.entries(words)) {
    const key = foldLatinShape(word);
    out.set(key, Math.max(out.get(key) ?? 0, weight));
  }
  return out;
};
const EN = foldKeys(ENGLISH_WORDS);
const HINGLISH = foldKeys(HINGLISH_WORDS);
const MR = new Map(Object.entries(MARATHI_WORDS));
const HI = new Map(Object.entries(HINDI_WORDS));

/** Evidence for the second language against the first, as [first, second] sums. */
function latinEvidence(words: readonly string[]): [number, number] {
  let en = 0;
  let hinglish = 0;
  for (const raw of words) {
    const word = foldLatinShape(raw);
    let e = EN.get(word) ?? 0;
    let h = HINGLISH.get(word) ?? 0;
    if (e === 0 && h === 0) {
      const canon = romanCanon(word);
      if (canon) h = HINGLISH.get(canon) ?? 0.5;
      else if (/(iye|enge|ungi|ega|aao|ao)$/.test(word)) h = 1;
      else if (/(ing|tion|ment|ness|ed|ly)$/.test(word)) e = 1;
    }
    en += e;
    hinglish += h;
  }
  return [en, hinglish];
}

const MARATHI_SUFFIX = /(ायचं|ायची|ायचा|ायचे|ाला|ाचं|ाची|ाचा|ाचे|ात|ीत|मध्ये|पासून|पर्यंत|साठी|ून|लं|ळ.*)$/;

function devanagariEvidence(text: string, words: readonly string[]): [number, number] {
  let hi = 0;
  let mr = 0;
  for (const word of words) {
    const h = HI.get(word) ?? 0;
    const m = MR.get(word) ?? 0;
    hi += h;
    mr += m;
    if (h === 0 && m === 0 && word.length > 3 && MARATHI_SUFFIX.test(word)) mr += 1;
  }
  // 'ळ' is everyday Marathi and almost never Hindi; 'ॲ'/'ॅ' spell English loans the Marathi way.
  if (/[ळॲ]/.test(text)) mr += 2;
  if (/\u0945/.test(text)) mr += 1.5;
  return [hi, mr];
}

/** How much evidence her stored language outweighs: enough for 'ok', not for a sentence. */
const HINT_WEIGHT = 2.5;

/** Evidence margin → 0.5 (a coin toss) … 0.99 (clear). */
const toConfidence = (margin: number): number =>
  Math.round(Math.min(0.99, 1 / (1 + Math.exp(-Math.abs(margin)))) * 100) / 100;

/** Models that sharpen the word lists with what the training utterances say (optional). */
export interface LanguagePairModels {
  /** Positive = Marathi. */
  readonly devanagari?: PairModel;
  /** Positive = Hinglish. */
  readonly latin?: PairModel;
}

/** Naive Bayes evidence is a log-likelihood ratio; this scales it to the word-list weights and caps it. */
const nbEvidence = (model: PairModel | undefined, words: readonly string[]): number =>
  model ? Math.max(-6, Math.min(6, 0.5 * model.score(pairFeatures(words)))) : 0;

const latinWords = (text: string): string[] =>
  normalizeForMatch(text)
    .split(' ')
    .filter((w) => /^[a-z]+$/.test(w));

/**
 * Identifies the language of `text`. `hint` (her stored language) breaks ties and decides for
 * digit-only or one-word ambiguous text. Hinglish → { lang: 'hi', script: 'latin', romanized: true }.
 */
export function identifyLanguage(text: string, hint?: Lang, models: LanguagePairModels = {}): LangGuess {
  const script = detectScript(text);
  const fallback: Lang = hint ?? 'en';
  switch (script) {
    case 'tamil':
      return { lang: 'ta', script, romanized: false, confidence: 0.99, supported: true };
    case 'bengali':
      return { lang: 'bn', script, romanized: false, confidence: 0.99, supported: true };
    case 'devanagari': {
      const words = normalizeForMatch(text).split(' ');
      const [hi, mr] = devanagariEvidence(text, words);
      const margin = mr - hi + nbEvidence(models.devanagari, words);
      const isMarathi =
        hint === 'hi' ? margin > HINT_WEIGHT : margin > 0 || (margin > -HINT_WEIGHT && hint === 'mr');
      const lang: Lang = isMarathi ? 'mr' : 'hi';
      return { lang, script, romanized: false, confidence: toConfidence(margin), supported: true };
    }
    case 'latin': {
      const words = latinWords(text);
      const [en, hinglish] = latinEvidence(words);
      const shaped = words.map(foldLatinShape);
      const margin = hinglish - en + nbEvidence(models.latin, shaped);
      const preferHindi = hint === 'hi' || hint === 'mr';
      const isHinglish =
        hint === 'en' ? margin > HINT_WEIGHT : margin > 0 || (margin > -HINT_WEIGHT && preferHindi);
      const confidence = toConfidence(margin);
      return isHinglish
        ? { lang: 'hi', script, romanized: true, confidence, supported: true }
        : { lang: 'en', script, romanized: false, confidence, supported: true };
    }
    case 'other':
      return { lang: fallback, script, romanized: false, confidence: 0.9, supported: false };
    default:
      return { lang: fallback, script: 'none', romanized: false, confidence: 0, supported: true };
  }
}

const utterances = (files: readonly NluDataFile[], lang: string): string[] =>
  files
    .filter((f) => f.lang === lang)
    .flatMap((f) => INTENTS.flatMap((intent) => [...(f.intents[intent] ?? [])]));

/** Trains the Hindi/Marathi and English/Hinglish pair models from training files. */
export function trainLanguagePairs(files: readonly NluDataFile[]): LanguagePairModels {
  const deva = (lang: string) => utterances(files, lang).map((t) => normalizeForMatch(t).split(' '));
  const latin = (lang: string) => utterances(files, lang).map((t) => latinWords(t).map(foldLatinShape));
  return {
    devanagari: trainPairModel(
      deva('hi').map((w) => pairFeatures(w)),
      deva('mr').map((w) => pairFeatures(w)),
    ),
    latin: trainPairModel(
      latin('en').map((w) => pairFeatures(w)),
      latin('hinglish').map((w) => pairFeatures(w)),
    ),
  };
}
