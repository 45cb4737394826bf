import { unauthorized } from '../../shared/errors';
import type { CoreDeps } from '../deps';
import { issueSession, type Session } from './issue-session';

/**
 * Rotates a refresh token: the presented one is spent and a new pair is issued in the same family.
 * Presenting a spent token again means it was stolen or replayed: the whole family is revoked.
 */
export async function refreshSession(deps: CoreDeps, input: { refreshToken: string }): Promise<Session> {
  const now = deps.clock.now();
  const outcome = await deps.uow.run(async (repos) => {
    const record = await repos.refreshTokens.findByHash(deps.hasher.hash(input.refreshToken));
    if (!record || record.revokedAt || record.expiresAt <= now)
      return { error: unauthorized('auth.refresh_invalid') };
    if (record.usedAt || !(await repos.refreshTokens.markUsed(record.id, now))) {
      await repos.refreshTokens.revokeFamily(record.familyId, now);
      await repos.audit.append({
        actorId: record.userId,
        action: 'session.refresh_reuse_detected',
        subjectType: 'user',
        subjectId: record.userId,
        data: { familyId: record.familyId },
      });
      return { error: unauthorized('auth.refresh_reused') };
    }
    const user = await repos.users.findById(record.userId);
    if (!user || user.status !== 'active') return { error: unauthorized('auth.refresh_invalid') };
    if (user.tokensValidAfter && record.createdAt < user.tokensValidAfter)
      return { error: unauthorized('auth.refresh_invalid') };
    return { session: await issueSession(deps, repos, user, { mfa: record.mfa, familyId: record.familyId }) };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.session;
}
