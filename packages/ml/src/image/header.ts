import { ImageRejected } from './errors';
import type { ImageType } from './sniff';

export interface ImageDimensions {
  width: number;
  height: number;
}

/**
 * Reads width and height from the file header alone — no pixel is decoded, so a decompression
 * bomb (a tiny file that claims 100000×100000) costs a few byte reads.
 * A header that ends early or makes no sense throws `ImageRejected('corrupt')`.
 */
export function readDimensions(buf: Uint8Array, type: ImageType): ImageDimensions {
  const dims = type === 'png' ? readPng(buf) : type === 'jpeg' ? readJpeg(buf) : readWebp(buf);
  if (!dims || dims.width <= 0 || dims.height <= 0) throw new ImageRejected('corrupt', { stage: 'header' });
  return dims;
}

function view(buf: Uint8Array): DataView {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

function fourcc(buf: Uint8Array, at: number): string {
  return String.fromCharCode(...buf.subarray(at, at + 4));
}

/** PNG: the IHDR chunk must come first, right after the 8-byte signature. */
function readPng(buf: Uint8Array): ImageDimensions | null {
  if (buf.length < 24 || fourcc(buf, 12) !== 'IHDR') return null;
  const v = view(buf);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** JPEG: walk the marker segments until a start-of-frame segment. */
function readJpeg(buf: Uint8Array): ImageDimensions | null {
  const v = view(buf);
  let at = 2;
  while (at < buf.length) {
    if (buf[at] !== 0xff) return null;
    while (at < buf.length && buf[at] === 0xff) at++;
    const marker = buf[at];
    at++;
    if (marker === undefined) return null;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (marker === 0xd9 || marker === 0xda) return null;
    if (at + 2 > buf.length) return null;
    const length = v.getUint16(at);
    if (length < 2) return null;
    if (SOF_MARKERS.has(marker)) {
      if (at + 7 > buf.length) return null;
      return { height: v.getUint16(at + 3), width: v.getUint16(at + 5) };
    }
    at += length;
  }
  return null;
}

/** WebP: the first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended, holds the canvas size). */
function readWebp(buf: Uint8Array): ImageDimensions | null {
  if (buf.length < 30) return null;
  const v = view(buf);
  const chunk = fourcc(buf, 12);
  if (chunk === 'VP8 ') {
    if (buf[23] !== 0x9d || buf[24] !== 0x01 || buf[25] !== 0x2a) return null;
    return { width: v.getUint16(26, true) & 0x3fff, height: v.getUint16(28, true) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (buf[20] !== 0x2f) return null;
    const bits = v.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    const u24 = (at: number) => (buf[at] ?? 0) | ((buf[at + 1] ?? 0) << 8) | ((buf[at + 2] ?? 0) << 16);
    return { width: u24(24) + 1, height: u24(27) + 1 };
  }
  return null;
}
