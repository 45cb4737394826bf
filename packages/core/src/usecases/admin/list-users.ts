import type { Role } from '../../identity/roles';
import type { User } from '../../profiles/types';
import type { Actor, CoreDeps } from '../deps';
import { assertAdmin } from './assert-admin';

export const USER_PAGE = { defaultLimit: 50, maxLimit: 200 } as const;

/** One page of accounts, oldest first, optionally of one role. Admins see phone numbers in full. */
export async function listUsers(
  deps: Pick<CoreDeps, 'repos'>,
  actor: Actor,
  filter: { role?: Role; limit?: number; offset?: number },
): Promise<{ items: User[]; limit: number; offset: number }> {
  assertAdmin(actor);
  const limit = Math.min(Math.max(1, filter.limit ?? USER_PAGE.defaultLimit), USER_PAGE.maxLimit);
  const offset = Math.max(0, filter.offset ?? 0);
  const items = await deps.repos.users.list({ role: filter.role, limit, offset });
  return { items, limit, offset };
}
