import { resolvePlace } from '../../profiles/place';
import type { Group } from '../../profiles/types';
import type { Actor, CoreDeps } from '../deps';
import { requireStaff } from './guards';

/** Groups by name, optionally in one state (code or name). */
export async function listGroups(
  deps: CoreDeps,
  actor: Actor,
  query: { state?: string; limit: number; offset: number },
): Promise<Group[]> {
  requireStaff(actor);
  const state = query.state ? resolvePlace({ district: '', state: query.state }).state : undefined;
  return deps.repos.groups.list({ state, limit: query.limit, offset: query.offset });
}
