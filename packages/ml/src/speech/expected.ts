import type { ExpectedOption } from './ports';

/**
 * The spoken replies the embedded recognizer listens for, in English and romanized Hindi (the
 * forms espeak-ng can voice for templates). A conversation step passes the subset it expects.
 */
export const YES: ExpectedOption = { id: 'yes', phrases: ['haan', 'haan ji', 'yes'] };
export const NO: ExpectedOption = { id: 'no', phrases: ['nahi', 'nahin ji', 'no'] };

const NUMBER_WORDS: readonly (readonly string[])[] = [
  ['ek', 'one'],
  ['do', 'two'],
  ['teen', 'three'],
  ['chaar', 'four'],
  ['paanch', 'five'],
  ['chhah', 'six'],
  ['saat', 'seven'],
  ['aath', 'eight'],
  ['nau', 'nine'],
  ['das', 'ten'],
];

/** Menu choices 1..count (at most 10), ids '1'..'10'. */
export const menuOptions = (count: number): ExpectedOption[] =>
  NUMBER_WORDS.slice(0, Math.max(0, Math.min(10, count))).map((phrases, i) => ({
    id: String(i + 1),
    phrases,
  }));

/** Spoken shortcuts to the main journeys; the id is the NLU intent they stand for. */
export const INTENT_OPTIONS: readonly ExpectedOption[] = [
  { id: 'find_work', phrases: ['kaam chahiye', 'find work'] },
  { id: 'check_earnings', phrases: ['mera paisa', 'my earnings'] },
  { id: 'get_certificate', phrases: ['certificate', 'praman patra'] },
  { id: 'help', phrases: ['madad', 'help'] },
  { id: 'talk_to_human', phrases: ['kisi se baat karni hai', 'talk to a person'] },
  { id: 'greeting', phrases: ['namaste', 'hello'] },
];

/** Craft names as options (id = craft id), e.g. from the taxonomy's English and Hindi names. */
export const craftOptions = (crafts: readonly { id: string; names: readonly string[] }[]): ExpectedOption[] =>
  crafts.map((c) => ({ id: c.id, phrases: c.names }));

/** What a voice turn listens for when the conversation gives no narrower list. */
export const DEFAULT_EXPECTED: readonly ExpectedOption[] = [YES, NO, ...menuOptions(5), ...INTENT_OPTIONS];
