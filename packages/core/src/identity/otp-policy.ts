/** The one-time-code rules, in one place. */
export const OTP_POLICY = {
  digits: 6,
  ttlSeconds: 10 * 60,
  maxWrongAttempts: 5,
  resendCooldownSeconds: 30,
  perPhonePerHour: 5,
  perIpPerHour: 30,
} as const;

export interface OtpRecord {
  id: string;
  phone: string;
  codeHash: string;
  expiresAt: Date;
  attempts: number;
  lockedAt: Date | null;
  consumedAt: Date | null;
  createdAt: Date;
}

export type OtpCheck = 'ok' | 'expired' | 'locked' | 'consumed';

/** Whether an OTP request can still be answered at all (before comparing the code). */
export function otpState(record: OtpRecord, now: Date): OtpCheck {
  if (record.consumedAt) return 'consumed';
  if (record.lockedAt || record.attempts >= OTP_POLICY.maxWrongAttempts) return 'locked';
  if (record.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'ok';
}

/** Seconds until a new code may be sent, or 0. */
export function cooldownRemaining(lastSentAt: Date | undefined, now: Date): number {
  if (!lastSentAt) return 0;
  const elapsed = (now.getTime() - lastSentAt.getTime()) / 1000;
  return Math.max(0, Math.ceil(OTP_POLICY.resendCooldownSeconds - elapsed));
}
