import { createHmac, timingSafeEqual } from 'node:crypto';

/** The `X-Hub-Signature-256` value WhatsApp sends: 'sha256=' + hex HMAC-SHA256 of the raw body. */
export function signBody(raw: Buffer | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(raw).digest('hex')}`;
}

/** Constant-time check of a webhook signature over the exact bytes received. */
export function verifySignature(raw: Buffer, header: string | undefined, appSecret: string): boolean {
  if (typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const given = Buffer.from(header.slice(7), 'hex');
  const expected = createHmac('sha256', appSecret).update(raw).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}
