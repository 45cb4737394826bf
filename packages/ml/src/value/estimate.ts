import type { SkillLevel } from '../scoring/levels';
import {
  linearMultiplier,
  ORDER_PRIOR_STRENGTH,
  ORDER_SPREAD,
  round3,
  rupeeStep,
  VALUE_MULTIPLIERS,
} from './multipliers';

/** What the estimate needs from a craft (the taxonomy's `Craft` fits). */
export interface CraftPricing {
  id: string;
  priceInrPerPiece: { min: number; max: number };
  /** What one piece is ('kurta', 'saree', …), shown in the explanation when given. */
  unit?: string;
}

export interface ValueInput {
  craft: CraftPricing;
  complexity: number;
  quality: number;
  level: SkillLevel;
  /** ₹ per piece of completed orders on the platform for this craft (non-positive values are ignored). */
  completedOrderPrices?: readonly number[];
}

export type ValueBasisKey =
  'taxonomy_range' | 'complexity' | 'finish' | 'level' | 'orders' | 'no_orders' | 'rounded';

/** One step of the explanation: a message key and the numbers it needs. */
export interface ValueBasisItem {
  key: ValueBasisKey;
  values: Record<string, number | string>;
}

export interface MarketValue {
  min: number;
  max: number;
  currency: 'INR';
  basis: ValueBasisItem[];
}

/** A price range per piece that explains itself; see `multipliers.ts` for the numbers. */
export function estimateMarketValue(input: ValueInput): MarketValue {
  const { craft } = input;
  const base = craft.priceInrPerPiece;
  if (!(base.min > 0 && base.max >= base.min))
    throw new RangeError(`craft ${craft.id} has no usable price range`);
  const basis: ValueBasisItem[] = [
    {
      key: 'taxonomy_range',
      values: { craft: craft.id, min: base.min, max: base.max, ...(craft.unit ? { unit: craft.unit } : {}) },
    },
  ];
  const mComplexity = linearMultiplier(input.complexity, VALUE_MULTIPLIERS.complexity);
  const mFinish = linearMultiplier(input.quality, VALUE_MULTIPLIERS.finish);
  const mLevel = VALUE_MULTIPLIERS.level[input.level];
  basis.push(
    { key: 'complexity', values: { score: Math.round(input.complexity), multiplier: mComplexity } },
    { key: 'finish', values: { score: Math.round(input.quality), multiplier: mFinish } },
    { key: 'level', values: { level: input.level, multiplier: mLevel } },
  );
  const factor = mComplexity * mFinish * mLevel;
  let min = base.min * factor;
  let max = base.max * factor;

  const prices = (input.completedOrderPrices ?? []).filter((p) => Number.isFinite(p) && p > 0);
  if (prices.length > 0) {
    const range = orderRange(prices);
    const weight = prices.length / (prices.length + ORDER_PRIOR_STRENGTH);
    min = (1 - weight) * min + weight * range.low;
    max = (1 - weight) * max + weight * range.high;
    basis.push({
      key: 'orders',
      values: { count: prices.length, median: Math.round(range.median), weightPct: Math.round(weight * 100) },
    });
  } else {
    basis.push({ key: 'no_orders', values: {} });
  }

  const step = rupeeStep(max);
  const roundedMin = Math.max(step, Math.floor(min / step) * step);
  const roundedMax = Math.max(roundedMin + step, Math.ceil(max / step) * step);
  basis.push({ key: 'rounded', values: { step, factor: round3(factor) } });
  return { min: roundedMin, max: roundedMax, currency: 'INR', basis };
}

function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** Median ± ORDER_SPREAD, widened to the interquartile range when there are ≥ 4 orders. */
export function orderRange(prices: readonly number[]): { low: number; high: number; median: number } {
  const sorted = [...prices].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  let low = median * (1 - ORDER_SPREAD);
  let high = median * (1 + ORDER_SPREAD);
  if (sorted.length >= 4) {
    low = Math.min(low, quantile(sorted, 0.25));
    high = Math.max(high, quantile(sorted, 0.75));
  }
  return { low, high, median };
}
