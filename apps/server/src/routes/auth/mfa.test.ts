import { SignJWT, importJWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSecrets } from '../../config/secrets';
import { aPhone, signIn, useTestApp } from '../../../test/harness';
import {
  bearer,
  claimsOf,
  createAccount,
  signInAgain,
  staffWithMfa,
  syncClock,
  totp,
  turnOnMfa,
} from '../../../test/staff';

const ctx = useTestApp({ clock: 'fixed' });
beforeAll(() => syncClock(ctx));

const post = (url: string, payload?: object, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1/auth/mfa${url}`, payload, headers });
const wrongCode = (secret: string) => String((Number(totp(secret)) + 500_000) % 1_000_000).padStart(6, '0');

async function auditActions(userId: string): Promise<string[]> {
  const result = (await ctx.container.database.db.execute(
    `select action from audit_log where subject_id = '${userId}' order by seq` as never,
  )) as unknown as { rows?: { action: string }[] } | { action: string }[];
  const rows = Array.isArray(result) ? result : (result.rows ?? []);
  return rows.map((r) => r.action);
}

describe('TOTP multi-factor for staff', () => {
  it('makes a reviewer enroll before staff routes, then asks for the second step at every sign-in', async () => {
    const { phone, userId } = await createAccount(ctx, 'reviewer');
    const first = await signIn(ctx.app, phone);
    expect(first.user.role).toBe('reviewer');

    const blocked = await post('/recovery-codes', undefined, first.auth);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().type).toContain('mfa-required');

    const enrolled = await post('/enroll', undefined, first.auth);
    expect(enrolled.statusCode).toBe(200);
    const { secret, otpauthUrl, qrDataUrl } = enrolled.json();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(otpauthUrl).not.toContain(phone.slice(1));
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const stored = JSON.stringify(
      await ctx.container.database.db.execute(
        `select secret_sealed from mfa_factors where user_id = '${userId}'` as never,
      ),
    );
    expect(stored).not.toContain(secret);

    expect((await post('/activate', { code: wrongCode(secret) }, first.auth)).statusCode).toBe(400);
    const activated = await post('/activate', { code: totp(secret) }, first.auth);
    expect(activated.statusCode).toBe(200);
    const session = activated.json();
    expect(session.user).toMatchObject({ id: userId, mfaEnabled: true });
    expect(session.recoveryCodes).toHaveLength(10);
    expect(new Set(session.recoveryCodes).size).toBe(10);
    expect(claimsOf(session.accessToken).mfa).toBe(true);
    expect((await post('/recovery-codes', undefined, bearer(session.accessToken))).statusCode).toBe(200);
    // The session from before activation still lacks the second factor.
    expect((await post('/recovery-codes', undefined, first.auth)).statusCode).toBe(403);
    expect((await post('/enroll', undefined, bearer(session.accessToken))).statusCode).toBe(409);

    const challenge = await signInAgain(ctx, phone);
    expect(challenge).toMatchObject({ mfaRequired: true, user: { id: userId } });
    expect(challenge.accessToken).toBeUndefined();
    const verified = await post('/verify', { mfaToken: challenge.mfaToken, code: totp(secret) });
    expect(verified.statusCode).toBe(200);
    expect(claimsOf(verified.json().accessToken)).toMatchObject({ sub: userId, mfa: true });
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: bearer(verified.json().accessToken),
    });
    expect(me.json()).toMatchObject({ id: userId, mfaEnabled: true });

    const actions = await auditActions(userId);
    expect(actions).toEqual(
      expect.arrayContaining([
        'mfa.enrollment_started',
        'mfa.code_rejected',
        'mfa.enabled',
        'mfa.recovery_codes_regenerated',
        'mfa.verified',
      ]),
    );
  });

  it('lets an admin reach admin routes only after TOTP', async () => {
    const { phone } = await createAccount(ctx, 'admin');
    const first = await signIn(ctx.app, phone);
    const before = await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: first.auth });
    expect(before.statusCode).toBe(403);
    expect(before.json().type).toContain('mfa-required');
    const mfa = await turnOnMfa(ctx, first.accessToken);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: mfa.auth })).statusCode,
    ).toBe(200);
  });

  it('accepts each recovery code once, and only the newest set', async () => {
    const staff = await staffWithMfa(ctx, 'reviewer');
    const [code1, code2] = staff.recoveryCodes as [string, string];

    const c1 = await signInAgain(ctx, staff.phone);
    const used = await post('/verify', { mfaToken: c1.mfaToken, recoveryCode: code1 });
    expect(used.statusCode).toBe(200);
    expect(claimsOf(used.json().accessToken).mfa).toBe(true);
    const again = await post('/verify', { mfaToken: c1.mfaToken, recoveryCode: code1 });
    expect(again.statusCode).toBe(400);
    expect(again.json().type).toContain('mfa-code-invalid');
    // Typed without dashes, with spaces: still the same code.
    const spaced = code2.replace(/-/g, ' ');
    const regenerated = await post('/recovery-codes', undefined, bearer(used.json().accessToken));
    expect(regenerated.statusCode).toBe(200);
    expect((await post('/verify', { mfaToken: c1.mfaToken, recoveryCode: spaced })).statusCode).toBe(400);
    const fresh = regenerated.json().recoveryCodes[0].replace(/-/g, ' ');
    expect((await post('/verify', { mfaToken: c1.mfaToken, recoveryCode: fresh })).statusCode).toBe(200);
    expect(await auditActions(staff.userId)).toContain('mfa.recovery_code_used');
  });

  it('raises a session without MFA through step-up', async () => {
    const staff = await staffWithMfa(ctx, 'reviewer');
    const old = bearer(staff.firstAccessToken);
    expect((await post('/recovery-codes', undefined, old)).statusCode).toBe(403);
    expect((await post('/step-up', { code: wrongCode(staff.secret) }, old)).statusCode).toBe(400);
    const up = await post('/step-up', { code: totp(staff.secret) }, old);
    expect(up.statusCode).toBe(200);
    expect((await post('/recovery-codes', undefined, bearer(up.json().accessToken))).statusCode).toBe(200);
  });
});

describe('refusals', () => {
  it('throttles wrong codes: after five in five minutes even the right code waits', async () => {
    const staff = await staffWithMfa(ctx, 'admin');
    const { mfaToken } = await signInAgain(ctx, staff.phone);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const wrong = i % 2 ? { code: wrongCode(staff.secret) } : { recoveryCode: '0000-0000-0000' };
      statuses.push((await post('/verify', { mfaToken, ...wrong })).statusCode);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400]);
    const right = await post('/verify', { mfaToken, code: totp(staff.secret) }, { 'accept-language': 'hi' });
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    expect(right.json().type).toContain('mfa-too-many-attempts');
    expect(right.json().detail).toContain('सेकंड');
    expect(
      (await post('/step-up', { code: totp(staff.secret) }, bearer(staff.firstAccessToken))).statusCode,
    ).toBe(429);
    const others = await staffWithMfa(ctx, 'admin');
    const theirs = await signInAgain(ctx, others.phone);
    expect((await post('/verify', { mfaToken: theirs.mfaToken, code: totp(others.secret) })).statusCode).toBe(
      200,
    );
  });

  it('refuses tampered, expired and wrong-purpose challenge tokens with 401 problem+json', async () => {
    const staff = await staffWithMfa(ctx, 'reviewer');
    const { mfaToken } = await signInAgain(ctx, staff.phone);
    const [h, p, s] = mfaToken!.split('.') as [string, string, string];
    const other = await createAccount(ctx, 'admin');
    const tampered = [
      h,
      Buffer.from(JSON.stringify({ ...claimsOf(mfaToken!), sub: other.userId })).toString('base64url'),
      s,
    ].join('.');

    const secrets = await loadSecrets(ctx.container.config);
    const key = await importJWK(secrets.jwtKey.privateJwk, 'EdDSA');
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ step: 'mfa' })
      .setProtectedHeader({ alg: 'EdDSA', kid: secrets.jwtKey.kid })
      .setIssuer(ctx.container.config.JWT_ISSUER)
      .setAudience('shebalance-mfa')
      .setSubject(staff.userId)
      .setIssuedAt(now - 900)
      .setExpirationTime(now - 600)
      .sign(key);

    for (const token of [tampered, expired, staff.accessToken, `${h}.${p}.`]) {
      const res = await post('/verify', { mfaToken: token, code: totp(staff.secret) });
      expect(res.statusCode, token.slice(0, 20)).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await post('/verify', { mfaToken, code: totp(staff.secret) })).statusCode).toBe(200);
  });

  it('validates bodies: one factor exactly, six-digit codes, no unknown fields', async () => {
    const staff = await staffWithMfa(ctx, 'reviewer');
    const { mfaToken } = await signInAgain(ctx, staff.phone);
    const bodies = [
      { mfaToken },
      { mfaToken, code: totp(staff.secret), recoveryCode: staff.recoveryCodes[0] },
      { mfaToken, code: '12345' },
      { mfaToken, code: totp(staff.secret), admin: true },
    ];
    for (const body of bodies) {
      const res = await post('/verify', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().type).toContain('validation');
    }
    const signedOut = await post('/enroll');
    expect(signedOut.statusCode).toBe(401);
  });
});

describe('optional multi-factor for buyers and artisans', () => {
  it('does not force a buyer, but once she turns it on her sign-in asks for it', async () => {
    const phone = aPhone();
    const buyer = await signIn(ctx.app, phone, { role: 'buyer' });
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: buyer.auth })).statusCode).toBe(
      200,
    );
    const noMfa = await post('/recovery-codes', undefined, buyer.auth);
    expect(noMfa.statusCode).toBe(403);
    expect(noMfa.json().type).toContain('mfa-required');
    const { secret } = await turnOnMfa(ctx, buyer.accessToken);
    const challenge = await signInAgain(ctx, phone);
    expect(challenge.mfaRequired).toBe(true);
    expect((await post('/verify', { mfaToken: challenge.mfaToken, code: totp(secret) })).statusCode).toBe(
      200,
    );
  });

  it('lets an artisan without MFA reach her own account without any second step', async () => {
    const artisan = await signIn(ctx.app);
    const again = await signInAgain(ctx, artisan.phone);
    expect(again.accessToken).toBeDefined();
    expect((await post('/verify', { mfaToken: again.accessToken, code: '123456' })).statusCode).toBe(401);
  });
});
