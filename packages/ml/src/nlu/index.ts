import type { ParseOptions, ParseResult } from './types';
import { heldoutData, trainingData } from './data';
import { createNluEngine, type NluEngine } from './engine';
import { evaluateEngine, type EvalReport } from './evaluate';

/**
 * SheBalance text understanding: language ID, intents and entities in English, Hindi, Hinglish, Tamil,
 * Bengali and Marathi. The default engine is trained once per process from packages/ml/data/nlu.
 */

export type * from './types';
export { INTENTS, DATA_LANGS } from './types';
export { createNluEngine, type NluEngine, type NluEngineDeps } from './engine';
export { identifyLanguage, detectScript } from './langid';
export { extractEntities } from './entities/index';
export { buildTaxonomyGazetteers, type TaxonomyGazetteers } from './entities/taxonomy';
export { expectedReplyMatch, YES_WORDS, NO_WORDS, type ReplyMatch, type ReplyOption } from './reply-match';
export {
  evaluateEngine,
  formatEvalReport,
  type EvalReport,
  type LanguageEval,
  type IntentStats,
} from './evaluate';
export { DEFAULT_THRESHOLD } from './intent/model';
export { trainingData, heldoutData } from './data';
export { prepareInput, MAX_INPUT_CHARS } from './text/normalize';

let engine: NluEngine | undefined;

/** The process-wide engine, trained on first use (well under a second). */
export function defaultNluEngine(): NluEngine {
  engine ??= createNluEngine({ training: trainingData() });
  return engine;
}

/** `POST /api/v1/nlu/parse`: { lang, intent, confidence, entities }. Pass `now` to resolve dates. */
export function parse(text: string, options?: ParseOptions): ParseResult {
  return defaultNluEngine().parse(text, options);
}

/** Held-out evaluation of the default engine (for `npm run cli -- nlu eval`). */
export function evaluate(): EvalReport {
  return evaluateEngine(defaultNluEngine(), heldoutData());
}
