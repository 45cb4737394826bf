import type { ArtisanProfile } from '../../profiles/types';
import type { Actor, CoreDeps } from '../deps';
import { replacementChanges, type ArtisanProfileInput } from './artisan-changes';
import { requireRole } from './guards';
import { writeArtisan } from './write-artisan';

/** PUT: an artisan creates her profile or replaces it whole (her handle and history stay). */
export async function saveArtisanProfile(
  deps: CoreDeps,
  actor: Actor,
  input: ArtisanProfileInput,
): Promise<ArtisanProfile> {
  requireRole(actor, 'artisan');
  return deps.uow.run(async (repos) => {
    const existing = await repos.artisans.get(actor.userId);
    return writeArtisan(deps, repos, {
      userId: actor.userId,
      existing,
      changes: replacementChanges(input),
      actorId: actor.userId,
      via: 'self',
    });
  });
}
