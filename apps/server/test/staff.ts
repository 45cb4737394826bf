import { generateSync } from 'otplib';
import type { Role } from '@shebalance/core';
import type { fixedClock } from '@shebalance/adapters/system/index';
import { aPhone, lastCode, signIn, type TestContext } from './harness';

type MovableClock = ReturnType<typeof fixedClock>;

/** The current code an authenticator app would show for `secret`. */
export const totp = (secret: string) => generateSync({ secret });

export const bearer = (accessToken: string) => ({ authorization: `Bearer ${accessToken}` });

/** The claims inside a JWT (no verification: tests read what the server issued). */
export const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));

/** An account with any role, created directly through the repositories (as the admin API or CLI would). */
export async function createAccount(ctx: TestContext, role: Role, phone = aPhone()) {
  const user = await ctx.container.deps.repos.users.create({
    id: crypto.randomUUID(),
    phone,
    role,
    status: 'active',
    displayName: `Test ${role}`,
    preferredLanguage: 'en',
    mfaEnabled: false,
    tokensValidAfter: null,
    cognitoSub: null,
    isDemo: false,
    createdAt: new Date(),
  });
  return { phone, userId: user.id };
}

/** Enrolls and activates TOTP for a signed-in session; returns the secret, recovery codes and the MFA session. */
export async function turnOnMfa(ctx: TestContext, accessToken: string) {
  const enrolled = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/mfa/enroll',
    headers: bearer(accessToken),
  });
  if (enrolled.statusCode !== 200) throw new Error(`enroll failed: ${enrolled.body}`);
  const { secret } = enrolled.json() as { secret: string };
  const activated = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/mfa/activate',
    headers: bearer(accessToken),
    payload: { code: totp(secret) },
  });
  if (activated.statusCode !== 200) throw new Error(`activate failed: ${activated.body}`);
  const body = activated.json() as { accessToken: string; refreshToken: string; recoveryCodes: string[] };
  return { secret, ...body, auth: bearer(body.accessToken) };
}

/** A staff member (or anyone) signed in with TOTP turned on: a session whose tokens carry mfa=true. */
export async function staffWithMfa(ctx: TestContext, role: Role) {
  const account = await createAccount(ctx, role);
  const first = await signIn(ctx.app, account.phone);
  const mfa = await turnOnMfa(ctx, first.accessToken);
  return { ...account, ...mfa, firstAccessToken: first.accessToken };
}

/**
 * Signs in again by one-time code (moving the test clock past the resend cooldown first) and returns
 * the reply of /auth/otp/verify: for accounts with TOTP on, `{ mfaRequired, mfaToken }`.
 */
export async function signInAgain(ctx: TestContext, phone: string) {
  (ctx.clock as MovableClock).advance(31_000);
  const sent = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone } });
  if (sent.statusCode !== 202) throw new Error(`otp request failed: ${sent.body}`);
  const code = await lastCode(ctx.app, phone);
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/otp/verify',
    payload: { phone, code },
  });
  if (res.statusCode !== 200) throw new Error(`otp verify failed: ${res.body}`);
  return res.json() as {
    mfaRequired?: true;
    mfaToken?: string;
    accessToken?: string;
    user: { id: string; role: string };
  };
}

/** Starts a test clock at the real current time, so it agrees with token and database timestamps. */
export function syncClock(ctx: TestContext) {
  (ctx.clock as MovableClock).set(new Date());
}
