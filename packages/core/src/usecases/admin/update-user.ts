import type { Role } from '../../identity/roles';
import type { User } from '../../profiles/types';
import { forbidden, notFound } from '../../shared/errors';
import type { Actor, CoreDeps } from '../deps';
import { assertAdmin } from './assert-admin';

export interface UpdateUserInput {
  role?: Role;
  status?: User['status'];
}

/**
 * Changes a user's role and/or status. Disabling ends every session at once: refresh tokens are
 * revoked and access tokens issued until now stop working. An admin cannot change herself (no
 * accidental lock-out of the last admin).
 */
export async function updateUser(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: UpdateUserInput,
): Promise<User> {
  assertAdmin(actor);
  if (id === actor.userId) throw forbidden('admin.self_change');
  const user = await deps.repos.users.findById(id);
  if (!user) throw notFound('user');

  const patch: Partial<Pick<User, 'role' | 'status' | 'tokensValidAfter'>> = {};
  const changes: Record<string, { from: string; to: string }> = {};
  if (input.role && input.role !== user.role) {
    patch.role = input.role;
    changes.role = { from: user.role, to: input.role };
  }
  if (input.status && input.status !== user.status) {
    patch.status = input.status;
    changes.status = { from: user.status, to: input.status };
  }
  if (Object.keys(changes).length === 0) return user;

  const now = deps.clock.now();
  const disabling = patch.status === 'disabled';
  if (disabling) patch.tokensValidAfter = now;
  await deps.uow.run(async (repos) => {
    await repos.users.update(id, patch);
    if (disabling) await repos.refreshTokens.revokeAllForUser(id, now);
    await repos.audit.append({
      actorId: actor.userId,
      action: 'admin.user_updated',
      subjectType: 'user',
      subjectId: id,
      data: { changes, sessionsRevoked: disabling },
    });
  });
  return { ...user, ...patch };
}
