import { ImageRejected } from './errors';

export type ImageType = 'jpeg' | 'png' | 'webp';

export const IMAGE_MIME: Readonly<Record<ImageType, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(buf: Uint8Array, bytes: number[], offset = 0): boolean {
  if (buf.length < offset + bytes.length) return false;
  return bytes.every((b, i) => buf[offset + i] === b);
}

function ascii(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0));
}

/** Type from magic bytes, or null. Never trusts a file name or a declared content type. */
export function detectImageType(buf: Uint8Array): ImageType | null {
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(buf, PNG_SIGNATURE)) return 'png';
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8)) return 'webp';
  return null;
}

/** Like `detectImageType`, but an empty or unsupported buffer throws `ImageRejected`. */
export function sniffImageType(buf: Uint8Array): ImageType {
  if (buf.length === 0) throw new ImageRejected('empty');
  const type = detectImageType(buf);
  if (!type) throw new ImageRejected('unsupported_type');
  return type;
}
