import type { KeyResolver } from '../keys/types';
import { validateAchievementCredential } from '../schema';
import { isRevoked } from '../status/bitstring';
import { verifyStatusListJwt } from '../status/credential';
import { fail, pass, skip, type VerificationCheck } from './checks';
import { verifyVcJwtCore } from './verify-core';

/**
 * Finds the status list a credential points at: return its signed VC-JWT (verified here with the
 * same key resolver), or `{ encodedList }` from trusted storage, or undefined if unavailable.
 */
export type StatusLookup = (
  statusListCredential: string,
) => Promise<string | { encodedList: string } | undefined> | string | { encodedList: string } | undefined;

export interface VerifyOptions {
  resolveKey: KeyResolver;
  /** Without it the status check is reported as skipped (e.g. offline with no list at hand). */
  statusLookup?: StatusLookup;
  now?: Date;
  clockToleranceSeconds?: number;
}

export interface VerificationResult {
  verified: boolean;
  checks: VerificationCheck[];
  /** The signed credential, present only when its signature verified. */
  credential?: Record<string, unknown>;
}

export interface StatusEntry {
  type?: unknown;
  statusPurpose?: unknown;
  statusListIndex?: unknown;
  statusListCredential?: unknown;
}

/** The `status` check for a verified credential's BitstringStatusListEntry. */
export async function checkStatus(
  entry: StatusEntry | undefined,
  issuer: string | undefined,
  options: VerifyOptions,
): Promise<VerificationCheck> {
  if (entry === undefined) return skip('status', 'no_status', 'credential has no status entry');
  const index = typeof entry.statusListIndex === 'string' ? Number(entry.statusListIndex) : NaN;
  const url = entry.statusListCredential;
  if (
    entry.type !== 'BitstringStatusListEntry' ||
    typeof url !== 'string' ||
    !Number.isInteger(index) ||
    index < 0
  ) {
    return fail('status', 'bad_status_entry', 'credential status entry is malformed');
  }
  if (!options.statusLookup)
    return skip('status', 'status_not_checked', 'revocation not checked: no status list supplied');
  const found = await options.statusLookup(url);
  if (found === undefined)
    return fail('status', 'status_list_unavailable', `status list ${url} is not available`);
  let encodedList: string;
  if (typeof found === 'string') {
    const list = await verifyStatusListJwt(found, { ...options, expectedId: url, expectedIssuer: issuer });
    if (!list.verified || !list.encodedList) {
      const reason = list.checks.find((c) => !c.ok)?.message ?? 'invalid';
      return fail('status', 'status_list_invalid', `status list is not trustworthy: ${reason}`);
    }
    if (list.credential?.credentialSubject.statusPurpose !== entry.statusPurpose) {
      return fail('status', 'status_purpose_mismatch', 'status list purpose does not match the credential');
    }
    encodedList = list.encodedList;
  } else {
    encodedList = found.encodedList;
  }
  let revoked: boolean;
  try {
    revoked = isRevoked(encodedList, index);
  } catch (error) {
    return fail('status', 'status_index_invalid', (error as Error).message);
  }
  return revoked
    ? fail('status', 'revoked', 'the issuer has revoked this credential')
    : pass('status', 'not_revoked', 'not revoked');
}

/**
 * Verifies an Open Badges 3.0 VC-JWT: format, issuer key, signature, schema (bundled 1EdTech
 * schema), dates and revocation status. Never throws: any bad input verifies as false with a reason.
 */
export async function verifyCredentialJwt(jwt: unknown, options: VerifyOptions): Promise<VerificationResult> {
  try {
    const core = await verifyVcJwtCore(jwt, { ...options, validate: validateAchievementCredential });
    const checks = [...core.checks];
    if (core.credential) {
      try {
        checks.push(
          await checkStatus(
            core.credential.credentialStatus as StatusEntry | undefined,
            core.issuer,
            options,
          ),
        );
      } catch (error) {
        checks.push(fail('status', 'status_error', `status check failed: ${(error as Error).message}`));
      }
    }
    const verified = core.credential !== undefined && checks.every((c) => c.ok);
    return core.credential ? { verified, checks, credential: core.credential } : { verified: false, checks };
  } catch (error) {
    return {
      verified: false,
      checks: [fail('format', 'verifier_error', `could not verify: ${(error as Error).message}`)],
    };
  }
}
