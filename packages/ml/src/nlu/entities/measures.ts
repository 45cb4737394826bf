import type { Entity } from '../types';
import { lexicon, wordSet, type Token } from '../text/tokenize';
import type { NumberSpan } from './numbers';

/** Money, quantities and hours: a number with a currency sign before it or a unit word after it. */

const CURRENCY_BEFORE = wordSet(['rs', 'inr', 'rupees', 'rupaye', 'रु', 'रू', 'ரூ']);
const CURRENCY_AFTER = wordSet([
  'rs',
  'rupees',
  'rupee',
  'rupaye',
  'rupaiye',
  'rupaya',
  'rupiya',
  'rupay',
  'rupe',
  'rupya',
  'rupiye',
  'inr',
  'रुपये',
  'रुपए',
  'रुपया',
  'रुपयों',
  'रुपयां',
  'रुपये',
  'रु',
  'रू',
  'টাকা',
  'টাকার',
  'টাকায়',
  'ரூபாய்',
  'ரூ',
  'rupai',
]);

const HOUR_WORDS = wordSet([
  'hours',
  'hour',
  'hrs',
  'hr',
  'ghante',
  'ghanta',
  'ghnte',
  'ghanto',
  'घंटे',
  'घंटा',
  'घण्टे',
  'घंटों',
  'ঘণ্টা',
  'ঘন্টা',
  'तास',
  'மணிநேரம்',
]);
/** Tamil says 'நாலு மணி நேரம்': 'மணி' (o'clock) is hours only with 'நேரம்' after it. */
const TAMIL_HOUR = ['மணி', 'நேரம்'] as const;

/** Unit words → [normalised unit, multiplier]. */
const UNITS: ReadonlyMap<string, readonly [string, number]> = lexicon<readonly [string, number]>({
  piece: ['piece', 1],
  pieces: ['piece', 1],
  pcs: ['piece', 1],
  pc: ['piece', 1],
  pis: ['piece', 1],
  peace: ['piece', 1],
  nag: ['piece', 1],
  items: ['piece', 1],
  item: ['piece', 1],
  पीस: ['piece', 1],
  नग: ['piece', 1],
  पिस: ['piece', 1],
  পিস: ['piece', 1],
  টি: ['piece', 1],
  টা: ['piece', 1],
  பீஸ்: ['piece', 1],
  saree: ['saree', 1],
  sarees: ['saree', 1],
  sari: ['saree', 1],
  saris: ['saree', 1],
  sadi: ['saree', 1],
  sadiya: ['saree', 1],
  साड़ी: ['saree', 1],
  साड़ियां: ['saree', 1],
  साड़ियाँ: ['saree', 1],
  साडी: ['saree', 1],
  শাড়ি: ['saree', 1],
  புடவை: ['saree', 1],
  dupatta: ['dupatta', 1],
  dupatte: ['dupatta', 1],
  दुपट्टा: ['dupatta', 1],
  दुपट्टे: ['dupatta', 1],
  kurta: ['kurta', 1],
  kurte: ['kurta', 1],
  kurtas: ['kurta', 1],
  कुर्ता: ['kurta', 1],
  कुर्ते: ['kurta', 1],
  meter: ['metre', 1],
  metre: ['metre', 1],
  meters: ['metre', 1],
  metres: ['metre', 1],
  mtr: ['metre', 1],
  मीटर: ['metre', 1],
  মিটার: ['metre', 1],
  மீட்டர்: ['metre', 1],
  dozen: ['piece', 12],
  darjan: ['piece', 12],
  दर्जन: ['piece', 12],
  ডজন: ['piece', 12],
  டஜன்: ['piece', 12],
  set: ['set', 1],
  sets: ['set', 1],
  सेट: ['set', 1],
  jodi: ['pair', 1],
  जोड़ी: ['pair', 1],
  pair: ['pair', 1],
  pairs: ['pair', 1],
});

export type Measure = Extract<Entity, { type: 'money' | 'hours' | 'quantity' }>;

const slice = (text: string, tokens: readonly Token[], from: number, to: number) => ({
  text: text.slice(tokens[from]!.start, tokens[to - 1]!.end),
  start: tokens[from]!.start,
  end: tokens[to - 1]!.end,
});

/** Reads a money amount, hours or quantity around `span`; undefined when it is a bare number. */
export function readMeasure(text: string, tokens: readonly Token[], span: NumberSpan): Measure | undefined {
  const before = tokens[span.from - 1];
  const beforeDot = before?.raw === '.' ? tokens[span.from - 2] : undefined;
  const prefix = beforeDot ?? before;
  if (prefix && (prefix.raw === '₹' || CURRENCY_BEFORE.has(prefix.norm))) {
    const from = span.from - (beforeDot ? 2 : 1);
    return {
      type: 'money',
      value: { amount: span.value, currency: 'INR' },
      ...slice(text, tokens, from, span.to),
    };
  }
  const next = tokens[span.to];
  if (!next) return undefined;
  if (CURRENCY_AFTER.has(next.norm) || next.raw === '₹') {
    return {
      type: 'money',
      value: { amount: span.value, currency: 'INR' },
      ...slice(text, tokens, span.from, span.to + 1),
    };
  }
  if (next.raw === '/' && tokens[span.to + 1]?.raw === '-') {
    return {
      type: 'money',
      value: { amount: span.value, currency: 'INR' },
      ...slice(text, tokens, span.from, span.to + 2),
    };
  }
  if (HOUR_WORDS.has(next.norm)) {
    return { type: 'hours', value: span.value, ...slice(text, tokens, span.from, span.to + 1) };
  }
  if (next.norm === TAMIL_HOUR[0] && tokens[span.to + 1]?.norm === TAMIL_HOUR[1]) {
    return { type: 'hours', value: span.value, ...slice(text, tokens, span.from, span.to + 2) };
  }
  const unit = UNITS.get(next.norm);
  if (unit) {
    const [name, times] = unit;
    const value = { amount: span.value * times, unit: name };
    return { type: 'quantity', value, ...slice(text, tokens, span.from, span.to + 1) };
  }
  return undefined;
}

/** True when the word after an ambiguous number word makes it a number ('do din', 'दो बजे'). */
export const COUNTABLE_AFTER = wordSet([
  'din',
  'dino',
  'days',
  'day',
  'hafte',
  'hafta',
  'week',
  'weeks',
  'mahine',
  'mahina',
  'months',
  'month',
  'दिन',
  'हफ्ते',
  'हफ्ता',
  'महीने',
  'महीना',
  'saal',
  'साल',
  'years',
  'baje',
  'बजे',
  'log',
  'लोग',
  'aurat',
  'நாள்',
  'நாட்கள்',
  'দিন',
  'সপ্তাহ',
  'মাস',
  'दिवस',
  'आठवडे',
  'महिने',
]);
