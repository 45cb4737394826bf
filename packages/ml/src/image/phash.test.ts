import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeImage } from './normalize';
import {
  hammingDistance,
  hashDistances,
  isNearDuplicate,
  NEAR_DUPLICATE_MAX_BITS,
  perceptualHashes,
  type PerceptualHashes,
} from './phash';
import { synthesizeCraftPhoto } from './synthetic';

async function hashesOf(buf: Buffer): Promise<PerceptualHashes> {
  return perceptualHashes((await normalizeImage(buf)).analysis);
}

describe('perceptual hashes', () => {
  let original: Buffer;
  let h: PerceptualHashes;
  beforeAll(async () => {
    original = await synthesizeCraftPhoto({ width: 900, height: 675 });
    h = await hashesOf(original);
  });

  it('are 64-bit hex strings', () => {
    expect(h.phash).toMatch(/^[0-9a-f]{16}$/);
    expect(h.dhash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('find resized, re-compressed, re-encoded and slightly brightened copies', async () => {
    const copies = [
      await sharp(original).resize(480).jpeg({ quality: 55 }).toBuffer(),
      await sharp(original).resize(700).jpeg({ quality: 75 }).toBuffer(),
      await sharp(original).modulate({ brightness: 1.12 }).jpeg().toBuffer(),
      await sharp(original).webp({ quality: 40 }).toBuffer(),
    ];
    for (const copy of copies) {
      const c = await hashesOf(copy);
      expect(isNearDuplicate(h, c)).toBe(true);
      expect(hammingDistance(h.dhash, c.dhash)).toBeLessThanOrEqual(NEAR_DUPLICATE_MAX_BITS);
    }
    // An irregular (non-symmetric) work keeps its pHash too.
    const scatter = await synthesizeCraftPhoto({ width: 900, height: 675, layout: 'scatter', seed: 9 });
    const s = await hashesOf(scatter);
    const sCopy = await hashesOf(await sharp(scatter).resize(480).jpeg({ quality: 55 }).toBuffer());
    expect(hammingDistance(s.phash, sCopy.phash)).toBeLessThanOrEqual(4);
    expect(isNearDuplicate(s.phash, sCopy.phash)).toBe(true);
  });

  it('tell different work apart', async () => {
    const others = [
      await synthesizeCraftPhoto({ width: 900, height: 675, layout: 'scatter', seed: 3 }),
      await synthesizeCraftPhoto({ width: 900, height: 675, repeats: 7 }),
      await synthesizeCraftPhoto({ width: 900, height: 675, cloth: '#203050', palette: ['#eee', '#999'] }),
    ];
    for (const other of others) {
      const o = await hashesOf(other);
      const d = hashDistances(h, o);
      expect(Math.min(d.phash, d.dhash)).toBeGreaterThan(NEAR_DUPLICATE_MAX_BITS + 5);
      expect(isNearDuplicate(h, o)).toBe(false);
    }
  });

  it('give a flat frame fixed hashes (only the DC bit; no bits from round-off)', () => {
    const flat = { data: new Uint8Array(64 * 48 * 3).fill(140), width: 64, height: 48 };
    expect(perceptualHashes(flat)).toEqual({ phash: '8000000000000000', dhash: '0000000000000000' });
  });

  it('hammingDistance counts differing bits and refuses mismatched input', () => {
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(() => hammingDistance('00', '000')).toThrow(RangeError);
    expect(() => hammingDistance('zz', '00')).toThrow(RangeError);
  });
});
