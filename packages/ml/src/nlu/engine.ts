import type { Lang, NluDataFile, ParseOptions, ParseResult } from './types';
import { extractEntities } from './entities/index';
import { buildTaxonomyGazetteers, type TaxonomyGazetteers } from './entities/taxonomy';
import { trainIntentModel, type IntentModel, type IntentModelOptions } from './intent/model';
import { identifyLanguage, trainLanguagePairs, type LanguagePairModels } from './langid';
import { isLang } from '@shebalance/core/i18n/lang';
import { prepareInput } from './text/normalize';

/** How much of a long message the intent model reads (the first sentences carry the request). */
const INTENT_CHARS = 300;

export interface NluEngine {
  /** Contract of POST /api/v1/nlu/parse. Never throws on user input. */
  parse(text: string, options?: ParseOptions): ParseResult;
  readonly intents: IntentModel;
}

export interface NluEngineDeps {
  readonly training: readonly NluDataFile[];
  readonly gazetteers?: TaxonomyGazetteers;
  readonly model?: IntentModelOptions;
}

/** Trains the intent and language models from `training` and returns a parser. */
export function createNluEngine(deps: NluEngineDeps): NluEngine {
  const intents = trainIntentModel(deps.training, deps.model);
  const pairs: LanguagePairModels = trainLanguagePairs(deps.training);
  const gazetteers = deps.gazetteers ?? buildTaxonomyGazetteers();

  const parse = (text: string, options: ParseOptions = {}): ParseResult => {
    const hint: Lang | undefined = isLang(options.lang) ? options.lang : undefined;
    const input = prepareInput(text);
    const guess = identifyLanguage(input, hint, pairs);
    const prediction = intents.classify(input.length > INTENT_CHARS ? input.slice(0, INTENT_CHARS) : input);
    const now = options.now instanceof Date && !Number.isNaN(options.now.getTime()) ? options.now : undefined;
    const entities = extractEntities(input, { lang: guess.lang, now, gazetteers });
    return {
      lang: guess.lang,
      script: guess.script,
      romanized: guess.romanized,
      supported: guess.supported,
      intent: prediction.intent,
      confidence: prediction.confidence,
      entities,
    };
  };

  return { parse, intents };
}
