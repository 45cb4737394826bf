import { createHmac, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  factorOf,
  formatRecoveryCode,
  MFA_POLICY,
  newRecoveryCodes,
  normalizeRecoveryCode,
  recoveryCodeHash,
} from './policy';

const hasher = {
  hash: (v: string) => createHmac('sha256', 'pepper').update(v).digest('base64url'),
  verify: () => false,
};
const ids = {
  digits: (n: number) => Array.from({ length: n }, () => randomInt(0, 10)).join(''),
};

describe('recovery codes', () => {
  it('come as ten distinct 12-digit codes in groups of four, stored only as owner-bound hashes', () => {
    const { codes, hashes } = newRecoveryCodes({ ids, hasher }, 'user-1');
    expect(codes).toHaveLength(MFA_POLICY.recoveryCodeCount);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^\d{4}-\d{4}-\d{4}$/);
    expect(hashes.join()).not.toContain(normalizeRecoveryCode(codes[0]!));
    expect(hashes[0]).toBe(recoveryCodeHash(hasher, 'user-1', codes[0]!));
    expect(recoveryCodeHash(hasher, 'user-2', codes[0]!)).not.toBe(hashes[0]);
  });

  it('match however she types them', () => {
    const code = formatRecoveryCode('123456789012');
    expect(code).toBe('1234-5678-9012');
    const h = recoveryCodeHash(hasher, 'u', code);
    expect(recoveryCodeHash(hasher, 'u', '1234 5678 9012')).toBe(h);
    expect(recoveryCodeHash(hasher, 'u', '123456789012')).toBe(h);
    expect(recoveryCodeHash(hasher, 'u', '1234-5678-9013')).not.toBe(h);
  });

  it('tell the factor apart', () => {
    expect(factorOf({ code: '123456' })).toBe('totp');
    expect(factorOf({ recoveryCode: '1234-5678-9012' })).toBe('recovery_code');
  });
});
