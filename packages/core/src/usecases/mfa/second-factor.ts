import type { User } from '../../profiles/types';
import { AppError, invalid } from '../../shared/errors';
import { issueSession, type Session } from '../auth/issue-session';
import type { CoreDeps } from '../deps';
import {
  factorOf,
  MFA_CODE_REJECTED,
  MFA_POLICY,
  recoveryCodeHash,
  type FactorKind,
  type SecondFactorProof,
} from './policy';

/** Refuses further codes once a user has given `maxWrongCodes` wrong ones within the window. */
export async function assertNotThrottled(
  deps: Pick<CoreDeps, 'repos' | 'clock'>,
  userId: string,
): Promise<void> {
  const since = new Date(deps.clock.now().getTime() - MFA_POLICY.windowSeconds * 1000);
  const wrong = await deps.repos.audit.countSince(
    { action: MFA_CODE_REJECTED, subjectType: 'user', subjectId: userId },
    since,
  );
  if (wrong >= MFA_POLICY.maxWrongCodes) {
    const seconds = MFA_POLICY.windowSeconds;
    throw new AppError('rate_limited', 'mfa.too_many_attempts', { seconds }, { retryAfterSeconds: seconds });
  }
}

/** Records a wrong code (committed on its own, so the count survives the refused request) and returns the error to raise. */
export async function rejectCode(
  deps: Pick<CoreDeps, 'repos'>,
  userId: string,
  factor: FactorKind,
): Promise<AppError> {
  await deps.repos.audit.append({
    actorId: userId,
    action: MFA_CODE_REJECTED,
    subjectType: 'user',
    subjectId: userId,
    data: { factor },
  });
  return invalid('mfa.code_invalid');
}

/** Whether `code` is the current TOTP for a sealed secret; a secret that cannot be opened never matches. */
export function totpMatches(
  deps: Pick<CoreDeps, 'totp' | 'secretBox'>,
  secretSealed: string,
  code: string,
): boolean {
  try {
    return deps.totp.verify(code, deps.secretBox.open(secretSealed));
  } catch {
    return false;
  }
}

/**
 * The second step for a user with TOTP enabled: checks a TOTP code or spends a one-time recovery code,
 * then issues a session whose tokens carry mfa=true. Wrong codes are counted and throttled; all audited.
 */
export async function completeSecondFactor(
  deps: CoreDeps,
  user: User,
  proof: SecondFactorProof,
  via: 'challenge' | 'step_up',
): Promise<Session> {
  if (!user.mfaEnabled) throw invalid('mfa.not_enrolled');
  await assertNotThrottled(deps, user.id);
  const factor = factorOf(proof);
  const outcome = await deps.uow.run(async (repos) => {
    const record = await repos.mfa.get(user.id);
    if (!record?.enabledAt) return { kind: 'not_enrolled' as const };
    const ok =
      'code' in proof
        ? totpMatches(deps, record.secretSealed, proof.code)
        : await repos.mfa.useRecoveryCode(
            user.id,
            recoveryCodeHash(deps.hasher, user.id, proof.recoveryCode),
            deps.clock.now(),
          );
    if (!ok) return { kind: 'rejected' as const };
    await repos.audit.append({
      actorId: user.id,
      action: factor === 'totp' ? 'mfa.verified' : 'mfa.recovery_code_used',
      subjectType: 'user',
      subjectId: user.id,
      data: { via },
    });
    return { kind: 'ok' as const, session: await issueSession(deps, repos, user, { mfa: true }) };
  });
  if (outcome.kind === 'not_enrolled') throw invalid('mfa.not_enrolled');
  if (outcome.kind === 'rejected') throw await rejectCode(deps, user.id, factor);
  return outcome.session;
}
