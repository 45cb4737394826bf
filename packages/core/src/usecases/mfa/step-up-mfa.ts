import type { User } from '../../profiles/types';
import { unauthorized } from '../../shared/errors';
import type { Session } from '../auth/issue-session';
import type { Actor, CoreDeps } from '../deps';
import type { SecondFactorProof } from './policy';
import { completeSecondFactor } from './second-factor';

/**
 * Raises a signed-in session without MFA (for example one from a Cognito token, or one issued before
 * she turned TOTP on) to a new session with mfa=true, given a TOTP or recovery code.
 */
export async function stepUpMfa(
  deps: CoreDeps,
  actor: Actor,
  proof: SecondFactorProof,
): Promise<Session & { user: User }> {
  const user = await deps.repos.users.findById(actor.userId);
  if (!user || user.status !== 'active') throw unauthorized('error.token_invalid');
  const session = await completeSecondFactor(deps, user, proof, 'step_up');
  return { ...session, user };
}
