import { gunzipSync, gzipSync } from 'node:zlib';

/** Minimum list length the W3C Bitstring Status List recommends (16 KiB), for herd privacy. */
export const DEFAULT_STATUS_LIST_SIZE = 131_072;
const MAX_DECODED_BYTES = 16 * 1024 * 1024;

/** A status bitstring: bit i set = credential with statusListIndex i is revoked. */
export interface StatusList {
  readonly length: number;
  readonly bits: Uint8Array;
}

export function createStatusList(size: number = DEFAULT_STATUS_LIST_SIZE): StatusList {
  if (!Number.isInteger(size) || size <= 0 || size % 8 !== 0)
    throw new Error('status list size must be a positive multiple of 8');
  return { length: size, bits: new Uint8Array(size / 8) };
}

function position(list: StatusList, index: number): { byte: number; mask: number } {
  if (!Number.isInteger(index) || index < 0 || index >= list.length) {
    throw new RangeError(`status index ${index} is outside 0..${list.length - 1}`);
  }
  // Index 0 is the left-most (most significant) bit of the first byte.
  return { byte: index >> 3, mask: 0x80 >> (index & 7) };
}

export function getStatus(list: StatusList, index: number): boolean {
  const { byte, mask } = position(list, index);
  return (list.bits[byte]! & mask) !== 0;
}

/** Returns a new list with `index` revoked (or un-revoked with `revoked = false`). */
export function setRevoked(list: StatusList, index: number, revoked = true): StatusList {
  const { byte, mask } = position(list, index);
  const bits = new Uint8Array(list.bits);
  bits[byte] = revoked ? bits[byte]! | mask : bits[byte]! & ~mask;
  return { length: list.length, bits };
}

/** `encodedList`: GZIP, then base64url without padding, with the multibase prefix `u`. */
export function encodeStatusList(list: StatusList): string {
  return `u${gzipSync(list.bits).toString('base64url')}`;
}

export function decodeStatusList(encodedList: string): StatusList {
  if (typeof encodedList !== 'string' || !encodedList.startsWith('u')) {
    throw new Error('encodedList must be multibase base64url (prefix u)');
  }
  const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), {
    maxOutputLength: MAX_DECODED_BYTES,
  });
  if (bits.length === 0) throw new Error('encodedList is empty');
  return { length: bits.length * 8, bits: new Uint8Array(bits) };
}

/** Whether the credential at `index` is revoked in an encoded status list. Throws if out of range. */
export function isRevoked(encodedList: string, index: number): boolean {
  return getStatus(decodeStatusList(encodedList), index);
}
