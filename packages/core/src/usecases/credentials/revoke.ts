import { conflict, forbidden, invalid, notFound } from '../../shared/errors';
import type { Actor } from '../deps';
import { credentialUrls, type CredentialDeps, type CredentialRecord } from './ports';

/**
 * An admin revokes a credential with a reason: the bit is set in its status list, the list
 * credential is re-signed and published, and the revocation is audited. All in one transaction.
 */
export async function revokeCredential(
  deps: CredentialDeps,
  actor: Actor,
  input: { credentialId: string; reason: string },
): Promise<CredentialRecord> {
  if (actor.role !== 'admin') throw forbidden();
  const reason = input.reason.trim();
  if (reason.length < 3) throw invalid('error.validation', {}, [{ path: 'reason', message: 'too short' }]);
  const record = await deps.store.get(input.credentialId);
  if (!record) throw notFound('credential');
  if (record.revokedAt) throw conflict('credential.already_revoked');
  const at = deps.clock.now();
  const listUrl = credentialUrls(deps.settings.publicUrl).statusList(record.statusListId);
  const done = await deps.store.revoke(
    record.id,
    { at, reason, by: actor.userId },
    async (encoded, index) => {
      const encodedList = deps.signer.revokeInList(encoded, index);
      return { encodedList, jwt: await deps.signer.signStatusList(listUrl, encodedList, at) };
    },
  );
  if (!done) throw conflict('credential.already_revoked');
  await deps.audit.append({
    actorId: actor.userId,
    action: 'credential.revoke',
    subjectType: 'credential',
    subjectId: record.id,
    data: {
      reason,
      artisanId: record.artisanId,
      statusListId: record.statusListId,
      statusIndex: record.statusIndex,
    },
  });
  return (await deps.store.get(record.id))!;
}
