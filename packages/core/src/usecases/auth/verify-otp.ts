import { OTP_POLICY, otpState } from '../../identity/otp-policy';
import { SELF_SERVICE_ROLES, type Role } from '../../identity/roles';
import type { Lang } from '../../i18n/lang';
import type { User } from '../../profiles/types';
import { AppError, forbidden, invalid } from '../../shared/errors';
import type { CoreDeps, RequestContext } from '../deps';
import { issueSession, type Session } from './issue-session';

export type SignInResult =
  ({ kind: 'session'; user: User } & Session) | { kind: 'mfa_required'; user: User; mfaToken: string };

/**
 * Checks a one-time code against the newest request for this phone. A new phone becomes a new user
 * (an artisan unless she chose to be a buyer). Anyone with TOTP enabled (always so for reviewers and
 * admins once enrolled) gets an MFA challenge instead of a session.
 */
export async function verifyOtp(
  deps: CoreDeps,
  input: { phone: string; code: string; role?: Role; lang?: Lang },
  ctx: RequestContext,
): Promise<SignInResult> {
  const now = deps.clock.now();
  const wanted = input.role ?? 'artisan';
  if (!SELF_SERVICE_ROLES.includes(wanted)) throw forbidden('auth.role_not_allowed');

  const outcome = await deps.uow.run(async (repos) => {
    const record = await repos.otps.latestForPhone(input.phone);
    if (!record) return { error: invalid('otp.not_requested') };
    const state = otpState(record, now);
    if (state === 'expired' || state === 'consumed') return { error: invalid('otp.expired') };
    if (state === 'locked')
      return { error: new AppError('rate_limited', 'otp.locked', {}, { retryAfterSeconds: 30 }) };

    if (!deps.hasher.verify(`${record.id}:${input.code}`, record.codeHash)) {
      const attempts = await repos.otps.recordWrongAttempt(
        record.id,
        record.attempts + 1 >= OTP_POLICY.maxWrongAttempts ? now : null,
      );
      const remaining = Math.max(0, OTP_POLICY.maxWrongAttempts - attempts);
      return { error: remaining === 0 ? invalid('otp.locked') : invalid('otp.invalid', { remaining }) };
    }
    if (!(await repos.otps.consume(record.id, now))) return { error: invalid('otp.expired') };

    let user = await repos.users.findByPhone(input.phone);
    if (!user) {
      user = await repos.users.create({
        id: deps.ids.uuid(),
        phone: input.phone,
        role: wanted,
        status: 'active',
        displayName: null,
        preferredLanguage: input.lang ?? ctx.lang,
        mfaEnabled: false,
        tokensValidAfter: null,
        cognitoSub: null,
        isDemo: false,
        createdAt: now,
      });
      await repos.audit.append({
        actorId: user.id,
        action: 'user.registered',
        subjectType: 'user',
        subjectId: user.id,
        data: { role: wanted, via: 'otp' },
      });
    }
    if (user.status !== 'active') return { error: forbidden('auth.account_disabled') };
    // Anyone who turned TOTP on (required for staff, chosen by a buyer or artisan) gets the second step.
    if (user.mfaEnabled) {
      return {
        result: {
          kind: 'mfa_required' as const,
          user,
          mfaToken: await deps.tokens.issueMfaChallenge(user.id),
        },
      };
    }
    const session = await issueSession(deps, repos, user, { mfa: false });
    return { result: { kind: 'session' as const, user, ...session } };
  });
  // Wrong attempts are committed before the error is raised, so a lock survives.
  if ('error' in outcome) throw outcome.error;
  return outcome.result;
}
