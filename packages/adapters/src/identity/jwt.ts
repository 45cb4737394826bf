import { randomUUID } from 'node:crypto';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { unauthorized, type AccessClaims, type Role, type TokenService, ROLES } from '@shebalance/core';

export interface SigningKeyPair {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function generateSigningKey(): Promise<SigningKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const kid = randomUUID();
  return {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA', use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' },
  };
}

export interface CognitoSettings {
  issuer: string;
  clientId?: string;
  /** Defaults to `${issuer}/.well-known/jwks.json`. */
  jwksUrl?: string;
  jwks?: JSONWebKeySet;
}

export interface JwtTokenServiceOptions {
  key: SigningKeyPair;
  /** Earlier public keys that still verify tokens during a rotation. */
  previousPublicKeys?: JWK[];
  issuer: string;
  accessTtlSeconds: number;
  cognito?: CognitoSettings;
}

const AUDIENCE = 'shebalance-api';
const MFA_AUDIENCE = 'shebalance-mfa';

/** EdDSA (Ed25519) access tokens; optionally also accepts Cognito user-pool tokens verified by JWKS. */
export async function jwtTokenService(options: JwtTokenServiceOptions): Promise<TokenService & { jwks: JSONWebKeySet }> {
  const privateKey = (await importJWK(options.key.privateJwk, 'EdDSA')) as CryptoKey;
  const jwks: JSONWebKeySet = { keys: [options.key.publicJwk, ...(options.previousPublicKeys ?? [])] };
  const localKeys = createLocalJWKSet(jwks);
  const cognitoKeys: JWTVerifyGetKey | undefined = options.cognito
    ? options.cognito.jwks
      ? createLocalJWKSet(options.cognito.jwks)
      : createRemoteJWKSet(new URL(options.cognito.jwksUrl ?? `${options.cognito.issuer}/.well-known/jwks.json`))
    : undefined;

  const sign = (payload: JWTPayload, sub: string, audience: string, ttl: number) =>
    new SignJWT(payload)
      .setProtectedHeader({ alg: 'EdDSA', kid: options.key.kid, typ: 'JWT' })
      .setIssuer(options.issuer)
      .setAudience(audience)
      .setSubject(sub)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(`${ttl}s`)
      .sign(privateKey);

  async function verifyCognito(token: string): Promise<AccessClaims> {
    const cognito = options.cognito!;
    const { payload } = await jwtVerify(token, cognitoKeys!, { issuer: cognito.issuer, algorithms: ['RS256'] });
    const audienceOk =
      !cognito.clientId || payload.aud === cognito.clientId || payload['client_id'] === cognito.clientId;
    if (!audienceOk || !payload.sub) throw new Error('wrong audience');
    const groups = (payload['cognito:groups'] as string[] | undefined) ?? [];
    const role = (ROLES as readonly string[]).find((r) => groups.includes(r)) as Role | undefined;
    return { sub: payload.sub, role: role ?? 'artisan', mfa: groups.includes('mfa') || payload['amr'] !== undefined, iat: payload.iat ?? 0, source: 'cognito' };
  }

  return {
    jwks,
    async issueAccessToken({ sub, role, mfa }) {
      return { token: await sign({ role, mfa }, sub, AUDIENCE, options.accessTtlSeconds), expiresIn: options.accessTtlSeconds };
    },
    issueMfaChallenge: (sub) => sign({ step: 'mfa' }, sub, MFA_AUDIENCE, 300),
    async verifyMfaChallenge(token) {
      try {
        const { payload } = await jwtVerify(token, localKeys, { issuer: options.issuer, audience: MFA_AUDIENCE, algorithms: ['EdDSA'] });
        return payload.sub ? { sub: payload.sub } : undefined;
      } catch {
        return undefined;
      }
    },
    async verifyAccessToken(token) {
      try {
        if (cognitoKeys && token.split('.').length === 3) {
          const body = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as JWTPayload;
          if (body.iss === options.cognito!.issuer) return await verifyCognito(token);
        }
        const { payload } = await jwtVerify(token, localKeys, { issuer: options.issuer, audience: AUDIENCE, algorithms: ['EdDSA'] });
        const role = payload['role'];
        if (!payload.sub || typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) throw new Error('claims');
        return { sub: payload.sub, role: role as Role, mfa: payload['mfa'] === true, iat: payload.iat ?? 0, source: 'otp' };
      } catch {
        throw unauthorized('error.token_invalid');
      }
    },
  };
}
