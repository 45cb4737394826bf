import { canSeePrivateProfile } from '../../profiles/access';
import type { ArtisanProfile, User } from '../../profiles/types';
import { notFound } from '../../shared/errors';
import type { Actor, CoreDeps } from '../deps';

export type ArtisanView =
  { view: 'full'; profile: ArtisanProfile; user: User } | { view: 'public'; profile: ArtisanProfile };

/**
 * An artisan as `actor` may see her: the full view for herself and admins, the public view for everyone
 * else, signed in or not. `actor` is undefined for anonymous callers and for staff sessions without MFA.
 */
export async function viewArtisan(
  deps: Pick<CoreDeps, 'repos'>,
  actor: Actor | undefined,
  id: { userId: string } | { handle: string },
): Promise<ArtisanView> {
  const profile =
    'userId' in id
      ? await deps.repos.artisans.get(id.userId)
      : await deps.repos.artisans.getByHandle(id.handle);
  if (!profile) throw notFound('artisan');
  if (!canSeePrivateProfile(actor, profile.userId)) return { view: 'public', profile };
  const user = await deps.repos.users.findById(profile.userId);
  if (!user) throw notFound('artisan');
  return { view: 'full', profile, user };
}
