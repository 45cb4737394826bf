import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createHash,
  randomBytes,
  randomInt,
  randomUUID,
  timingSafeEqual,
} from 'node:crypto';
import type { Clock, IdGenerator, SecretBox, SecretHasher } from '@shebalance/core';

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can move. */
export function fixedClock(start: Date): Clock & { advance(ms: number): void; set(d: Date): void } {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
    set: (d) => {
      now = d.getTime();
    },
  };
}

export const cryptoIds: IdGenerator = {
  uuid: () => randomUUID(),
  keyed(namespace, key) {
    // RFC 9562 name-based layout (version 8, variant 10) over SHA-256 of namespace and key.
    const h = createHash('sha256').update(namespace).update('\0').update(key).digest();
    h[6] = (h[6]! & 0x0f) | 0x80;
    h[8] = (h[8]! & 0x3f) | 0x80;
    const x = h.subarray(0, 16).toString('hex');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
  },
  token: (bytes = 32) => randomBytes(bytes).toString('base64url'),
  digits: (length) => Array.from({ length }, () => randomInt(0, 10)).join(''),
};

/** HMAC-SHA-256 with a server-side pepper; comparisons are constant-time. */
export function hmacHasher(pepper: string): SecretHasher {
  const hash = (value: string) => createHmac('sha256', pepper).update(value).digest('base64url');
  return {
    hash,
    verify(value, expected) {
      const a = Buffer.from(hash(value));
      const b = Buffer.from(expected);
      return a.length === b.length && timingSafeEqual(a, b);
    },
  };
}

/** AES-256-GCM with a 32-byte key: `v1.<iv>.<tag>.<ciphertext>` (base64url parts). */
export function aesGcmSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('SecretBox key must be 32 bytes');
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), data]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    open(sealed) {
      const [v, iv, tag, data] = sealed.split('.');
      if (v !== 'v1' || !iv || !tag || data === undefined) throw new Error('Malformed sealed secret');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}
