import { resolvePlace } from '../../profiles/place';
import type { Group } from '../../profiles/types';
import type { Actor, CoreDeps } from '../deps';
import { requireStaff } from './guards';

export interface GroupInput {
  name: string;
  kind: Group['kind'];
  district: string;
  state: string;
}

/** A reviewer registers a self-help group or cooperative; artisans join it through their profile's groupId. */
export async function createGroup(deps: CoreDeps, actor: Actor, input: GroupInput): Promise<Group> {
  requireStaff(actor);
  const place = resolvePlace(input);
  const group: Group = {
    id: deps.ids.uuid(),
    name: input.name.trim().replace(/\s+/g, ' '),
    kind: input.kind,
    district: place.district,
    state: place.state,
    createdBy: actor.userId,
    createdAt: deps.clock.now(),
  };
  await deps.uow.run(async (repos) => {
    await repos.groups.save(group);
    await repos.audit.append({
      actorId: actor.userId,
      action: 'group.created',
      subjectType: 'group',
      subjectId: group.id,
      data: { kind: group.kind, state: group.state },
    });
  });
  return group;
}
