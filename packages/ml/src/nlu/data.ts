import type { DataLang, NluDataFile } from './types';
import en from '../../data/nlu/en.json' with { type: 'json' };
import hi from '../../data/nlu/hi.json' with { type: 'json' };
import hinglish from '../../data/nlu/hinglish.json' with { type: 'json' };
import ta from '../../data/nlu/ta.json' with { type: 'json' };
import bn from '../../data/nlu/bn.json' with { type: 'json' };
import mr from '../../data/nlu/mr.json' with { type: 'json' };
import enTest from '../../data/nlu/en.test.json' with { type: 'json' };
import hiTest from '../../data/nlu/hi.test.json' with { type: 'json' };
import hinglishTest from '../../data/nlu/hinglish.test.json' with { type: 'json' };
import taTest from '../../data/nlu/ta.test.json' with { type: 'json' };
import bnTest from '../../data/nlu/bn.test.json' with { type: 'json' };
import mrTest from '../../data/nlu/mr.test.json' with { type: 'json' };

/**
 * The committed utterances (packages/ml/data/nlu). Training files and held-out files are separate
 * modules: the trainer only ever receives `trainingData()`; `heldoutData()` is for evaluation alone.
 */
const TRAIN = { en, hi, hinglish, ta, bn, mr } as unknown as Record<DataLang, NluDataFile>;
const HELDOUT = {
  en: enTest,
  hi: hiTest,
  hinglish: hinglishTest,
  ta: taTest,
  bn: bnTest,
  mr: mrTest,
} as unknown as Record<DataLang, NluDataFile>;

export function trainingData(): readonly NluDataFile[] {
  return Object.values(TRAIN);
}

export function heldoutData(): readonly NluDataFile[] {
  return Object.values(HELDOUT);
}
