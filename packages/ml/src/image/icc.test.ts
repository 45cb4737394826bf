import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isSrgbProfile } from './icc';
import { decodeForAnalysis, normalizeImage } from './normalize';
import { synthesizeCraftPhoto } from './synthetic';

/** A saturated gradient photo carrying the named built-in ICC profile ('srgb' or 'p3'). */
async function taggedPhoto(profile: 'srgb' | 'p3'): Promise<Buffer> {
  const width = 256;
  const height = 24;
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw.set([x, 40 + y * 4, 255 - x], (y * width + x) * 3);
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .withIccProfile(profile)
    .jpeg({ quality: 95 })
    .toBuffer();
}

const iccOf = async (jpeg: Buffer) => (await sharp(jpeg).metadata()).icc;

describe('isSrgbProfile', () => {
  it('recognises an sRGB profile and nothing else', async () => {
    expect(isSrgbProfile(await iccOf(await taggedPhoto('srgb')))).toBe(true);
    expect(isSrgbProfile(await iccOf(await taggedPhoto('p3')))).toBe(false);
    expect(isSrgbProfile(undefined)).toBe(false);
    expect(isSrgbProfile(new Uint8Array(40))).toBe(false);
    const broken = Buffer.from((await iccOf(await taggedPhoto('srgb')))!);
    broken.writeUInt32BE(0xffff, 128); // tag count past the end of the profile
    expect(isSrgbProfile(broken)).toBe(false);
  });

  it('changes no pixel of an sRGB photo, and still converts a Display P3 photo', async () => {
    for (const profile of ['srgb', 'p3'] as const) {
      const photo = await taggedPhoto(profile);
      const converted = await sharp(photo).toColourspace('srgb').raw().toBuffer();
      const normalized = await normalizeImage(photo, { sizes: { analysisLongEdge: 256 } });
      const untouched = await sharp(photo, { ignoreIcc: true }).raw().toBuffer();
      const meanDiff = (a: Uint8Array, b: Uint8Array) => {
        let sum = 0;
        for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
        return sum / a.length;
      };
      // The analysis buffer follows the colour-managed decode (up to JPEG re-encoding noise)…
      expect(meanDiff(converted, normalized.analysis.data)).toBeLessThan(1.5);
      // …which for sRGB is the undecorated decode, and for Display P3 is not.
      if (profile === 'srgb') expect(converted.equals(untouched)).toBe(true);
      else expect(meanDiff(converted, untouched)).toBeGreaterThan(3);
    }
  });
});

describe('decodeForAnalysis', () => {
  it('reads back from the stored JPEG exactly the analysis buffer intake produced', async () => {
    const photo = await synthesizeCraftPhoto({ width: 1400, height: 1000 });
    const normalized = await normalizeImage(photo, { sizes: { maxLongEdge: 1200 } });
    const again = await decodeForAnalysis(normalized.image.data);
    expect([again.width, again.height]).toEqual([normalized.analysis.width, normalized.analysis.height]);
    expect(Buffer.from(again.data).equals(Buffer.from(normalized.analysis.data))).toBe(true);
  });
});
