import { MFA_REQUIRED_ROLES } from '../../identity/roles';
import type { User } from '../../profiles/types';
import { unauthorized } from '../../shared/errors';
import type { Actor, CoreDeps } from '../deps';
import { resolveCognitoUser } from './resolve-cognito-user';

/**
 * Turns a bearer token into an actor: signature and expiry are checked by the token service, then the
 * user must still exist, be active, and not have signed out everywhere since the token was issued.
 */
export async function authenticate(
  deps: Pick<CoreDeps, 'tokens' | 'repos' | 'uow' | 'ids' | 'clock'>,
  token: string,
  loadUser: (id: string) => Promise<User | undefined> = (id) => deps.repos.users.findById(id),
): Promise<Actor & { user: User; mfaRequiredButMissing: boolean }> {
  const claims = await deps.tokens.verifyAccessToken(token);
  const user =
    claims.source === 'cognito' ? await resolveCognitoUser(deps, claims) : await loadUser(claims.sub);
  if (!user && claims.source === 'cognito') throw unauthorized('auth.cognito_unlinked');
  if (!user || user.status !== 'active') throw unauthorized('error.token_invalid');
  if (
    user.tokensValidAfter &&
    claims.iat * 1000 < Math.floor(user.tokensValidAfter.getTime() / 1000) * 1000
  ) {
    throw unauthorized('error.token_invalid');
  }
  const mfaRequiredButMissing = MFA_REQUIRED_ROLES.includes(user.role) && !claims.mfa;
  return { userId: user.id, role: user.role, mfa: claims.mfa, user, mfaRequiredButMissing };
}
