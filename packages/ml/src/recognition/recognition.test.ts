import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedFromImage, LOCAL_MODEL_ID } from '../model/index';
import {
  buildGalleryIndex,
  compareDeclared,
  deserializeGalleryIndex,
  galleryCrafts,
  recognize,
  recognizeMany,
  serializeGalleryIndex,
  UNKNOWN_CRAFT,
  type GalleryIndex,
  type GalleryRef,
} from './index';
import { flatGreyPhoto, noisePhoto, SYNTHETIC_CRAFTS, syntheticCraftPhoto } from './synthetic';

/** A query photo as a phone might take it: colour and brightness shifted, JPEG-compressed, grainy. */
async function queryPhoto(craft: (typeof SYNTHETIC_CRAFTS)[number], seed: number): Promise<Buffer> {
  const drawn = await syntheticCraftPhoto(craft, seed, { width: 320, height: 240, grain: 12 });
  return sharp(drawn)
    .modulate({
      brightness: 0.85 + (seed % 3) * 0.1,
      hue: (seed % 5) * 4 - 8,
      saturation: 0.9 + (seed % 2) * 0.2,
    })
    .jpeg({ quality: 80 })
    .toBuffer();
}

describe('few-shot craft recognition on real embeddings of generated photos', () => {
  let index: GalleryIndex;
  const queries: GalleryRef[] = [];
  let grey: Float32Array;
  let noise: Float32Array;

  beforeAll(async () => {
    // Reference photos vary in framing and grain, as an admin's imported folder would.
    const sizes = [
      [256, 256],
      [320, 240],
      [240, 320],
      [300, 300],
      [360, 240],
    ] as const;
    const refs: GalleryRef[] = [];
    for (const craft of SYNTHETIC_CRAFTS) {
      for (const [seed, [width, height]] of sizes.entries()) {
        const photo = await syntheticCraftPhoto(craft, seed, { width, height, grain: seed % 2 ? 10 : 0 });
        refs.push({ craftId: craft, embedding: await embedFromImage(photo) });
      }
      for (let seed = 100; seed < 104; seed++) {
        queries.push({ craftId: craft, embedding: await embedFromImage(await queryPhoto(craft, seed)) });
      }
    }
    index = buildGalleryIndex(refs, { modelId: LOCAL_MODEL_ID });
    grey = await embedFromImage(await flatGreyPhoto(320, 240, 110));
    noise = await embedFromImage(await noisePhoto(320, 240));
  });

  it('learns its calibration from the gallery itself', () => {
    expect(galleryCrafts(index)).toEqual([...SYNTHETIC_CRAFTS].sort());
    for (const method of ['centroid', 'knn'] as const) {
      const c = index.calibration[method];
      expect(c.looSamples).toBe(15);
      expect(c.looAccuracy).toBe(1);
      expect(c.scale).toBeGreaterThan(1);
      for (const craft of SYNTHETIC_CRAFTS) {
        const t = c.thresholds[craft]!;
        expect(t.samples).toBe(5);
        expect(t.threshold).toBeLessThan(t.mean);
        expect(t.threshold).toBeGreaterThan(0.5);
      }
    }
  });

  for (const method of ['centroid', 'knn'] as const) {
    it(`recognises jittered, recoloured, compressed photos of each craft (${method})`, () => {
      const results = queries.map((q) => ({ q, r: recognize(index, q.embedding, { method }) }));
      const correct = results.filter(({ q, r }) => r.craftId === q.craftId);
      expect(correct.length / results.length).toBeGreaterThanOrEqual(11 / 12);
      const meanConfidence = correct.reduce((s, { r }) => s + r.confidence, 0) / correct.length;
      expect(meanConfidence).toBeGreaterThan(0.7);
      for (const { r } of results) {
        expect(r.method).toBe(method);
        expect(r.alternatives.map((a) => a.craftId)).not.toContain(r.craftId);
        const total = r.confidence + r.alternatives.reduce((s, a) => s + a.confidence, 0);
        expect(total).toBeLessThanOrEqual(1 + 1e-9);
      }
    });

    it(`answers 'unknown' for a flat grey photo and for noise (${method})`, () => {
      for (const e of [grey, noise]) {
        const r = recognize(index, e, { method });
        expect(r.craftId).toBe(UNKNOWN_CRAFT);
        expect(r.similarity).toBeLessThan(r.threshold);
        expect(r.nearestCraftId).not.toBeNull();
        expect(r.confidence).toBeGreaterThan(0.5);
        for (const a of r.alternatives) expect(a.confidence).toBeLessThan(0.2);
      }
    });
  }

  it('combines the photos of one assessment by mean embedding or by vote', () => {
    const checks = queries.filter((q) => q.craftId === 'woven-checks').map((q) => q.embedding);
    const byMean = recognizeMany(index, checks);
    const byVote = recognizeMany(index, checks, { combine: 'vote' });
    expect(byMean.craftId).toBe('woven-checks');
    expect(byVote.craftId).toBe('woven-checks');
    // One stray photo (grey) among three good ones does not change the vote.
    expect(recognizeMany(index, [...checks.slice(0, 3), grey], { combine: 'vote' }).craftId).toBe(
      'woven-checks',
    );
    // Mostly off-gallery photos make the assessment unknown.
    expect(recognizeMany(index, [grey, noise, checks[0]!], { combine: 'vote' }).craftId).toBe(UNKNOWN_CRAFT);
  });

  it('compares her declared craft with the recognised one', () => {
    const rings = recognize(index, queries.find((q) => q.craftId === 'pottery-rings')!.embedding);
    expect(compareDeclared('pottery-rings', rings)).toBe('match');
    expect(compareDeclared('woven-checks', rings)).toBe('mismatch');
    expect(compareDeclared('madhubani', rings, { knownCrafts: galleryCrafts(index) })).toBe('unknown');
    expect(compareDeclared(undefined, rings)).toBe('unknown');
    expect(compareDeclared('pottery-rings', recognize(index, grey))).toBe('unknown');
  });

  it('survives a JSON round trip with identical answers', () => {
    const json = JSON.parse(JSON.stringify(serializeGalleryIndex(index)));
    const restored = deserializeGalleryIndex(json);
    expect(restored.modelId).toBe(LOCAL_MODEL_ID);
    expect(restored.refs).toHaveLength(index.refs.length);
    for (const q of [...queries.slice(0, 4), { craftId: UNKNOWN_CRAFT, embedding: noise }]) {
      for (const method of ['centroid', 'knn'] as const) {
        expect(recognize(restored, q.embedding, { method })).toEqual(
          recognize(index, q.embedding, { method }),
        );
      }
    }
  });
});
