import { describe, expect, it } from 'vitest';
import {
  craftThresholds,
  DEFAULT_SCALE,
  fitScale,
  inGalleryFactor,
  K_SIGMA,
  softmax,
  SPREAD_FLOOR,
} from './calibration';
import { buildGalleryIndex, UNKNOWN_CRAFT } from './gallery';
import { compareDeclared, recognize } from './recognize';
import { deserializeGalleryIndex } from './serialize';
import { seededRandom } from './synthetic';
import { dot, l2Normalize } from './vector';

/** Unit vectors scattered around a few well-separated directions in 16-d. */
function clusters(perCraft: number, noise: number, seed = 1) {
  const rand = seededRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  const centres = ['a', 'b', 'c'].map((craftId, i) => {
    const v = new Float32Array(16);
    v[i * 4] = 1;
    v[i * 4 + 1] = 0.5;
    return { craftId, v: l2Normalize(v) };
  });
  return centres.flatMap(({ craftId, v }) =>
    Array.from({ length: perCraft }, () => ({
      craftId,
      embedding: l2Normalize(v.map((x) => x + noise * gauss())),
    })),
  );
}

describe('calibration', () => {
  it('softmax is a distribution and sharpens with the scale', () => {
    const soft = softmax([0.9, 0.8, 0.1], 5);
    const sharp = softmax([0.9, 0.8, 0.1], 50);
    expect(soft.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(sharp[0]!).toBeGreaterThan(soft[0]!);
    expect(softmax([0.5, NaN], 10)[1]).toBe(0);
  });

  it('fits a larger scale when the crafts are better separated, and stays finite when they are perfectly separated', () => {
    const samples = (gap: number) =>
      Array.from({ length: 20 }, (_, i) => {
        const label = i % 2;
        const scores = new Float64Array(2);
        scores[label] = 0.8;
        scores[1 - label] = 0.8 - gap;
        return { label, scores };
      });
    const wide = fitScale(samples(0.3), 2);
    const narrow = fitScale(samples(0.05), 2);
    expect(narrow).toBeGreaterThan(wide);
    expect(Number.isFinite(narrow)).toBe(true);
    // Platt targets: confidence on the LOO samples ≈ 1 − 1/(N + 2).
    expect(softmax([0.8, 0.5], wide)[0]).toBeCloseTo(1 - 1 / 22, 2);
    expect(fitScale([], 3)).toBe(DEFAULT_SCALE);
    expect(fitScale(samples(0.3), 1)).toBe(DEFAULT_SCALE);
  });

  it('derives each craft threshold from its own spread, pooling it for crafts with few references', () => {
    const sample = (label: number, own: number) => {
      const scores = new Float64Array(2);
      scores[label] = own;
      return { label, scores };
    };
    const samples = [0.9, 0.92, 0.88, 0.91, 0.89].map((s) => sample(0, s)).concat([sample(1, 0.7)]);
    const t = craftThresholds(samples, ['wide', 'lonely']);
    const mean = 0.9;
    const std = Math.sqrt((0 + 0.02 ** 2 + 0.02 ** 2 + 0.01 ** 2 + 0.01 ** 2) / 4);
    expect(t.wide!.mean).toBeCloseTo(mean, 10);
    expect(t.wide!.spread).toBeCloseTo(Math.max(std, SPREAD_FLOOR), 10);
    expect(t.wide!.threshold).toBeCloseTo(mean - K_SIGMA * t.wide!.spread, 10);
    // One LOO score: its own mean, the pooled spread.
    expect(t.lonely).toMatchObject({ mean: 0.7, samples: 1, spread: t.wide!.spread });
    expect(inGalleryFactor(t.wide!.threshold, t.wide!)).toBeCloseTo(0.5, 10);
    expect(inGalleryFactor(t.wide!.mean, t.wide!)).toBeGreaterThan(0.99);
  });
});

describe('gallery index', () => {
  it('computes leave-one-out centroid scores exactly', () => {
    const refs = clusters(4, 0.2);
    const index = buildGalleryIndex(refs);
    // Brute force: each reference of craft "a" against the centroid of the other three.
    const own = refs.filter((r) => r.craftId === 'a');
    const looScores = own.map((r, i) => {
      const others = own.filter((_, j) => j !== i);
      const sum = others.reduce((acc, o) => acc.map((x, d) => x + o.embedding[d]!), new Float32Array(16));
      return dot(r.embedding, l2Normalize(sum));
    });
    const mean = looScores.reduce((a, b) => a + b, 0) / looScores.length;
    const t = index.calibration.centroid.thresholds.a!;
    expect(t.samples).toBe(4);
    expect(t.mean).toBeCloseTo(mean, 5);
    expect(index.calibration.centroid.looAccuracy).toBe(1);
  });

  it('recognises held-out members of synthetic clusters and rejects an orthogonal vector', () => {
    const refs = clusters(8, 0.15, 2);
    const index = buildGalleryIndex(refs, { k: 3 });
    const held = clusters(5, 0.15, 99);
    for (const method of ['centroid', 'knn'] as const) {
      const correct = held.filter(
        (q) => recognize(index, q.embedding, { method }).craftId === q.craftId,
      ).length;
      expect(correct).toBe(held.length);
      const far = new Float32Array(16);
      far[15] = 1;
      expect(recognize(index, far, { method }).craftId).toBe(UNKNOWN_CRAFT);
    }
  });

  it('works with a single craft and with single references', () => {
    const one = buildGalleryIndex(clusters(3, 0.1).filter((r) => r.craftId === 'b'));
    const r = recognize(one, clusters(1, 0.1, 7)[1]!.embedding);
    expect(r.craftId).toBe('b');
    const singletons = buildGalleryIndex(clusters(1, 0.05));
    expect(singletons.calibration.centroid.looSamples).toBe(0);
    expect(Number.isNaN(singletons.calibration.centroid.looAccuracy)).toBe(true);
    expect(recognize(singletons, clusters(1, 0.05, 5)[2]!.embedding).craftId).toBe('c');
  });

  it('rejects bad references and bad serialised indexes', () => {
    expect(() => buildGalleryIndex([])).toThrow(RangeError);
    expect(() => buildGalleryIndex([{ craftId: UNKNOWN_CRAFT, embedding: [1, 0] }])).toThrow(RangeError);
    expect(() =>
      buildGalleryIndex([
        { craftId: 'a', embedding: [1, 0] },
        { craftId: 'b', embedding: [1, 0, 0] },
      ]),
    ).toThrow(/dimensions/);
    expect(() => buildGalleryIndex([{ craftId: 'a', embedding: [NaN, 1] }])).toThrow(/non-finite/);
    expect(() => deserializeGalleryIndex({ format: 'something-else' })).toThrow(TypeError);
    const index = buildGalleryIndex(clusters(2, 0.1));
    expect(() => recognize(index, [1, 0, 0])).toThrow(/dimensions/);
  });
});

describe('compareDeclared', () => {
  it('only calls a mismatch when recognition is confident', () => {
    expect(compareDeclared('kantha', { craftId: 'kantha', confidence: 0.2 })).toBe('match');
    expect(compareDeclared('kantha', { craftId: 'phulkari', confidence: 0.8 })).toBe('mismatch');
    expect(compareDeclared('kantha', { craftId: 'phulkari', confidence: 0.3 })).toBe('unknown');
    expect(compareDeclared('kantha', { craftId: 'phulkari', confidence: 0.3 }, { minConfidence: 0.25 })).toBe(
      'mismatch',
    );
    expect(compareDeclared('kantha', { craftId: UNKNOWN_CRAFT, confidence: 0.9 })).toBe('unknown');
    expect(compareDeclared(null, { craftId: 'kantha', confidence: 0.9 })).toBe('unknown');
    expect(
      compareDeclared('kantha', { craftId: 'phulkari', confidence: 0.9 }, { knownCrafts: ['phulkari'] }),
    ).toBe('unknown');
  });
});
