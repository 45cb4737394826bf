export type CheckName = 'format' | 'issuer_key' | 'signature' | 'schema' | 'dates' | 'status';

/** One verification step. `code` is stable (for localized display); `message` is English detail. */
export interface VerificationCheck {
  check: CheckName;
  ok: boolean;
  code: string;
  message: string;
  /** True when the step was not applicable or not possible (it does not fail verification). */
  skipped?: boolean;
}

export const pass = (check: CheckName, code: string, message: string): VerificationCheck => ({
  check,
  ok: true,
  code,
  message,
});

export const fail = (check: CheckName, code: string, message: string): VerificationCheck => ({
  check,
  ok: false,
  code,
  message,
});

export const skip = (check: CheckName, code: string, message: string): VerificationCheck => ({
  check,
  ok: true,
  code,
  message,
  skipped: true,
});

/** Seconds since the epoch of an ISO date string, or undefined. */
export function secondsOf(iso: unknown): number | undefined {
  if (typeof iso !== 'string') return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

/** The `dates` check: valid from `nbf` (seconds) until before `exp`, with clock tolerance. */
export function checkValidity(
  nbf: number | undefined,
  exp: number | undefined,
  now: Date,
  tolerance: number,
): VerificationCheck {
  const nowS = Math.floor(now.getTime() / 1000);
  if (nbf === undefined) return fail('dates', 'no_issuance_date', 'credential has no issuance date');
  if (nowS + tolerance < nbf) {
    return fail('dates', 'not_yet_valid', `not valid before ${new Date(nbf * 1000).toISOString()}`);
  }
  if (exp !== undefined && nowS - tolerance >= exp) {
    return fail('dates', 'expired', `expired on ${new Date(exp * 1000).toISOString()}`);
  }
  return pass(
    'dates',
    'dates_ok',
    exp === undefined ? 'issued and valid (no expiry)' : 'within its validity period',
  );
}
