import type { Lang } from '@shebalance/core/i18n/lang';

export type { Lang };

/** The intents SheBalance understands, with exactly these names (issue 6). `none` = below the threshold. */
export const INTENTS = [
  'greeting',
  'help',
  'register',
  'assess_skill',
  'find_work',
  'accept_offer',
  'decline_offer',
  'check_earnings',
  'order_status',
  'update_availability',
  'get_certificate',
  'change_language',
  'talk_to_human',
] as const;
export type KnownIntent = (typeof INTENTS)[number];
export type Intent = KnownIntent | 'none';

/** The data sets we keep: the five languages plus Hindi typed in Latin letters. */
export const DATA_LANGS = ['en', 'hi', 'hinglish', 'ta', 'bn', 'mr'] as const;
export type DataLang = (typeof DATA_LANGS)[number];

export type Script = 'latin' | 'devanagari' | 'bengali' | 'tamil' | 'other' | 'none';

export interface LangGuess {
  /** Hinglish is reported as 'hi' with `romanized: true`. */
  readonly lang: Lang;
  readonly script: Script;
  readonly romanized: boolean;
  /** 0–1: how sure the detector is (low for one-word or digit-only text). */
  readonly confidence: number;
  /** False when the text is in a script we do not speak (Telugu, Gujarati, …); `lang` is then the fallback. */
  readonly supported: boolean;
}

export type EntityType = 'number' | 'quantity' | 'money' | 'date' | 'hours' | 'craft' | 'state' | 'district';

export interface Money {
  readonly amount: number;
  readonly currency: 'INR';
}

export interface Quantity {
  readonly amount: number;
  /** Normalised unit: 'piece', 'saree', 'dozen' (already multiplied out), 'metre', … */
  readonly unit: string;
}

interface EntityBase<T extends EntityType, V> {
  readonly type: T;
  readonly value: V;
  /** The words in the input that produced this entity. */
  readonly text: string;
  /** Character offsets into the (NFC-normalised) input. */
  readonly start: number;
  readonly end: number;
}

export type Entity =
  | EntityBase<'number', number>
  | EntityBase<'quantity', Quantity>
  | EntityBase<'money', Money>
  /** ISO calendar date (YYYY-MM-DD) in India time, resolved against the `now` passed in. */
  | EntityBase<'date', string>
  | EntityBase<'hours', number>
  /** Craft id from the taxonomy. */
  | EntityBase<'craft', string>
  /** ISO 3166-2:IN state code. */
  | EntityBase<'state', string>
  /** District name; `ref` is the stable district id (e.g. 'up-lucknow'). */
  | (EntityBase<'district', string> & { readonly ref: string; readonly state: string });

export interface ParseOptions {
  /** The language we believe she speaks (stored preference); a prior for short or ambiguous text. */
  readonly lang?: Lang;
  /** The clock for relative dates ('kal', 'next Monday', '25 Dec'). Without it those dates are not resolved. */
  readonly now?: Date;
}

export interface ParseResult {
  readonly lang: Lang;
  readonly script: Script;
  readonly romanized: boolean;
  /** False when the text is in a script we do not speak: answer with the language menu. */
  readonly supported: boolean;
  readonly intent: Intent;
  /** Calibrated 0–1 confidence of `intent` (for `none`, of the best rejected intent). */
  readonly confidence: number;
  readonly entities: Entity[];
}

/** One language's training or held-out utterances, as stored in packages/ml/data/nlu. */
export interface NluDataFile {
  readonly lang: DataLang;
  readonly split: 'train' | 'heldout';
  readonly intents: Readonly<Record<KnownIntent, readonly string[]>>;
  readonly outOfScope?: readonly string[];
}
