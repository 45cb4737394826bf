import type { Entity, Lang } from '../types';
import type { Token } from '../text/tokenize';
import { normalizeForMatch } from '../text/normalize';
import { lexicon } from '../text/tokenize';
import {
  AFTER_WORDS,
  DAY_UNITS,
  DAYS_LATER,
  IN_WORDS,
  MONTHS,
  NEXT_MONTH,
  NEXT_WEEK,
  ORDINAL_SUFFIX,
  RELATIVE_DAYS,
  WEEK_UNITS,
  WEEKDAY_PREFIX,
  WEEKDAY_STEMS,
  WEEKDAYS,
} from './date-words';
import type { NumberSpan } from './numbers';

/**
 * Dates and relative days, resolved against a caller-supplied `now` in India time (UTC+05:30, no DST).
 * Pure: the clock is an argument. A date without a year that has already passed this year means next year.
 */

export type DateEntity = Extract<Entity, { type: 'date' }>;

const IST_OFFSET_MS = 330 * 60 * 1000;
const DAY_MS = 86_400_000;

/** Days since the epoch of the India calendar day that contains `now`. */
export function indiaDay(now: Date): number {
  return Math.floor((now.getTime() + IST_OFFSET_MS) / DAY_MS);
}
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
const weekdayOf = (day: number): number => new Date(day * DAY_MS).getUTCDay();

/** A valid calendar date as an epoch day, or undefined ('31/02'). */
function civilDay(year: number, month: number, date: number): number | undefined {
  if (month < 1 || month > 12 || date < 1 || date > 31) return undefined;
  const t = Date.UTC(year, month - 1, date);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== date) return undefined;
  return t / DAY_MS;
}

/** Resolves day + month (+ optional year) with the roll-forward rule. */
function dayMonth(today: number, date: number, month: number, year?: number): number | undefined {
  if (year !== undefined) return civilDay(year < 100 ? 2000 + year : year, month, date);
  const thisYear = new Date(today * DAY_MS).getUTCFullYear();
  const candidate = civilDay(thisYear, month, date);
  if (candidate !== undefined && candidate >= today) return candidate;
  return civilDay(thisYear + 1, month, date);
}

type Phrase = { readonly words: readonly string[]; readonly resolve: (today: number, lang: Lang) => number };

const phrase = (text: string, resolve: Phrase['resolve']): Phrase => ({
  words: normalizeForMatch(text)
    .split(' ')
    .map((w) => [...lexicon({ [w]: 0 }).keys()][0]!),
  resolve,
});

const nextMonday = (today: number): number => today + ((1 - weekdayOf(today) + 7) % 7 || 7);
const firstOfNextMonth = (today: number): number => {
  const d = new Date(today * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS;
};

/** All fixed phrases, longest first so 'day after tomorrow' beats 'tomorrow'. */
const PHRASES: readonly Phrase[] = [
  ...RELATIVE_DAYS.map(([text, offset]) =>
    phrase(text, (today, lang) => {
      // Marathi 'काल' is yesterday; Hindi 'कल' (and romanized 'kal') defaults to tomorrow.
      return today + (text === 'काल' && lang !== 'mr' ? 1 : offset);
    }),
  ),
  ...NEXT_WEEK.map((text) => phrase(text, nextMonday)),
  ...NEXT_MONTH.map((text) => phrase(text, firstOfNextMonth)),
].sort((a, b) => b.words.length - a.words.length);

/** Phrases by first word, each list longest first. */
const PHRASES_BY_FIRST = new Map<string, Phrase[]>();
for (const p of PHRASES) {
  const list = PHRASES_BY_FIRST.get(p.words[0]!) ?? [];
  list.push(p);
  PHRASES_BY_FIRST.set(p.words[0]!, list);
}

function matchPhrase(tokens: readonly Token[], i: number): Phrase | undefined {
  return PHRASES_BY_FIRST.get(tokens[i]!.norm)?.find((p) =>
    p.words.every((w, k) => tokens[i + k]?.norm === w),
  );
}

function weekdayAt(token: Token | undefined): number | undefined {
  if (!token || token.kind !== 'word') return undefined;
  const exact = WEEKDAYS.get(token.norm);
  if (exact !== undefined || token.norm.charCodeAt(0) < 0x0900) return exact;
  return WEEKDAY_STEMS.find(([stem]) => token.norm.startsWith(stem))?.[1];
}

export interface DateContext {
  readonly now: Date;
  readonly lang: Lang;
}

interface Found {
  readonly from: number;
  readonly to: number;
  readonly day: number;
}

/** Explicit dates: '25/12', '25-12-2025', '2025-12-25', '25.12.2025', '25 Dec', 'Dec 25th', '25 दिसंबर'. */
function explicitDate(tokens: readonly Token[], i: number, today: number): Found | undefined {
  const t = tokens[i]!;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4})$/.exec(t.raw);
  if (dotted) {
    const day = dayMonth(today, Number(dotted[1]), Number(dotted[2]), Number(dotted[3]));
    return day === undefined ? undefined : { from: i, to: i + 1, day };
  }
  if (t.kind === 'digits' && /^\d{1,4}$/.test(t.raw)) {
    const sep = tokens[i + 1]?.raw;
    const b = tokens[i + 2];
    if (
      (sep === '/' || sep === '-') &&
      b?.kind === 'digits' &&
      /^\d{1,2}$/.test(b.raw) &&
      b.start === tokens[i + 1]!.end
    ) {
      const c = tokens[i + 4];
      const hasYear = tokens[i + 3]?.raw === sep && c?.kind === 'digits' && /^\d{2,4}$/.test(c.raw);
      if (t.raw.length === 4 && hasYear) {
        const day = civilDay(Number(t.raw), Number(b.raw), Number(c!.raw));
        return day === undefined ? undefined : { from: i, to: i + 5, day };
      }
      const day = dayMonth(today, Number(t.raw), Number(b.raw), hasYear ? Number(c!.raw) : undefined);
      return day === undefined ? undefined : { from: i, to: hasYear ? i + 5 : i + 3, day };
    }
    if (t.raw.length <= 2) {
      let j = i + 1;
      if (ORDINAL_SUFFIX.has(tokens[j]?.norm ?? '')) j++;
      const month = MONTHS.get(tokens[j]?.norm ?? '');
      if (month !== undefined) return withYear(tokens, i, j + 1, today, Number(t.raw), month);
    }
  }
  const month = t.kind === 'word' ? MONTHS.get(t.norm) : undefined;
  const dayToken = tokens[i + 1];
  if (month !== undefined && dayToken?.kind === 'digits' && /^\d{1,2}$/.test(dayToken.raw)) {
    const end = ORDINAL_SUFFIX.has(tokens[i + 2]?.norm ?? '') ? i + 3 : i + 2;
    return withYear(tokens, i, end, today, Number(dayToken.raw), month);
  }
  return undefined;
}

function withYear(
  tokens: readonly Token[],
  from: number,
  to: number,
  today: number,
  date: number,
  month: number,
) {
  const y = tokens[to];
  const hasYear = y?.kind === 'digits' && /^\d{4}$/.test(y.raw);
  const day = dayMonth(today, date, month, hasYear ? Number(y.raw) : undefined);
  return day === undefined ? undefined : { from, to: hasYear ? to + 1 : to, day };
}

/** 'N din baad', 'in N days', 'N हफ्ते बाद', 'दोन दिवसांनी'. */
function relativeCount(tokens: readonly Token[], span: NumberSpan, today: number): Found | undefined {
  const unit = tokens[span.to];
  if (!unit || !Number.isInteger(span.value) || span.value > 366) return undefined;
  if (DAYS_LATER.has(unit.norm)) return { from: span.from, to: span.to + 1, day: today + span.value };
  const perUnit = DAY_UNITS.has(unit.norm) ? 1 : WEEK_UNITS.has(unit.norm) ? 7 : 0;
  if (perUnit === 0) return undefined;
  const offset = span.value * perUnit;
  if (AFTER_WORDS.has(tokens[span.to + 1]?.norm ?? ''))
    return { from: span.from, to: span.to + 2, day: today + offset };
  if (IN_WORDS.has(tokens[span.from - 1]?.norm ?? ''))
    return { from: span.from - 1, to: span.to + 1, day: today + offset };
  return undefined;
}

/**
 * Finds dates in `tokens`. Returns the entities and marks the tokens they use in `used`.
 * Bare numbers ('3 din') are not dates; 'agle hafte' is the Monday of next week.
 */
export function findDates(
  text: string,
  tokens: readonly Token[],
  spans: readonly NumberSpan[],
  context: DateContext,
  used: boolean[],
): DateEntity[] {
  const today = indiaDay(context.now);
  const found: Found[] = [];
  const spanAt = new Map(spans.map((s) => [s.from, s]));
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const span = spanAt.get(i);
    let hit = explicitDate(tokens, i, today) ?? (span ? relativeCount(tokens, span, today) : undefined);
    if (!hit) {
      const p = matchPhrase(tokens, i);
      if (p) hit = { from: i, to: i + p.words.length, day: p.resolve(today, context.lang) };
    }
    if (!hit) {
      const prefixed = WEEKDAY_PREFIX.has(tokens[i]!.norm) && weekdayAt(tokens[i + 1]) !== undefined;
      const weekday = prefixed ? weekdayAt(tokens[i + 1]) : weekdayAt(tokens[i]);
      if (weekday !== undefined) {
        const ahead = (weekday - weekdayOf(today) + 7) % 7 || 7;
        hit = { from: i, to: prefixed ? i + 2 : i + 1, day: today + ahead };
      }
    }
    if (!hit) continue;
    found.push(hit);
    for (let k = hit.from; k < hit.to; k++) used[k] = true;
    i = hit.to - 1;
  }
  return found.map(({ from, to, day }) => ({
    type: 'date',
    value: isoOfDay(day),
    text: text.slice(tokens[from]!.start, tokens[to - 1]!.end),
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
  }));
}
