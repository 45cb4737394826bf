import { forbidden } from '../../shared/errors';
import type { Actor, CoreDeps } from '../deps';
import { requireStaff } from './guards';
import type { ManagedArtisan } from './load-managed';

export interface ManagedListQuery {
  /** 'me' or a reviewer's id; reviewers may only list their own onboardings. Omitted: 'me' for reviewers, everyone for admins. */
  createdBy?: string;
  groupId?: string;
  limit: number;
  offset: number;
}

/** The artisans a reviewer onboarded (admins: anyone's, or all), newest first. */
export async function listManagedArtisans(
  deps: CoreDeps,
  actor: Actor,
  query: ManagedListQuery,
): Promise<ManagedArtisan[]> {
  requireStaff(actor);
  const wanted = query.createdBy === 'me' ? actor.userId : query.createdBy;
  let createdBy: string | undefined;
  if (actor.role === 'admin') createdBy = wanted;
  else if (wanted === undefined || wanted === actor.userId) createdBy = actor.userId;
  else throw forbidden('profile.not_managed');
  const profiles = await deps.repos.artisans.list({
    createdBy,
    groupId: query.groupId,
    limit: query.limit,
    offset: query.offset,
  });
  const users = await Promise.all(profiles.map((p) => deps.repos.users.findById(p.userId)));
  return profiles.flatMap((profile, i) => (users[i] ? [{ profile, user: users[i] }] : []));
}
