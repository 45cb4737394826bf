import { cooldownRemaining, OTP_POLICY } from '../../identity/otp-policy';
import { t } from '../../i18n/messages';
import { rateLimited } from '../../shared/errors';
import type { CoreDeps, RequestContext } from '../deps';

/**
 * Sends a fresh 6-digit one-time code to `phone` (already validated E.164). Only its keyed hash is
 * stored; the newest request replaces earlier ones, so a code is bound to the request that sent it.
 */
export async function requestOtp(
  deps: CoreDeps,
  input: { phone: string },
  ctx: RequestContext,
): Promise<{ expiresIn: number; resendAfter: number }> {
  const now = deps.clock.now();
  const hourAgo = new Date(now.getTime() - 3600_000);
  const latest = await deps.repos.otps.latestForPhone(input.phone);
  const wait = cooldownRemaining(latest?.createdAt, now);
  if (wait > 0) throw rateLimited(wait, 'otp.cooldown');
  const [perPhone, perIp] = await Promise.all([
    deps.repos.otps.countSince({ phone: input.phone }, hourAgo),
    deps.repos.otps.countSince({ ip: ctx.ip }, hourAgo),
  ]);
  if (perPhone >= OTP_POLICY.perPhonePerHour || perIp >= OTP_POLICY.perIpPerHour) {
    const oldestWindowEnd =
      3600 - Math.floor((now.getTime() - (latest?.createdAt.getTime() ?? now.getTime())) / 1000);
    throw rateLimited(Math.max(60, oldestWindowEnd));
  }

  const code = deps.ids.digits(OTP_POLICY.digits);
  const id = deps.ids.uuid();
  await deps.repos.otps.create({
    id,
    phone: input.phone,
    codeHash: deps.hasher.hash(`${id}:${code}`),
    expiresAt: new Date(now.getTime() + OTP_POLICY.ttlSeconds * 1000),
    attempts: 0,
    lockedAt: null,
    consumedAt: null,
    createdAt: now,
    ip: ctx.ip,
  });
  const user = await deps.repos.users.findByPhone(input.phone);
  const lang = user?.preferredLanguage ?? ctx.lang;
  await deps.messaging.send({
    to: input.phone,
    kind: 'text',
    purpose: 'otp',
    text: t(lang, 'otp.message', { code }),
  });
  return { expiresIn: OTP_POLICY.ttlSeconds, resendAfter: OTP_POLICY.resendCooldownSeconds };
}
