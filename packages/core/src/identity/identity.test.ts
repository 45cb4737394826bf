import { describe, expect, it } from 'vitest';
import { cooldownRemaining, maskPhone, OTP_POLICY, otpState, redactPhones, type OtpRecord } from './index';

const record = (over: Partial<OtpRecord> = {}): OtpRecord => ({
  id: 'r1',
  phone: '+919876543210',
  codeHash: 'h',
  expiresAt: new Date('2026-01-01T00:10:00Z'),
  attempts: 0,
  lockedAt: null,
  consumedAt: null,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  ...over,
});

describe('identity rules', () => {
  it('masks phone numbers down to the last four digits', () => {
    expect(maskPhone('+919876543210')).toBe('+91******3210');
    expect(redactPhones('/api/v1/dev/outbox?to=%2B919876543210')).toBe('/api/v1/dev/outbox?to=+91******3210');
    expect(redactPhones('GET /api/v1/artisans/123')).toBe('GET /api/v1/artisans/123');
  });

  it('expires, locks and consumes one-time codes', () => {
    const now = new Date('2026-01-01T00:05:00Z');
    expect(otpState(record(), now)).toBe('ok');
    expect(otpState(record(), new Date('2026-01-01T00:10:00Z'))).toBe('expired');
    expect(otpState(record({ attempts: OTP_POLICY.maxWrongAttempts }), now)).toBe('locked');
    expect(otpState(record({ consumedAt: now }), now)).toBe('consumed');
  });

  it('enforces a resend cooldown', () => {
    const sent = new Date('2026-01-01T00:00:00Z');
    expect(cooldownRemaining(sent, new Date('2026-01-01T00:00:10Z'))).toBe(20);
    expect(cooldownRemaining(sent, new Date('2026-01-01T00:01:00Z'))).toBe(0);
    expect(cooldownRemaining(undefined, sent)).toBe(0);
  });
});
