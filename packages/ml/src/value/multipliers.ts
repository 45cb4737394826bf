import type { SkillLevel } from '../scoring/levels';

/**
 * How the taxonomy's "average piece" price range moves with the assessment (documented data):
 * - complexity 0–100 → ×0.80 … ×1.20 (linear; 50 = ×1.00)
 * - finish (quality) 0–100 → ×0.90 … ×1.10 (linear; 50 = ×1.00)
 * - level 1–5 → ×0.75, ×0.90, ×1.00, ×1.15, ×1.35
 * Completed orders then pull the range toward what buyers actually paid: with n prices the
 * weight is n / (n + `ORDER_PRIOR_STRENGTH`) toward their range (median ± 15 %, or the
 * interquartile range when it is wider and there are at least 4 orders).
 */
export const VALUE_MULTIPLIERS = {
  complexity: { atZero: 0.8, atHundred: 1.2 },
  finish: { atZero: 0.9, atHundred: 1.1 },
  level: { 1: 0.75, 2: 0.9, 3: 1.0, 4: 1.15, 5: 1.35 } as Readonly<Record<SkillLevel, number>>,
} as const;

export const ORDER_PRIOR_STRENGTH = 5;
export const ORDER_SPREAD = 0.15;

export function linearMultiplier(score: number, range: { atZero: number; atHundred: number }): number {
  const s = Math.min(100, Math.max(0, score)) / 100;
  return round3(range.atZero + (range.atHundred - range.atZero) * s);
}

/** Rupee step by size: under ₹500 → 10, under ₹2,000 → 50, under ₹10,000 → 100, under ₹50,000 → 500, else 1,000. */
export function rupeeStep(amount: number): number {
  if (amount < 500) return 10;
  if (amount < 2000) return 50;
  if (amount < 10_000) return 100;
  if (amount < 50_000) return 500;
  return 1000;
}

export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
