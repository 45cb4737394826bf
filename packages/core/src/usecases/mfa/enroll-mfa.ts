import { maskPhone } from '../../identity/phone';
import { conflict, unauthorized } from '../../shared/errors';
import type { Actor, CoreDeps } from '../deps';

export interface MfaEnrollment {
  /** Base32 TOTP secret, for typing into an authenticator app by hand. */
  secret: string;
  /** otpauth:// URI, usually shown as a QR code. */
  otpauthUrl: string;
}

/**
 * Starts (or restarts) TOTP enrollment for the caller: a new secret is stored sealed and pending until
 * `activateMfa` proves the authenticator app has it. Any role may enroll; staff must.
 */
export async function enrollMfa(deps: CoreDeps, actor: Actor): Promise<MfaEnrollment> {
  const user = await deps.repos.users.findById(actor.userId);
  if (!user) throw unauthorized('error.token_invalid');
  if (user.mfaEnabled) throw conflict('mfa.already_enabled');
  const secret = deps.totp.generateSecret();
  await deps.uow.run(async (repos) => {
    await repos.mfa.savePending(user.id, deps.secretBox.seal(secret));
    await repos.audit.append({
      actorId: user.id,
      action: 'mfa.enrollment_started',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
  // The account label shows only the last digits of her number: enough to tell accounts apart.
  return { secret, otpauthUrl: deps.totp.keyUri(maskPhone(user.phone), secret) };
}
