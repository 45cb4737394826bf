import type { Actor, CoreDeps } from '../deps';
import type { ArtisanChanges } from './artisan-changes';
import { requireStaff } from './guards';
import { loadManaged, type ManagedArtisan } from './load-managed';
import { writeArtisan } from './write-artisan';

/** A reviewer updates an artisan she onboarded (admins: anyone), including group membership and lead. */
export async function updateManagedArtisan(
  deps: CoreDeps,
  actor: Actor,
  artisanId: string,
  changes: ArtisanChanges,
): Promise<ManagedArtisan> {
  requireStaff(actor);
  return deps.uow.run(async (repos) => {
    const { user, profile: existing } = await loadManaged({ repos }, actor, artisanId);
    const profile = await writeArtisan(deps, repos, {
      userId: artisanId,
      existing,
      changes,
      actorId: actor.userId,
      via: actor.role === 'admin' ? 'admin' : 'reviewer',
    });
    return { profile, user: (await repos.users.findById(artisanId)) ?? user };
  });
}
