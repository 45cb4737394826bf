import { getCraft } from '@shebalance/core/crafts/index';
import { describe, expect, it } from 'vitest';
import { estimateMarketValue, orderRange } from './estimate';
import { rupeeStep } from './multipliers';

const saree = { id: 'test-saree', priceInrPerPiece: { min: 2000, max: 6000 }, unit: 'saree' };

describe('estimateMarketValue', () => {
  it('starts from the taxonomy range at average scores and level 3', () => {
    const v = estimateMarketValue({ craft: saree, complexity: 50, quality: 50, level: 3 });
    expect(v).toMatchObject({ min: 2000, max: 6000, currency: 'INR' });
    expect(v.basis.map((b) => b.key)).toEqual([
      'taxonomy_range',
      'complexity',
      'finish',
      'level',
      'no_orders',
      'rounded',
    ]);
  });

  it('applies the documented multipliers and rounds to rupee steps', () => {
    const v = estimateMarketValue({ craft: saree, complexity: 100, quality: 100, level: 5 });
    // ×1.2 × 1.1 × 1.35 = ×1.782 → 3564–10692 → step 500 (max ≥ 10,000): 3500–11000
    expect(v).toMatchObject({ min: 3500, max: 11000 });
    expect(v.basis.find((b) => b.key === 'rounded')!.values).toEqual({ step: 500, factor: 1.782 });
    const low = estimateMarketValue({ craft: saree, complexity: 0, quality: 0, level: 1 });
    // ×0.8 × 0.9 × 0.75 = ×0.54 → 1080–3240 → step 100
    expect(low).toMatchObject({ min: 1000, max: 3300 });
  });

  it('moves toward completed-order prices with weight n/(n+5)', () => {
    const five = estimateMarketValue({
      craft: saree,
      complexity: 50,
      quality: 50,
      level: 3,
      completedOrderPrices: [9000, 9000, 9000, 9000, 9000],
    });
    // weight 0.5 toward 7650–10350: 4825–8175 → 4800–8200
    expect(five).toMatchObject({ min: 4800, max: 8200 });
    expect(five.basis.find((b) => b.key === 'orders')!.values).toEqual({
      count: 5,
      median: 9000,
      weightPct: 50,
    });
    const many = estimateMarketValue({
      craft: saree,
      complexity: 50,
      quality: 50,
      level: 3,
      completedOrderPrices: Array.from({ length: 95 }, () => 9000),
    });
    // weight 0.95: 7367.5–10132.5 → step 500 → 7000–10500
    expect(many).toMatchObject({ min: 7000, max: 10500 });
    const ignored = estimateMarketValue({
      craft: saree,
      complexity: 50,
      quality: 50,
      level: 3,
      completedOrderPrices: [0, -5, Number.NaN],
    });
    expect(ignored).toMatchObject({ min: 2000, max: 6000 });
  });

  it('prices real taxonomy crafts', () => {
    const craft = getCraft('chikankari');
    expect(craft).toBeDefined();
    const v = estimateMarketValue({ craft: craft!, complexity: 70, quality: 80, level: 4 });
    expect(v.min).toBeGreaterThan(craft!.priceInrPerPiece.min);
    expect(v.max).toBeGreaterThan(v.min);
    expect(v.min % rupeeStep(v.max)).toBe(0);
    expect(() =>
      estimateMarketValue({
        craft: { id: 'x', priceInrPerPiece: { min: 0, max: 0 } },
        complexity: 1,
        quality: 1,
        level: 1,
      }),
    ).toThrow(RangeError);
  });

  it('uses the interquartile range of four or more orders when wider', () => {
    expect(orderRange([100, 200, 300, 400, 500])).toEqual({ low: 200, high: 400, median: 300 });
    expect(orderRange([1000])).toEqual({ low: 850, high: 1150, median: 1000 });
  });
});
