import type { User } from '../../profiles/types';
import type { Repositories } from '../../ports/repositories';
import type { CoreDeps } from '../deps';

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: 'Bearer';
}

/** Mints an access token and a refresh token in `familyId` (a new family for a new sign-in). */
export async function issueSession(
  deps: CoreDeps,
  repos: Repositories,
  user: User,
  options: { mfa: boolean; familyId?: string },
): Promise<Session> {
  const now = deps.clock.now();
  const refreshToken = deps.ids.token(32);
  await repos.refreshTokens.create({
    id: deps.ids.uuid(),
    userId: user.id,
    familyId: options.familyId ?? deps.ids.uuid(),
    tokenHash: deps.hasher.hash(refreshToken),
    mfa: options.mfa,
    expiresAt: new Date(now.getTime() + deps.settings.refreshTokenTtlSeconds * 1000),
    usedAt: null,
    revokedAt: null,
    createdAt: now,
  });
  const access = await deps.tokens.issueAccessToken({ sub: user.id, role: user.role, mfa: options.mfa });
  return { accessToken: access.token, refreshToken, expiresIn: access.expiresIn, tokenType: 'Bearer' };
}
