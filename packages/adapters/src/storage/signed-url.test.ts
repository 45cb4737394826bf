import { describe, expect, it } from 'vitest';
import { fixedClock } from '../system';
import { newObjectKey } from './keys';
import { mediaUrlSigner, signMediaUrl, verifyMediaSignature } from './signed-url';

const secret = 'a-media-signing-secret-of-32-bytes!!';
const now = new Date('2025-03-01T10:00:00Z');
const inFiveMinutes = new Date(now.getTime() + 300_000);

function parse(url: string) {
  const u = new URL(url, 'http://x');
  return {
    key: u.pathname.replace('/api/v1/media/', ''),
    exp: u.searchParams.get('exp') ?? undefined,
    sig: u.searchParams.get('sig') ?? undefined,
  };
}

describe('signed media URLs', () => {
  const key = newObjectKey('photo', 'jpg', { now });
  const url = signMediaUrl({ key, expiresAt: inFiveMinutes }, secret);

  it('produces a route URL that verifies until it expires', () => {
    expect(url).toMatch(new RegExp(`^/api/v1/media/${key}\\?exp=\\d+&sig=[A-Za-z0-9_-]{43}$`));
    const result = verifyMediaSignature(parse(url), secret, now);
    expect(result).toEqual({ ok: true, key, expiresAt: inFiveMinutes });
    expect(verifyMediaSignature(parse(url), secret, new Date(inFiveMinutes.getTime() - 1)).ok).toBe(true);
  });

  it('refuses it at and after the expiry time', () => {
    expect(verifyMediaSignature(parse(url), secret, inFiveMinutes)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyMediaSignature(parse(url), secret, new Date(now.getTime() + 86_400_000)).ok).toBe(false);
  });

  it('refuses a tampered key, expiry or signature', () => {
    const p = parse(url);
    const otherKey = newObjectKey('photo', 'jpg', { now });
    expect(verifyMediaSignature({ ...p, key: otherKey }, secret, now)).toEqual({
      ok: false,
      reason: 'invalid-signature',
    });
    expect(verifyMediaSignature({ ...p, exp: String(Number(p.exp) + 3600) }, secret, now)).toEqual({
      ok: false,
      reason: 'invalid-signature',
    });
    const flipped = (p.sig![0] === 'A' ? 'B' : 'A') + p.sig!.slice(1);
    expect(verifyMediaSignature({ ...p, sig: flipped }, secret, now)).toEqual({
      ok: false,
      reason: 'invalid-signature',
    });
    expect(verifyMediaSignature(p, 'another-secret-that-is-32-bytes-long', now)).toEqual({
      ok: false,
      reason: 'invalid-signature',
    });
  });

  it('refuses malformed input without throwing', () => {
    const p = parse(url);
    for (const bad of [
      { ...p, sig: undefined },
      { ...p, exp: undefined },
      { ...p, exp: '1e12' },
      { ...p, exp: '-5' },
      { ...p, sig: p.sig!.slice(1) },
      { ...p, key: '../etc/passwd' },
    ]) {
      expect(verifyMediaSignature(bad, secret, now)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('insists on a strong secret', () => {
    expect(() => signMediaUrl({ key, expiresAt: inFiveMinutes }, 'short')).toThrow(/at least 32 bytes/);
  });

  it('signer gives stores without presigning a verifiable route URL', async () => {
    const clock = fixedClock(now);
    const local = mediaUrlSigner({ store: {}, secret, ttlSeconds: 900, clock });
    const routeUrl = await local.urlFor(key);
    const verified = verifyMediaSignature(parse(routeUrl), secret, now);
    expect(verified.ok && verified.expiresAt.getTime()).toBe(now.getTime() + 900_000);
  });
});

describe('newObjectKey', () => {
  it('builds media/<kind>/<yyyy>/<mm>/<uuid>.<ext> from server constants', () => {
    const key = newObjectKey('photo', '.JPG', { now: new Date('2025-01-31T23:59:59Z') });
    expect(key).toMatch(/^media\/photo\/2025\/01\/[0-9a-f-]{36}\.jpg$/);
    expect(newObjectKey('photo', 'jpg')).not.toBe(newObjectKey('photo', 'jpg'));
  });

  it('refuses kinds and extensions that are not plain tokens', () => {
    expect(() => newObjectKey('../x', 'jpg')).toThrow(/Invalid object key/);
    expect(() => newObjectKey('photo', 'jpg/../../x')).toThrow(/Invalid object key/);
    expect(() => newObjectKey('Photo', 'jpg')).toThrow(/Invalid object key/);
  });
});
