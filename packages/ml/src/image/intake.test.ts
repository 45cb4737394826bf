import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ImageRejected } from './errors';
import { readDimensions } from './header';
import { inspectImage } from './inspect';
import { normalizeImage } from './normalize';
import { detectImageType, sniffImageType } from './sniff';
import { synthesizeCraftPhoto } from './synthetic';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** A structurally valid ~70-byte PNG that claims `width`×`height` (a decompression bomb header). */
function bombPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const idat = Buffer.from([0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof ImageRejected ? e.reason : `other: ${String(e)}`;
  }
  return undefined;
}

async function asyncReasonOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return e instanceof ImageRejected ? e.reason : `other: ${String(e)}`;
  }
  return undefined;
}

/** Minimal EXIF (TIFF) reader for IFD0 tag ids, to check what an output still carries. */
function ifd0Tags(exif: Buffer): number[] {
  const t = exif.subarray(exif.indexOf('Exif') + 6);
  const le = t.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (le ? t.readUInt16LE(o) : t.readUInt16BE(o));
  const u32 = (o: number) => (le ? t.readUInt32LE(o) : t.readUInt32BE(o));
  const ifd = u32(4);
  return Array.from({ length: u16(ifd) }, (_, i) => u16(ifd + 2 + i * 12));
}
const GPS_IFD_POINTER = 0x8825;
const ORIENTATION = 0x0112;

describe('sniffImageType', () => {
  it('recognizes JPEG, PNG and WebP by magic bytes', async () => {
    const img = sharp({ create: { width: 8, height: 8, channels: 3, background: '#c33' } });
    expect(sniffImageType(await img.clone().jpeg().toBuffer())).toBe('jpeg');
    expect(sniffImageType(await img.clone().png().toBuffer())).toBe('png');
    expect(sniffImageType(await img.clone().webp().toBuffer())).toBe('webp');
  });

  it('rejects a text file renamed .jpg, a GIF and an empty buffer', async () => {
    expect(reasonOf(() => sniffImageType(Buffer.from('hello, this is not a photo\n')))).toBe(
      'unsupported_type',
    );
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    expect(detectImageType(gif)).toBeNull();
    expect(reasonOf(() => sniffImageType(gif))).toBe('unsupported_type');
    expect(reasonOf(() => sniffImageType(Buffer.alloc(0)))).toBe('empty');
  });
});

describe('inspectImage', () => {
  it('reads dimensions from JPEG, PNG, lossy and lossless WebP headers', async () => {
    const img = sharp({ create: { width: 123, height: 45, channels: 3, background: '#3a7' } });
    for (const buf of [
      await img.clone().jpeg().toBuffer(),
      await img.clone().png().toBuffer(),
      await img.clone().webp({ quality: 80 }).toBuffer(),
      await img.clone().webp({ lossless: true }).toBuffer(),
    ]) {
      expect(inspectImage(buf)).toMatchObject({ width: 123, height: 45 });
    }
    const withAlpha = await sharp({ create: { width: 77, height: 33, channels: 4, background: '#3a78' } })
      .webp({ quality: 80 })
      .toBuffer();
    expect(readDimensions(withAlpha, 'webp')).toEqual({ width: 77, height: 33 });
  });

  it('rejects a 100000×100000 PNG from its header, synchronously, before any decode', async () => {
    const bomb = bombPng(100_000, 100_000);
    expect(bomb.length).toBeLessThan(100);
    expect(reasonOf(() => inspectImage(bomb))).toBe('too_many_pixels');
    expect(await asyncReasonOf(normalizeImage(bomb))).toBe('too_many_pixels');
  });

  it('rejects a JPEG whose frame header claims 60000×60000', async () => {
    const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer();
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    jpeg.writeUInt16BE(60_000, sof + 5);
    jpeg.writeUInt16BE(60_000, sof + 7);
    expect(reasonOf(() => inspectImage(jpeg))).toBe('too_many_pixels');
  });

  it('rejects files over 10 MB and empty files', () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(reasonOf(() => inspectImage(big))).toBe('too_large');
    expect(reasonOf(() => inspectImage(Buffer.alloc(0)))).toBe('empty');
  });

  it('rejects a PNG signature with no IHDR as corrupt', () => {
    const broken = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect(reasonOf(() => inspectImage(broken))).toBe('corrupt');
  });
});

describe('normalizeImage', () => {
  it('rejects a truncated JPEG as corrupt', async () => {
    const jpeg = await synthesizeCraftPhoto({ width: 400, height: 300 });
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length * 0.6));
    expect(inspectImage(truncated)).toMatchObject({ width: 400, height: 300 });
    expect(await asyncReasonOf(normalizeImage(truncated))).toBe('corrupt');
  });

  it('applies EXIF orientation and strips all metadata including GPS', async () => {
    const plain = await synthesizeCraftPhoto({ width: 600, height: 400 });
    const tagged = await sharp(plain)
      .withMetadata({ orientation: 6 })
      .withExif({
        IFD0: { Copyright: 'home' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '28/1 36/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '77/1 12/1 0/1',
        },
      })
      .jpeg()
      .toBuffer();
    const inMeta = await sharp(tagged).metadata();
    expect(ifd0Tags(inMeta.exif!)).toEqual(expect.arrayContaining([GPS_IFD_POINTER, ORIENTATION]));

    const out = await normalizeImage(tagged);
    for (const encoded of [out.image, out.thumbnail]) {
      const meta = await sharp(encoded.data).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(encoded.data.includes(Buffer.from('Exif\0'))).toBe(false);
    }
    // Orientation 6 = rotate 90° clockwise: the 600×400 landscape becomes a 400×600 portrait.
    expect([out.image.width, out.image.height]).toEqual([400, 600]);
    expect(out.analysis.width).toBeLessThan(out.analysis.height);
    expect([out.analysis.sourceWidth, out.analysis.sourceHeight]).toEqual([400, 600]);
    expect(out.analysis.data.length).toBe(out.analysis.width * out.analysis.height * 3);
  });

  it('bounds the stored image, the thumbnail and the analysis buffer', async () => {
    const png = await synthesizeCraftPhoto({ width: 2600, height: 1300, format: 'png' });
    const out = await normalizeImage(png);
    expect(out.info).toMatchObject({ type: 'png', mime: 'image/png', width: 2600, height: 1300 });
    expect(out.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect([out.image.width, out.image.height]).toEqual([2048, 1024]);
    expect(Math.max(out.thumbnail.width, out.thumbnail.height)).toBe(320);
    expect([out.analysis.width, out.analysis.height]).toEqual([512, 256]);
    expect((await sharp(out.image.data).metadata()).format).toBe('jpeg');
  });

  it('flattens transparency and converts greyscale to 3-channel RGB', async () => {
    const rgba = await sharp({
      create: { width: 40, height: 30, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const a = await normalizeImage(rgba);
    expect(a.analysis.data.length).toBe(40 * 30 * 3);
    expect(a.analysis.data[0]).toBe(255);
    const grey = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#777' } })
      .greyscale()
      .png()
      .toBuffer();
    expect((await normalizeImage(grey)).analysis.data.length).toBe(40 * 30 * 3);
  });
});
