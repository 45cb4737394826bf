import { AppError, invalid } from '../../shared/errors';
import type { Actor, CoreDeps } from '../deps';
import { newRecoveryCodes } from './policy';

/**
 * Replaces all of the caller's recovery codes with fresh ones (the old ones stop working). Only from a
 * session that itself passed TOTP, so a stolen first factor cannot mint new codes.
 */
export async function regenerateRecoveryCodes(
  deps: CoreDeps,
  actor: Actor,
): Promise<{ recoveryCodes: string[] }> {
  if (!actor.mfa) throw new AppError('forbidden', 'mfa.verify_first', {}, { code: 'mfa-required' });
  const user = await deps.repos.users.findById(actor.userId);
  if (!user?.mfaEnabled) throw invalid('mfa.not_enrolled');
  const recovery = newRecoveryCodes(deps, user.id);
  await deps.uow.run(async (repos) => {
    await repos.mfa.replaceRecoveryCodes(user.id, recovery.hashes);
    await repos.audit.append({
      actorId: user.id,
      action: 'mfa.recovery_codes_regenerated',
      subjectType: 'user',
      subjectId: user.id,
      data: { recoveryCodes: recovery.codes.length },
    });
  });
  return { recoveryCodes: recovery.codes };
}
