import type { User } from '../../profiles/types';
import { unauthorized } from '../../shared/errors';
import type { Session } from '../auth/issue-session';
import type { CoreDeps } from '../deps';
import type { SecondFactorProof } from './policy';
import { completeSecondFactor } from './second-factor';

/**
 * Second step of sign-in: /auth/otp/verify answered `{ mfaRequired, mfaToken }`; the short-lived
 * challenge plus a TOTP code (or a one-time recovery code) becomes a session with mfa=true.
 */
export async function verifyMfa(
  deps: CoreDeps,
  input: { mfaToken: string } & SecondFactorProof,
): Promise<Session & { user: User }> {
  const challenge = await deps.tokens.verifyMfaChallenge(input.mfaToken);
  if (!challenge) throw unauthorized('mfa.challenge_invalid');
  const user = await deps.repos.users.findById(challenge.sub);
  if (!user || user.status !== 'active') throw unauthorized('mfa.challenge_invalid');
  const proof: SecondFactorProof =
    'code' in input ? { code: input.code } : { recoveryCode: input.recoveryCode };
  const session = await completeSecondFactor(deps, user, proof, 'challenge');
  return { ...session, user };
}
