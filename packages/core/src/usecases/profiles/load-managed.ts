import { canManageArtisan } from '../../profiles/access';
import type { ArtisanProfile, User } from '../../profiles/types';
import { AppError, notFound } from '../../shared/errors';
import type { Actor, CoreDeps } from '../deps';

export interface ManagedArtisan {
  profile: ArtisanProfile;
  user: User;
}

/** Loads an artisan the actor may manage: one she onboarded, or anyone for an admin. */
export async function loadManaged(
  deps: Pick<CoreDeps, 'repos'>,
  actor: Actor,
  artisanId: string,
): Promise<ManagedArtisan> {
  const profile = await deps.repos.artisans.get(artisanId);
  if (!profile) throw notFound('artisan');
  if (!canManageArtisan(actor, profile)) throw new AppError('forbidden', 'profile.not_managed');
  const user = await deps.repos.users.findById(artisanId);
  if (!user) throw notFound('artisan');
  return { profile, user };
}
