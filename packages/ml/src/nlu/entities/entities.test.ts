import { describe, expect, it } from 'vitest';
import type { Entity, Lang } from '../types';
import { prepareInput } from '../text/normalize';
import { extractEntities } from './index';
import { buildTaxonomyGazetteers } from './taxonomy';

const gazetteers = buildTaxonomyGazetteers();
/** Wednesday 11 June 2025, 10:00 in India. */
const NOW = new Date('2025-06-11T04:30:00Z');
const LATE_EVENING = new Date('2025-06-11T20:00:00Z'); // already Thursday 12 June 01:30 in India

/** `now: null` = no clock. */
const run = (text: string, lang: Lang = 'hi', now: Date | null = NOW): Entity[] =>
  extractEntities(prepareInput(text), { lang, now: now ?? undefined, gazetteers });
const values = (text: string, type: Entity['type'], lang?: Lang, now?: Date) =>
  run(text, lang, now)
    .filter((e) => e.type === type)
    .map((e) => e.value);

describe('numbers', () => {
  it('reads ASCII, Devanagari, Bengali and Tamil digits', () => {
    expect(values('order 12', 'number')).toEqual([12]);
    expect(values('ऑर्डर १२', 'number')).toEqual([12]);
    expect(values('অর্ডার ১২', 'number')).toEqual([12]);
    expect(values('ஆர்டர் ௧௨', 'number')).toEqual([12]);
    expect(values('1,50,000', 'number')).toEqual([150000]);
    expect(values('2.5', 'number')).toEqual([2.5]);
  });

  it('reads number words in English and Hindi, also romanized', () => {
    expect(values('twenty five', 'number')).toEqual([25]);
    expect(values('two thousand five hundred', 'number')).toEqual([2500]);
    expect(values('paanch sau', 'number')).toEqual([500]);
    expect(values('do hazaar paanch sau', 'number')).toEqual([2500]);
    expect(values('pachas', 'number')).toEqual([50]);
    expect(values('पचास', 'number')).toEqual([50]);
    expect(values('एक हज़ार', 'number')).toEqual([1000]);
    expect(values('dedh sau', 'number')).toEqual([150]);
    expect(values('1.5 lakh', 'number')).toEqual([150000]);
  });

  it('does not read "do" (give) as two unless something is counted', () => {
    expect(values('kaam do', 'number')).toEqual([]);
    expect(values('काम दो', 'number')).toEqual([]);
    expect(run('do din')[0]).toMatchObject({ type: 'number', value: 2 });
  });
});

describe('quantities and money', () => {
  it('reads quantities with their unit', () => {
    expect(values('20 pieces chahiye', 'quantity')).toEqual([{ amount: 20, unit: 'piece' }]);
    expect(values('20 पीस', 'quantity')).toEqual([{ amount: 20, unit: 'piece' }]);
    expect(values('bees saree', 'quantity')).toEqual([{ amount: 20, unit: 'saree' }]);
    expect(values('2 dozen', 'quantity')).toEqual([{ amount: 24, unit: 'piece' }]);
  });

  it('reads money before or after the amount', () => {
    const inr = (amount: number) => [{ amount, currency: 'INR' }];
    expect(values('₹500', 'money')).toEqual(inr(500));
    expect(values('Rs 500', 'money')).toEqual(inr(500));
    expect(values('Rs. 1,500 milega', 'money')).toEqual(inr(1500));
    expect(values('500 rupaye', 'money')).toEqual(inr(500));
    expect(values('५०० रुपये', 'money')).toEqual(inr(500));
    expect(values('paanch sau rupaye', 'money')).toEqual(inr(500));
    expect(values('৫০০ টাকা', 'money')).toEqual(inr(500));
    expect(values('500 ரூபாய்', 'money')).toEqual(inr(500));
    expect(values('500/-', 'money')).toEqual(inr(500));
    expect(run('₹500')[0]).toMatchObject({ text: '₹500', start: 0, end: 4 });
  });
});

describe('hours', () => {
  it('reads hours in each language', () => {
    expect(values('4 ghante', 'hours')).toEqual([4]);
    expect(values('4 hours daily', 'hours')).toEqual([4]);
    expect(values('चार घंटे', 'hours')).toEqual([4]);
    expect(values('dedh ghanta', 'hours')).toEqual([1.5]);
    expect(values('saade teen ghante', 'hours')).toEqual([3.5]);
    expect(values('நாலு மணி நேரம்', 'hours', 'ta')).toEqual([4]);
    expect(values('রোজ ৩ ঘণ্টা', 'hours', 'bn')).toEqual([3]);
    expect(values('रोज चार तास', 'hours', 'mr')).toEqual([4]);
  });
});

describe('dates, resolved against a fixed now in India time', () => {
  it('resolves relative days', () => {
    expect(values('aaj', 'date')).toEqual(['2025-06-11']);
    expect(values('kal free hu', 'date')).toEqual(['2025-06-12']);
    expect(values('parson', 'date')).toEqual(['2025-06-13']);
    expect(values('परसों', 'date')).toEqual(['2025-06-13']);
    expect(values('day after tomorrow', 'date', 'en')).toEqual(['2025-06-13']);
    expect(values('நாளைக்கு வரேன்', 'date', 'ta')).toEqual(['2025-06-12']);
    expect(values('আগামীকাল আসব', 'date', 'bn')).toEqual(['2025-06-12']);
    expect(values('उद्या', 'date', 'mr')).toEqual(['2025-06-12']);
    expect(values('काल', 'date', 'mr')).toEqual(['2025-06-10']);
    expect(values('3 din baad', 'date')).toEqual(['2025-06-14']);
    expect(values('in 3 days', 'date', 'en')).toEqual(['2025-06-14']);
  });

  it('uses the India calendar day, not UTC', () => {
    expect(values('aaj', 'date', 'hi', LATE_EVENING)).toEqual(['2025-06-12']);
  });

  it('resolves weeks and weekdays', () => {
    expect(values('agle hafte', 'date')).toEqual(['2025-06-16']);
    expect(values('next week', 'date', 'en')).toEqual(['2025-06-16']);
    expect(values('next Monday', 'date', 'en')).toEqual(['2025-06-16']);
    expect(values('सोमवार को', 'date')).toEqual(['2025-06-16']);
    expect(values('सोमवारपासून', 'date', 'mr')).toEqual(['2025-06-16']);
    expect(values('wednesday', 'date', 'en')).toEqual(['2025-06-18']);
    expect(values('friday', 'date', 'en')).toEqual(['2025-06-13']);
    expect(values('வெள்ளிக்கிழமை', 'date', 'ta')).toEqual(['2025-06-13']);
    expect(values('শুক্রবার', 'date', 'bn')).toEqual(['2025-06-13']);
  });

  it('resolves calendar dates, rolling a passed date into next year', () => {
    expect(values('25 Dec', 'date', 'en')).toEqual(['2025-12-25']);
    expect(values('Dec 25th', 'date', 'en')).toEqual(['2025-12-25']);
    expect(values('25/12', 'date', 'en')).toEqual(['2025-12-25']);
    expect(values('25-12-2026', 'date', 'en')).toEqual(['2026-12-25']);
    expect(values('25 दिसंबर', 'date')).toEqual(['2025-12-25']);
    expect(values('5 Jan', 'date', 'en')).toEqual(['2026-01-05']);
    expect(values('31/02', 'date', 'en')).toEqual([]);
  });

  it('leaves relative dates alone without a clock', () => {
    expect(run('kal', 'hi', null).filter((e) => e.type === 'date')).toEqual([]);
  });

  it('does not repeat a date number as a bare number', () => {
    expect(run('25 Dec tak 20 pieces', 'en').map((e) => e.type)).toEqual(['date', 'quantity']);
  });
});

describe('crafts, states and districts', () => {
  it('finds crafts by English, Hindi and common spellings', () => {
    expect(values('main chikankari karti hu', 'craft')).toEqual(['chikankari']);
    expect(values('chikan kari ka kaam', 'craft')).toEqual(['chikankari']);
    expect(values('मैं मधुबनी पेंटिंग बनाती हूं', 'craft')).toEqual(['madhubani']);
    expect(values('block printing', 'craft', 'en')).toEqual(['block-printing']);
  });

  it('finds states (code) and districts (name, with id and state)', () => {
    expect(values('Rajasthan', 'state', 'en')).toEqual(['RJ']);
    expect(values('बिहार से हूं', 'state')).toEqual(['BR']);
    expect(values('main UP se hu', 'state')).toEqual(['UP']);
    expect(values('up to you or me', 'state', 'en')).toEqual([]);
    const [district] = run('lucknow se hu').filter((e) => e.type === 'district');
    expect(district).toMatchObject({ value: 'Lucknow', ref: 'up-lucknow', state: 'UP', text: 'lucknow' });
  });

  it('does not take everyday words for places', () => {
    expect(run('mera maal gaya kya').filter((e) => e.type === 'district')).toEqual([]);
    expect(run('naya order hai kya').filter((e) => e.type === 'district')).toEqual([]);
  });
});

describe('bad input', () => {
  it('handles empty, symbol-only and very long text', () => {
    expect(run('')).toEqual([]);
    expect(run('?!... ₹')).toEqual([]);
    const long = 'mujhe 20 pieces chahiye kal tak '.repeat(400);
    const entities = run(long);
    expect(entities.length).toBeGreaterThan(0);
    expect(entities.every((e) => e.end <= 2000)).toBe(true);
  });
});
