import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { aPhone, signIn, useTestApp } from '../../../test/harness';
import { bearer, totp, turnOnMfa } from '../../../test/staff';

/** A stand-in Cognito user pool: its own RSA key, published as a JWKS over local HTTP. */
const pool = await generateKeyPair('RS256', { extractable: true });
const stranger = await generateKeyPair('RS256', { extractable: true });
const kid = 'pool-key-1';
const jwks = { keys: [{ ...(await exportJWK(pool.publicKey)), kid, alg: 'RS256', use: 'sig' }] };
const server = createServer((req, res) => {
  if (req.url !== '/jwks.json') return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ISSUER = 'https://cognito-idp.ap-south-1.amazonaws.com/ap-south-1_SheTest';
const CLIENT_ID = '5shebalanceclientid';
const ctx = useTestApp({
  env: {
    COGNITO_ISSUER: ISSUER,
    COGNITO_CLIENT_ID: CLIENT_ID,
    COGNITO_JWKS_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
  },
});

interface TokenOptions {
  use?: 'id' | 'access' | string;
  claims?: JWTPayload;
  issuer?: string;
  key?: CryptoKey;
  keyId?: string;
  expiresAt?: number;
}

/** A token as Cognito issues them: ID tokens carry `aud` and the phone, access tokens `client_id`. */
async function cognitoToken(sub: string, options: TokenOptions = {}) {
  const use = options.use ?? 'id';
  const now = Math.floor(Date.now() / 1000);
  const standard =
    use === 'access' ? { client_id: CLIENT_ID, scope: 'aws.cognito.signin.user.admin', username: sub } : {};
  const token = new SignJWT({ token_use: use, 'cognito:username': sub, ...standard, ...options.claims })
    .setProtectedHeader({ alg: 'RS256', kid: options.keyId ?? kid })
    .setIssuer(options.issuer ?? ISSUER)
    .setSubject(sub)
    .setIssuedAt(now - 5)
    .setExpirationTime(options.expiresAt ?? now + 3600);
  if (use === 'id' && !options.claims?.aud) token.setAudience(CLIENT_ID);
  return token.sign(options.key ?? pool.privateKey);
}

const me = (token: string) => ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) });
const withPhone = (phone: string, verified = true, groups: string[] = []) => ({
  phone_number: phone,
  phone_number_verified: verified,
  ...(groups.length ? { 'cognito:groups': groups } : {}),
});

describe('Cognito user-pool tokens', () => {
  it('provision a local user on first sight of a verified phone, then map access tokens by sub', async () => {
    const sub = crypto.randomUUID();
    const phone = aPhone();
    const first = await me(await cognitoToken(sub, { claims: withPhone(phone) }));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ phone, role: 'artisan' });

    const access = await me(await cognitoToken(sub, { use: 'access' }));
    expect(access.statusCode).toBe(200);
    expect(access.json().id).toBe(first.json().id);
    const stored = await ctx.container.deps.repos.users.findByPhone(phone);
    expect(stored?.cognitoSub).toBe(sub);
  });

  it('link to the existing account with the same verified phone, never to an unverified one', async () => {
    const local = await signIn(ctx.app, aPhone(), { role: 'buyer' });
    const unverified = await me(
      await cognitoToken(crypto.randomUUID(), { claims: withPhone(local.phone, false) }),
    );
    expect(unverified.statusCode).toBe(401);
    expect(unverified.json().type).toContain('auth-cognito-unlinked');

    const linked = await me(
      await cognitoToken(crypto.randomUUID(), { claims: withPhone(local.phone, true, ['admin']) }),
    );
    expect(linked.statusCode).toBe(200);
    // Linking keeps the account's own role: the pool's groups only apply when it provisions.
    expect(linked.json()).toMatchObject({ id: local.user.id, role: 'buyer' });
    const takenOver = await me(await cognitoToken(crypto.randomUUID(), { claims: withPhone(local.phone) }));
    expect(takenOver.statusCode).toBe(401);
  });

  it('refuse an access token for an unknown identity (no phone to provision from)', async () => {
    const res = await me(await cognitoToken(crypto.randomUUID(), { use: 'access' }));
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('take the role from cognito:groups: staff groups give staff, who still need TOTP', async () => {
    const roles: [string[], string][] = [
      [['buyer', 'newsletter'], 'buyer'],
      [['superuser'], 'artisan'],
      [['Reviewer'], 'reviewer'],
    ];
    for (const [groups, role] of roles) {
      const res = await me(
        await cognitoToken(crypto.randomUUID(), { claims: withPhone(aPhone(), true, groups) }),
      );
      expect(res.json().role, groups.join()).toBe(role);
    }
    const sub = crypto.randomUUID();
    const token = await cognitoToken(sub, { claims: withPhone(aPhone(), true, ['admin']) });
    const staffRoute = () =>
      ctx.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: bearer(token) });
    expect((await staffRoute()).json().type).toContain('mfa-required');

    const mfa = await turnOnMfa(ctx, token);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: mfa.auth })).statusCode,
    ).toBe(200);
    expect((await staffRoute()).statusCode).toBe(403);
    const up = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/step-up',
      headers: bearer(token),
      payload: { code: totp(mfa.secret) },
    });
    expect(up.statusCode).toBe(200);
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/admin/users',
          headers: bearer(up.json().accessToken),
        })
      ).statusCode,
    ).toBe(200);
  });

  it('reject wrong issuer, wrong audience, expiry, foreign keys and other token uses with 401 problem+json', async () => {
    const sub = crypto.randomUUID();
    expect((await me(await cognitoToken(sub, { claims: withPhone(aPhone()) }))).statusCode).toBe(200);
    const now = Math.floor(Date.now() / 1000);
    const bad: Record<string, string> = {
      'wrong issuer': await cognitoToken(sub, {
        issuer: 'https://cognito-idp.ap-south-1.amazonaws.com/ap-south-1_Other',
      }),
      'wrong audience (id)': await cognitoToken(sub, { claims: { aud: 'another-client' } }),
      'wrong client (access)': await cognitoToken(sub, {
        use: 'access',
        claims: { client_id: 'another-client' },
      }),
      expired: await cognitoToken(sub, { expiresAt: now - 60 }),
      'signed by another key': await cognitoToken(sub, { key: stranger.privateKey }),
      'unknown key id': await cognitoToken(sub, { key: stranger.privateKey, keyId: 'not-in-jwks' }),
      'refresh token use': await cognitoToken(sub, { use: 'refresh' }),
    };
    for (const [why, token] of Object.entries(bad)) {
      const res = await me(token);
      expect(res.statusCode, why).toBe(401);
      expect(res.headers['content-type'], why).toContain('application/problem+json');
      expect(res.json().detail, why).toBeTruthy();
    }
    expect((await me(await cognitoToken(sub, { use: 'access' }))).statusCode).toBe(200);
  });
});
