import type { Token } from '../text/tokenize';
import { AMBIGUOUS, MULTIPLIERS, NUMBER_WORDS, SAADE } from './number-words';

/** A run of tokens that spells one number: '1,50,000', 'paanch sau', 'two thousand five hundred'. */
export interface NumberSpan {
  /** First token index. */
  readonly from: number;
  /** One past the last token index. */
  readonly to: number;
  readonly value: number;
  /** One ambiguous word ('do' = two / give): a number only when a unit, currency or time word follows. */
  readonly ambiguous: boolean;
}

const INDIAN_GROUPING = /^\d{1,3}(,\d{2,3})+$/;
const DECIMAL = /^\d+(\.\d+)?$/;

/** The value of a digit token, or undefined for things like '25.12.2025'. */
export function digitValue(raw: string): number | undefined {
  if (INDIAN_GROUPING.test(raw)) return Number(raw.replace(/,/g, ''));
  if (DECIMAL.test(raw)) return Number(raw);
  if (/^\d+,\d$/.test(raw)) return Number(raw.replace(',', '.'));
  return undefined;
}

function readDigits(tokens: readonly Token[], i: number): NumberSpan | undefined {
  const value = digitValue(tokens[i]!.raw);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  let total = value;
  let j = i + 1;
  while (j < tokens.length && MULTIPLIERS.has(tokens[j]!.norm)) {
    total *= MULTIPLIERS.get(tokens[j]!.norm)!;
    j++;
  }
  return { from: i, to: j, value: total, ambiguous: false };
}

function readWords(tokens: readonly Token[], i: number): NumberSpan | undefined {
  let total = 0;
  let current = 0;
  let any = false;
  let lastSmall = false;
  let half = 0;
  let j = i;
  for (; j < tokens.length; j++) {
    const norm = tokens[j]!.norm;
    const small = NUMBER_WORDS.get(norm);
    const mult = MULTIPLIERS.get(norm);
    if (SAADE.has(norm) && j + 1 < tokens.length && NUMBER_WORDS.has(tokens[j + 1]!.norm)) {
      half = 0.5;
      continue;
    }
    if (small !== undefined && (mult === undefined || !any)) {
      // 'twenty five' combines; 'ek do' or 'paanch saat' are two numbers.
      if (lastSmall && !(current % 10 === 0 && current >= 20 && small < 10)) break;
      current += small + half;
      half = 0;
      lastSmall = true;
    } else if (mult !== undefined && (any || norm !== 'k')) {
      if (mult === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * mult;
        current = 0;
      }
      lastSmall = false;
    } else if (norm === 'and' && any && j + 1 < tokens.length && NUMBER_WORDS.has(tokens[j + 1]!.norm)) {
      lastSmall = false;
      continue;
    } else break;
    any = true;
  }
  if (!any) return undefined;
  const ambiguous = j - i === 1 && AMBIGUOUS.has(tokens[i]!.norm);
  return { from: i, to: j, value: total + current, ambiguous };
}

/** Every number in the token list, left to right, non-overlapping. */
export function findNumberSpans(tokens: readonly Token[]): NumberSpan[] {
  const spans: NumberSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const span =
      token.kind === 'digits'
        ? readDigits(tokens, i)
        : token.kind === 'word'
          ? readWords(tokens, i)
          : undefined;
    if (span) {
      spans.push(span);
      i = span.to;
    } else i++;
  }
  return spans;
}
