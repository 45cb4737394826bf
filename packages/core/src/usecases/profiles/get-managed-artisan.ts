import type { ConsentStatus } from '../../profiles/consent';
import type { Actor, CoreDeps } from '../deps';
import { requireStaff } from './guards';
import { consentOverview } from './list-consents';
import { loadManaged, type ManagedArtisan } from './load-managed';

/** One artisan a reviewer onboarded (any artisan, for admins), with her current consents. */
export async function getManagedArtisan(
  deps: CoreDeps,
  actor: Actor,
  artisanId: string,
): Promise<ManagedArtisan & { consents: ConsentStatus[] }> {
  requireStaff(actor);
  const managed = await loadManaged(deps, actor, artisanId);
  return { ...managed, consents: (await consentOverview(deps, artisanId)).current };
}
