import type { ArtisanProfile, Group } from '../../profiles/types';
import { notFound } from '../../shared/errors';
import type { Actor, CoreDeps } from '../deps';
import { requireStaff } from './guards';

export const MAX_GROUP_MEMBERS_SHOWN = 500;

/** A group with its members (the lead first). */
export async function getGroup(
  deps: CoreDeps,
  actor: Actor,
  id: string,
): Promise<{ group: Group; members: ArtisanProfile[] }> {
  requireStaff(actor);
  const group = await deps.repos.groups.get(id);
  if (!group) throw notFound('group');
  const members = await deps.repos.artisans.list({ groupId: id, limit: MAX_GROUP_MEMBERS_SHOWN, offset: 0 });
  members.sort((a, b) => Number(b.isGroupLead) - Number(a.isGroupLead));
  return { group, members };
}
