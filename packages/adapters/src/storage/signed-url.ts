import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Clock } from '@shebalance/core';
import { isValidObjectKey, assertValidObjectKey } from './keys';

/**
 * Signed, expiring URLs for private media served by our own API:
 * `/api/v1/media/<key>?exp=<unix seconds>&sig=<base64url HMAC-SHA-256 of "v1\n<key>\n<exp>">`.
 * The route verifies with `verifyMediaSignature` and then streams the object; no session is needed, so
 * the link works in an <img> tag or a WhatsApp message until it expires.
 */
export const MEDIA_URL_PATH = '/api/v1/media';
const MIN_SECRET_BYTES = 32;

export interface MediaUrlClaims {
  key: string;
  expiresAt: Date;
}

export interface MediaSignatureInput {
  key: string;
  /** The `exp` query value as received (string) or a number of seconds since the epoch. */
  exp: string | number | undefined;
  sig: string | undefined;
}

export type MediaSignatureResult =
  | { ok: true; key: string; expiresAt: Date }
  | { ok: false; reason: 'malformed' | 'expired' | 'invalid-signature' };

function checkSecret(secret: string | Buffer): Buffer {
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret;
  if (bytes.length < MIN_SECRET_BYTES)
    throw new Error(`Media signing secret must be at least ${MIN_SECRET_BYTES} bytes`);
  return bytes;
}

function mac(key: string, exp: number, secret: Buffer): Buffer {
  return createHmac('sha256', secret).update(`v1\n${key}\n${exp}`).digest();
}

/** The query string part (`exp=…&sig=…`) for `key`, expiring at `expiresAt` (rounded down to the second). */
export function signMediaQuery(
  { key, expiresAt }: MediaUrlClaims,
  secret: string | Buffer,
): { exp: number; sig: string } {
  assertValidObjectKey(key);
  const exp = Math.floor(expiresAt.getTime() / 1000);
  if (!Number.isSafeInteger(exp) || exp <= 0) throw new RangeError('expiresAt must be a valid date');
  return { exp, sig: mac(key, exp, checkSecret(secret)).toString('base64url') };
}

/** `/api/v1/media/<key>?exp=…&sig=…` (prefix with PUBLIC_URL for an absolute link). */
export function signMediaUrl(
  claims: MediaUrlClaims,
  secret: string | Buffer,
  basePath = MEDIA_URL_PATH,
): string {
  const { exp, sig } = signMediaQuery(claims, secret);
  return `${basePath}/${claims.key}?exp=${exp}&sig=${sig}`;
}

/** Checks key shape, expiry (against `now`) and the HMAC (constant-time). */
export function verifyMediaSignature(
  input: MediaSignatureInput,
  secret: string | Buffer,
  now: Date,
): MediaSignatureResult {
  const bytes = checkSecret(secret);
  const { key, sig } = input;
  const expText = typeof input.exp === 'number' ? String(input.exp) : input.exp;
  if (!isValidObjectKey(key) || !expText || !/^[1-9][0-9]{0,11}$/.test(expText))
    return { ok: false, reason: 'malformed' };
  if (!sig || !/^[A-Za-z0-9_-]{43}$/.test(sig)) return { ok: false, reason: 'malformed' };
  const exp = Number(expText);
  const expected = mac(key, exp, bytes);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'invalid-signature' };
  }
  if (now.getTime() >= exp * 1000) return { ok: false, reason: 'expired' };
  return { ok: true, key, expiresAt: new Date(exp * 1000) };
}

export interface MediaUrlSignerOptions {
  /** A store with `presignedUrl` (S3) gets URLs served by the store itself; others get our signed route. */
  store: { presignedUrl?: (key: string, ttlSeconds: number) => Promise<string> };
  secret: string | Buffer;
  ttlSeconds: number;
  clock: Clock;
  basePath?: string;
}

/** One place that turns a stored key into a link a client can fetch: S3 presigned or our signed route. */
export function mediaUrlSigner(options: MediaUrlSignerOptions): { urlFor(key: string): Promise<string> } {
  const secret = checkSecret(options.secret);
  return {
    async urlFor(key) {
      if (options.store.presignedUrl) return options.store.presignedUrl(key, options.ttlSeconds);
      const expiresAt = new Date(options.clock.now().getTime() + options.ttlSeconds * 1000);
      return signMediaUrl({ key, expiresAt }, secret, options.basePath);
    },
  };
}
