import type { ArtisanProfile } from '../../profiles/types';
import { AppError } from '../../shared/errors';
import type { Actor, CoreDeps } from '../deps';
import type { ArtisanChanges } from './artisan-changes';
import { requireRole } from './guards';
import { writeArtisan } from './write-artisan';

/** PATCH: an artisan changes some fields of her own profile. Only reviewers set a group lead. */
export async function updateArtisanProfile(
  deps: CoreDeps,
  actor: Actor,
  changes: Omit<ArtisanChanges, 'isGroupLead'>,
): Promise<ArtisanProfile> {
  requireRole(actor, 'artisan');
  return deps.uow.run(async (repos) => {
    const existing = await repos.artisans.get(actor.userId);
    if (!existing) throw new AppError('not_found', 'profile.create_first');
    const { isGroupLead: _ignored, ...own } = changes as ArtisanChanges;
    return writeArtisan(deps, repos, {
      userId: actor.userId,
      existing,
      changes: own,
      actorId: actor.userId,
      via: 'self',
    });
  });
}
