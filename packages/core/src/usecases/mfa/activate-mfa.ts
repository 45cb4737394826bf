import type { User } from '../../profiles/types';
import { conflict, invalid, unauthorized } from '../../shared/errors';
import { issueSession, type Session } from '../auth/issue-session';
import type { Actor, CoreDeps } from '../deps';
import { newRecoveryCodes } from './policy';
import { assertNotThrottled, rejectCode, totpMatches } from './second-factor';

export type MfaActivation = Session & { user: User; recoveryCodes: string[] };

/**
 * Finishes enrollment: the first TOTP code from her app turns multi-factor on. Returns one-time
 * recovery codes (shown this once, stored only hashed) and a new session that carries mfa=true.
 */
export async function activateMfa(
  deps: CoreDeps,
  actor: Actor,
  input: { code: string },
): Promise<MfaActivation> {
  const user = await deps.repos.users.findById(actor.userId);
  if (!user) throw unauthorized('error.token_invalid');
  if (user.mfaEnabled) throw conflict('mfa.already_enabled');
  const pending = await deps.repos.mfa.get(user.id);
  if (!pending) throw invalid('mfa.not_enrolled');
  await assertNotThrottled(deps, user.id);
  if (!totpMatches(deps, pending.secretSealed, input.code)) throw await rejectCode(deps, user.id, 'totp');

  const now = deps.clock.now();
  const recovery = newRecoveryCodes(deps, user.id);
  return deps.uow.run(async (repos) => {
    await repos.mfa.enable(user.id, now);
    await repos.users.update(user.id, { mfaEnabled: true });
    await repos.mfa.replaceRecoveryCodes(user.id, recovery.hashes);
    await repos.audit.append({
      actorId: user.id,
      action: 'mfa.enabled',
      subjectType: 'user',
      subjectId: user.id,
      data: { recoveryCodes: recovery.codes.length },
    });
    const enabled: User = { ...user, mfaEnabled: true };
    const session = await issueSession(deps, repos, enabled, { mfa: true });
    return { ...session, user: enabled, recoveryCodes: recovery.codes };
  });
}
