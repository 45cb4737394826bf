import type { Actor } from '../deps';
import type { CredentialDeps, CredentialRecord } from './ports';

/** Whether this caller may see everything about the credential (her own, or an admin). */
export const canSeeAll = (actor: Actor | undefined, artisanId: string): boolean =>
  !!actor && (actor.userId === artisanId || actor.role === 'admin');

/**
 * Her credentials: all of them for herself and admins; for anyone else only the public ones (not
 * revoked; credentials are public by design: they are meant to be shown and verified).
 */
export async function listArtisanCredentials(
  deps: Pick<CredentialDeps, 'store'>,
  actor: Actor | undefined,
  artisanId: string,
): Promise<CredentialRecord[]> {
  const all = await deps.store.listForArtisan(artisanId);
  return canSeeAll(actor, artisanId) ? all : all.filter((c) => !c.revokedAt);
}
