import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticCraftPhoto } from '../recognition/synthetic';
import {
  analyzeImage,
  classifySafety,
  createLocalVisionModel,
  decodeForModel,
  embed,
  embedFromImage,
  INPUT_SIZE,
  isExplicit,
  l2Norm,
  loadMobileNet,
  LOCAL_MODEL_ID,
  SAFETY_CLASSES,
} from './index';

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);

describe('local MobileNetV2 vision model (nsfwjs graph, tfjs)', () => {
  let photo: Buffer;
  beforeAll(async () => {
    photo = await syntheticCraftPhoto('pottery-rings', 1, { width: 320, height: 240, format: 'jpeg' });
  });

  it('loads once per process and reports the backend and the feature width read from the graph', async () => {
    const handlers = () => [
      ...process.listeners('uncaughtException'),
      ...process.listeners('unhandledRejection'),
    ];
    const before = handlers();
    const first = loadMobileNet();
    const second = loadMobileNet();
    expect(second).toBe(first);
    const loaded = await first;
    expect(loaded.embeddingDim).toBe(1792);
    expect(['wasm', 'cpu']).toContain(loaded.backend.name);
    expect(await loadMobileNet()).toBe(loaded);
    // The WASM runtime's process-wide rethrowing handlers were removed again.
    expect(handlers()).toEqual(before);
  });

  it('returns a deterministic, L2-normalised 1792-d embedding', async () => {
    const a = await embedFromImage(photo);
    const b = await embedFromImage(photo);
    expect(a).toBeInstanceOf(Float32Array);
    expect(a.length).toBe(1792);
    expect(l2Norm(a)).toBeCloseTo(1, 5);
    expect(Array.from(b)).toEqual(Array.from(a));
    // Pooled ReLU6 features: non-negative, and not all the same.
    expect(Math.min(...a)).toBeGreaterThanOrEqual(0);
    expect(new Set(a).size).toBeGreaterThan(100);
  });

  it('embeds decoded RGB pixels like the encoded photo they came from', async () => {
    const { data, info } = await sharp(photo).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const fromPixels = await embed({ data, width: info.width, height: info.height });
    const fromPhoto = await embedFromImage(photo);
    expect(cosine(fromPixels, fromPhoto)).toBeGreaterThan(0.99);
    const rgba = await sharp(photo).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const fromRgba = await embed({
      data: rgba.data,
      width: rgba.info.width,
      height: rgba.info.height,
      channels: 4,
    });
    expect(cosine(fromRgba, fromPixels)).toBeGreaterThan(0.999);
  });

  it('tells different images apart', async () => {
    const checks = await embedFromImage(await syntheticCraftPhoto('woven-checks', 1));
    const rings = await embedFromImage(await syntheticCraftPhoto('pottery-rings', 2));
    const rings2 = await embedFromImage(await syntheticCraftPhoto('pottery-rings', 3));
    expect(cosine(rings, rings2)).toBeGreaterThan(cosine(rings, checks) + 0.1);
  });

  it('applies EXIF orientation before shrinking to the model input', async () => {
    // Red left half, blue right half, a yellow band at the top: every rotation looks different.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">
      <rect width="150" height="200" fill="#c00"/><rect x="150" width="150" height="200" fill="#00c"/>
      <rect width="300" height="40" fill="#ee0"/></svg>`;
    const upright = await sharp(Buffer.from(svg)).jpeg({ quality: 95 }).toBuffer();
    // The same scene stored sideways with orientation 6 (display rotated 90° clockwise).
    const sideways = await sharp(upright)
      .rotate(-90)
      .jpeg({ quality: 95 })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(sideways).metadata()).orientation).toBe(6);
    const meanDiff = (a: Uint8Array, b: Uint8Array) =>
      a.reduce((s, v, i) => s + Math.abs(v - (b[i] ?? 0)), 0) / a.length;
    const a = await decodeForModel(upright);
    const b = await decodeForModel(sideways);
    const ignoringExif = await sharp(sideways)
      .resize(INPUT_SIZE, INPUT_SIZE, { fit: 'fill' })
      .removeAlpha()
      .raw()
      .toBuffer();
    expect(a.data.length).toBe(INPUT_SIZE * INPUT_SIZE * 3);
    expect(meanDiff(a.data, b.data)).toBeLessThan(4);
    expect(meanDiff(a.data, ignoringExif)).toBeGreaterThan(40);
  });

  it('screens a neutral generated photo as safe, from the same pass as the embedding', async () => {
    const analysis = await analyzeImage(photo);
    expect(analysis.modelId).toBe(LOCAL_MODEL_ID);
    expect(Object.keys(analysis.safety)).toEqual([...SAFETY_CLASSES]);
    const total = SAFETY_CLASSES.reduce((s, c) => s + analysis.safety[c], 0);
    expect(total).toBeCloseTo(1, 4);
    expect(analysis.safety.Neutral + analysis.safety.Drawing).toBeGreaterThan(0.9);
    expect(isExplicit(analysis.safety)).toBe(false);
    expect(await classifySafety(photo)).toEqual(analysis.safety);
  });

  it('implements the VisionModel port', async () => {
    const model = await createLocalVisionModel();
    expect(model.embeddingDim).toBe(1792);
    const result = await model.analyze(photo);
    expect(result.embedding.length).toBe(model.embeddingDim);
    expect(result.modelId).toBe(model.modelId);
  });

  it('rejects pixels whose size does not match their buffer, and undecodable bytes', async () => {
    await expect(embed({ data: new Uint8Array(10), width: 4, height: 4 })).rejects.toThrow(RangeError);
    await expect(embedFromImage(Buffer.from('not an image at all'))).rejects.toThrow();
  });
});
