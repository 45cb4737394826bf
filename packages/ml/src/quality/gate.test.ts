import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeImage } from '../image/normalize';
import { synthesizeCraftPhoto } from '../image/synthetic';
import { assessPhotoQuality, RETAKE_TIP_KEY, type QualityReport } from './gate';
import { QUALITY_THRESHOLDS } from './thresholds';

async function judge(buf: Buffer): Promise<QualityReport> {
  return assessPhotoQuality((await normalizeImage(buf)).analysis);
}

describe('assessPhotoQuality', () => {
  let good: Buffer;
  let goodReport: QualityReport;
  beforeAll(async () => {
    good = await synthesizeCraftPhoto({ width: 1200, height: 900 });
    goodReport = await judge(good);
  });

  it('passes a well-lit, sharp, well-framed photo', () => {
    expect(goodReport.problems).toEqual([]);
    expect(goodReport.ok).toBe(true);
    expect(goodReport.score).toBeGreaterThan(0.8);
    expect(goodReport.metrics.shortEdge).toBe(900);
    expect(goodReport.metrics.subjectFill).toBeGreaterThan(0.6);
  });

  it('flags a darkened photo as too dark', async () => {
    const dark = await sharp(good).linear(0.2, 0).jpeg().toBuffer();
    const report = await judge(dark);
    expect(report.problems).toEqual(['too_dark']);
    expect(report.metrics.meanLuma).toBeLessThan(QUALITY_THRESHOLDS.minMeanLuma);
    expect(report.score).toBeLessThan(goodReport.score);
  });

  it('flags a washed-out photo as too bright', async () => {
    const bright = await sharp(good).linear(1.8, 60).jpeg().toBuffer();
    expect((await judge(bright)).problems).toEqual(['too_bright']);
  });

  it('flags a Gaussian-blurred photo as blurry, and keeps a lightly softened one', async () => {
    const blurred = await judge(await sharp(good).blur(4).jpeg().toBuffer());
    expect(blurred.problems).toEqual(['blurry']);
    expect(blurred.metrics.sharpnessRatio).toBeLessThan(QUALITY_THRESHOLDS.minSharpnessRatio);
    const soft = await judge(await sharp(good).blur(0.8).jpeg().toBuffer());
    expect(soft.problems).toEqual([]);
    expect(soft.metrics.sharpnessRatio).toBeLessThan(goodReport.metrics.sharpnessRatio);
  });

  it('flags a tiny object in a big plain frame as too far', async () => {
    const far = await judge(await synthesizeCraftPhoto({ width: 1200, height: 900, subjectScale: 0.2 }));
    expect(far.problems).toEqual(['too_far']);
    expect(far.metrics.subjectFill).toBeLessThan(0.1);
    // The box is centred on the cloth in the middle of the frame.
    const { x0, x1 } = far.metrics.subjectBox;
    expect(Math.abs((x0 + x1) / 2 - 256)).toBeLessThan(20);
  });

  it('treats work that runs off every edge of the frame as filling it', async () => {
    const busy = await synthesizeCraftPhoto({
      width: 1200,
      height: 900,
      subjectScale: 1,
      repeats: 9,
      fineDetail: false,
    });
    const report = await judge(
      await sharp(busy).extract({ left: 60, top: 60, width: 1000, height: 750 }).jpeg().toBuffer(),
    );
    expect(report.problems).not.toContain('too_far');
    expect(report.metrics.subjectFill).toBeGreaterThan(0.6);
  });

  it('flags a 200×150 photo as too small', async () => {
    const small = await judge(await sharp(good).resize(200, 150).jpeg().toBuffer());
    expect(small.problems).toEqual(['too_small']);
    expect(small.metrics.shortEdge).toBe(150);
  });

  it('maps every problem to a retake tip key', () => {
    expect(Object.entries(RETAKE_TIP_KEY).every(([p, key]) => key === `retake.${p}`)).toBe(true);
  });
});
