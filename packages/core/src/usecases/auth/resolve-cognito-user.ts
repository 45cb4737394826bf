import { isE164 } from '../../identity/cognito';
import type { AccessClaims } from '../../ports/tokens';
import type { User } from '../../profiles/types';
import type { CoreDeps } from '../deps';

/**
 * Maps a verified Cognito identity to the local user with that `cognito_sub`. On first sight it links
 * the account with the same phone number, or provisions a new one (role per `roleFromCognitoGroups`);
 * either needs a `phone_number` the pool has verified, so nobody can claim another person's number.
 * Returns undefined when the identity cannot be mapped.
 */
export async function resolveCognitoUser(
  deps: Pick<CoreDeps, 'repos' | 'uow' | 'ids' | 'clock'>,
  claims: AccessClaims,
): Promise<User | undefined> {
  const linked = await deps.repos.users.findByCognitoSub(claims.sub);
  if (linked) return linked;
  const phone = claims.cognito?.phone;
  if (!phone || !claims.cognito?.phoneVerified || !isE164(phone)) return undefined;
  try {
    return await deps.uow.run((repos) => linkOrProvision(deps, repos, claims, phone));
  } catch (error) {
    // Two first requests raced: the other one linked or created the account.
    const winner = await deps.repos.users.findByCognitoSub(claims.sub);
    if (winner) return winner;
    throw error;
  }
}

async function linkOrProvision(
  deps: Pick<CoreDeps, 'ids' | 'clock'>,
  repos: CoreDeps['repos'],
  claims: AccessClaims,
  phone: string,
): Promise<User | undefined> {
  const existing = await repos.users.findByPhone(phone);
  if (existing) {
    if (existing.cognitoSub && existing.cognitoSub !== claims.sub) return undefined;
    await repos.users.update(existing.id, { cognitoSub: claims.sub });
    await repos.audit.append({
      actorId: existing.id,
      action: 'user.cognito_linked',
      subjectType: 'user',
      subjectId: existing.id,
    });
    return { ...existing, cognitoSub: claims.sub };
  }
  const user = await repos.users.create({
    id: deps.ids.uuid(),
    phone,
    role: claims.role,
    status: 'active',
    displayName: null,
    preferredLanguage: 'en',
    mfaEnabled: false,
    tokensValidAfter: null,
    cognitoSub: claims.sub,
    isDemo: false,
    createdAt: deps.clock.now(),
  });
  await repos.audit.append({
    actorId: user.id,
    action: 'user.registered',
    subjectType: 'user',
    subjectId: user.id,
    data: { role: user.role, via: 'cognito', groups: claims.cognito?.groups ?? [] },
  });
  return user;
}
