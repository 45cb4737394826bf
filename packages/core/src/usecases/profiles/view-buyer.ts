import { canSeePrivateProfile } from '../../profiles/access';
import type { BuyerProfile, User } from '../../profiles/types';
import { notFound } from '../../shared/errors';
import type { Actor, CoreDeps } from '../deps';

export type BuyerView =
  { view: 'full'; profile: BuyerProfile; user: User } | { view: 'public'; profile: BuyerProfile };

/** A buyer as `actor` may see her: the full view for herself and admins, the public view otherwise. */
export async function viewBuyer(
  deps: Pick<CoreDeps, 'repos'>,
  actor: Actor | undefined,
  userId: string,
): Promise<BuyerView> {
  const profile = await deps.repos.buyers.get(userId);
  if (!profile) throw notFound('buyer');
  if (!canSeePrivateProfile(actor, profile.userId)) return { view: 'public', profile };
  const user = await deps.repos.users.findById(profile.userId);
  if (!user) throw notFound('buyer');
  return { view: 'full', profile, user };
}
