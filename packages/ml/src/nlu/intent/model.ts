import { INTENTS, type Intent, type KnownIntent, type NluDataFile } from '../types';
import { buildVocabulary, extractFeatures, vectorize, type SparseVector } from './features';
import { gibberish } from './gibberish';
import { predictInto, trainSoftmax, type SoftmaxModel, type TrainOptions } from './softmax';

/**
 * The intent classifier: one softmax model over all languages (scripts keep them apart, and code-mixed
 * 'mera order status kya hai' shares features with both English and Hinglish), with an extra `none`
 * class learnt from out-of-scope sentences and generated nonsense.
 */

/** Below this calibrated confidence the answer is `none`. */
export const DEFAULT_THRESHOLD = 0.45;

const CLASSES: readonly Intent[] = [...INTENTS, 'none'];
const NONE = CLASSES.length - 1;

export interface IntentScore {
  readonly intent: Intent;
  readonly confidence: number;
}

export interface IntentPrediction extends IntentScore {
  /** The three best known intents with their calibrated confidences, best first. */
  readonly ranked: readonly IntentScore[];
}

export interface IntentModel {
  classify(text: string): IntentPrediction;
  readonly threshold: number;
  readonly vocabularySize: number;
  readonly trainingSize: number;
}

export interface IntentModelOptions extends TrainOptions {
  readonly threshold?: number;
  /** How many generated nonsense strings to add to the `none` class. */
  readonly gibberishCount?: number;
}

interface Example {
  readonly text: string;
  readonly label: number;
}

export function trainingExamples(files: readonly NluDataFile[], gibberishCount: number): Example[] {
  const examples: Example[] = [];
  for (const file of files) {
    INTENTS.forEach((intent: KnownIntent, label) => {
      for (const text of file.intents[intent] ?? []) examples.push({ text, label });
    });
    for (const text of file.outOfScope ?? []) examples.push({ text, label: NONE });
  }
  for (const text of gibberish(gibberishCount)) examples.push({ text, label: NONE });
  return examples;
}

/**
 * How much of the message the model actually knows: a message of unseen words gets its probability
 * scaled down, so nonsense and other topics fall below the threshold instead of borrowing a confident
 * guess from a few shared letters.
 */
export function coverageFactor(wordCoverage: number, charCoverage: number): number {
  const coverage = 0.5 * wordCoverage + 0.5 * charCoverage;
  return Math.min(1, Math.max(0, (coverage - 0.15) / 0.45));
}

export function trainIntentModel(
  files: readonly NluDataFile[],
  options: IntentModelOptions = {},
): IntentModel {
  const { threshold = DEFAULT_THRESHOLD, gibberishCount = 120, ...trainOptions } = options;
  const examples = trainingExamples(files, gibberishCount);
  const bags = examples.map((e) => extractFeatures(e.text));
  const vocab = buildVocabulary(bags);
  const xs: SparseVector[] = bags.map((bag) => vectorize(bag, vocab).vector);
  const model: SoftmaxModel = trainSoftmax(
    xs,
    examples.map((e) => e.label),
    vocab.size,
    CLASSES.length,
    trainOptions,
  );
  const probs = new Float64Array(CLASSES.length);

  const classify = (text: string): IntentPrediction => {
    const { vector, wordCoverage, charCoverage } = vectorize(extractFeatures(text), vocab);
    if (vector.index.length === 0) return { intent: 'none', confidence: 0, ranked: [] };
    predictInto(model, vector, probs);
    const factor = coverageFactor(wordCoverage, charCoverage);
    const ranked = INTENTS.map((intent, c) => ({ intent, confidence: round(probs[c]! * factor) }))
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, 3);
    const best = ranked[0]!;
    const noneWins = probs[NONE]! > probs[INTENTS.indexOf(best.intent as KnownIntent)]!;
    if (noneWins || best.confidence < threshold)
      return { intent: 'none', confidence: best.confidence, ranked };
    return { intent: best.intent, confidence: best.confidence, ranked };
  };

  return { classify, threshold, vocabularySize: vocab.size, trainingSize: examples.length };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
