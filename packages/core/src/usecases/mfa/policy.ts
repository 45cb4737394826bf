import type { SecretHasher } from '../../ports/system';
import type { CoreDeps } from '../deps';

/** Multi-factor rules in one place. */
export const MFA_POLICY = {
  /** Wrong TOTP or recovery codes allowed per user within `windowSeconds`; further tries are refused. */
  maxWrongCodes: 5,
  windowSeconds: 300,
  recoveryCodeCount: 10,
  /** Digits per recovery code, shown as groups of four ("1234-5678-9012"): easy to read out and type. */
  recoveryCodeDigits: 12,
} as const;

/** The audit action a wrong code leaves behind; counting these throttles guessing across instances. */
export const MFA_CODE_REJECTED = 'mfa.code_rejected';

export type SecondFactorProof = { code: string } | { recoveryCode: string };
export type FactorKind = 'totp' | 'recovery_code';

export const factorOf = (proof: SecondFactorProof): FactorKind =>
  'code' in proof ? 'totp' : 'recovery_code';

/** Digits only, so "1234 5678-9012" and "123456789012" are the same code. */
export const normalizeRecoveryCode = (input: string) => input.replace(/\D/g, '');

export const formatRecoveryCode = (digits: string) => digits.match(/.{1,4}/g)!.join('-');

/** Recovery codes are stored only as a keyed hash bound to their owner. */
export const recoveryCodeHash = (hasher: SecretHasher, userId: string, code: string) =>
  hasher.hash(`mfa-recovery:${userId}:${normalizeRecoveryCode(code)}`);

/** A fresh set of one-time recovery codes: the plain codes (shown once) and the hashes to store. */
export function newRecoveryCodes(
  deps: { ids: Pick<CoreDeps['ids'], 'digits'>; hasher: CoreDeps['hasher'] },
  userId: string,
): { codes: string[]; hashes: string[] } {
  const codes = new Set<string>();
  while (codes.size < MFA_POLICY.recoveryCodeCount) codes.add(deps.ids.digits(MFA_POLICY.recoveryCodeDigits));
  const plain = [...codes].map(formatRecoveryCode);
  return { codes: plain, hashes: plain.map((code) => recoveryCodeHash(deps.hasher, userId, code)) };
}
