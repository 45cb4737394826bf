import { notFound } from '../../shared/errors';
import type { CredentialDeps, CredentialRecord, Verification } from './ports';

/** The outcome a person reads first: one word for the whole verification. */
export type VerdictKind = 'verified' | 'revoked' | 'expired' | 'tampered' | 'invalid';

export function verdictOf(v: Verification): VerdictKind {
  if (v.verified) return 'verified';
  const failed = v.checks.filter((c) => !c.ok);
  if (failed.some((c) => c.check === 'status')) return 'revoked';
  if (failed.some((c) => c.check === 'signature' || c.check === 'issuer_key' || c.check === 'format'))
    return 'tampered';
  if (failed.some((c) => c.code === 'expired')) return 'expired';
  return 'invalid';
}

/** Verifies any VC-JWT against this issuer's keys and published status lists (never throws). */
export async function verifyJwt(
  deps: Pick<CredentialDeps, 'signer' | 'store' | 'clock' | 'settings'>,
  jwt: unknown,
): Promise<Verification> {
  const prefix = `${deps.settings.publicUrl}/api/v1/credentials/status/`;
  return deps.signer.verify(
    jwt,
    async (url) => {
      if (!url.startsWith(prefix)) return undefined;
      return (await deps.store.statusList(url.slice(prefix.length)))?.encodedList;
    },
    deps.clock.now(),
  );
}

/** Loads a stored credential and verifies it exactly as an outside verifier would. */
export async function verifyStoredCredential(
  deps: Pick<CredentialDeps, 'signer' | 'store' | 'clock' | 'settings'>,
  credentialId: string,
): Promise<{ record: CredentialRecord; verification: Verification; verdict: VerdictKind }> {
  const record = await deps.store.get(credentialId);
  if (!record) throw notFound('credential');
  const verification = await verifyJwt(deps, record.jwt);
  return { record, verification, verdict: verdictOf(verification) };
}
