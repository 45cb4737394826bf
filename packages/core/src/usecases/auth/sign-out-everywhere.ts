import type { Actor, CoreDeps } from '../deps';

/** Revokes every refresh token of the caller and rejects every access token issued before now. */
export async function signOutEverywhere(deps: CoreDeps, actor: Actor): Promise<void> {
  const now = deps.clock.now();
  await deps.uow.run(async (repos) => {
    await repos.refreshTokens.revokeAllForUser(actor.userId, now);
    await repos.users.update(actor.userId, { tokensValidAfter: now });
    await repos.audit.append({
      actorId: actor.userId,
      action: 'session.signed_out_everywhere',
      subjectType: 'user',
      subjectId: actor.userId,
    });
  });
}
