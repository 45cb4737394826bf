import { describe, expect, it } from 'vitest';
import { similarityFeature } from './features';
import { embeddingCentroid, referenceCentroid } from './portfolio';

const v = (...xs: number[]) => Float32Array.from(xs);

describe('portfolio and reference centroids', () => {
  it('average unit vectors, so a photo counts the same whatever its norm', () => {
    const c = embeddingCentroid([v(10, 0), v(0, 1)])!;
    expect(c[0]).toBeCloseTo(0.5, 6);
    expect(c[1]).toBeCloseTo(0.5, 6);
    expect(embeddingCentroid([])).toBeNull();
    expect(embeddingCentroid([v(0, 0)])).toBeNull();
    // Vectors of another size (another model) are left out.
    expect(Array.from(embeddingCentroid([v(3, 4), v(1, 2, 3)])!)).toEqual([
      expect.closeTo(0.6, 6),
      expect.closeTo(0.8, 6),
    ]);
  });

  it('use the model most reference photos were embedded with', () => {
    const ref = referenceCentroid([
      { embedding: v(1, 0), modelId: 'mobilenet-a' },
      { embedding: v(0, 1, 0), modelId: 'mobilenet-b' },
      { embedding: v(1, 0), modelId: 'mobilenet-a' },
    ])!;
    expect(ref.modelId).toBe('mobilenet-a');
    expect(Array.from(ref.vector)).toEqual([1, 0]);
    expect(referenceCentroid([])).toBeNull();
  });

  it('give a 0–1 similarity: 1 for the same look, lower for a different one, neutral without a portfolio', () => {
    const ref = embeddingCentroid([v(1, 0.1, 0), v(0.9, 0, 0.1)])!;
    const alike = embeddingCentroid([v(2, 0.1, 0.1)])!;
    const unlike = embeddingCentroid([v(0, 1, 1)])!;
    const same = similarityFeature(ref, ref, 0, ref.length);
    expect(same).toBeCloseTo(1, 6);
    expect(similarityFeature(ref, alike, 0, 3)).toBeGreaterThan(similarityFeature(ref, unlike, 0, 3));
    expect(similarityFeature(ref, v(-1, 0, 0), 0, 3)).toBe(0);
    expect(similarityFeature(ref, null, 0, 0)).toBe(0.5);
  });
});
