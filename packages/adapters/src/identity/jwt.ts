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
import { roleFromCognitoGroups } from '@shebalance/core/identity/cognito';

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
export async function jwtTokenService(
  options: JwtTokenServiceOptions,
): Promise<TokenService & { jwks: JSONWebKeySet }> {
  const privateKey = (await importJWK(options.key.privateJwk, 'EdDSA')) as CryptoKey;
  const jwks: JSONWebKeySet = { keys: [options.key.publicJwk, ...(options.previousPublicKeys ?? [])] };
  const localKeys = createLocalJWKSet(jwks);
  const cognitoKeys: JWTVerifyGetKey | undefined = options.cognito
    ? options.cognito.jwks
      ? createLocalJWKSet(options.cognito.jwks)
      : createRemoteJWKSet(
          new URL(options.cognito.jwksUrl ?? `${options.cognito.issuer}/.well-known/jwks.json`),
        )
    : undefined;

  // Signature checks are the costliest step of every request: a verified token is remembered until it
  // expires (it is immutable; revocation is checked against the user on every request anyway).
  const verified = new Map<string, { claims: AccessClaims; exp: number }>();
  const remember = (token: string, claims: AccessClaims, exp: number) => {
    if (verified.size >= 20_000) verified.delete(verified.keys().next().value!);
    verified.set(token, { claims, exp });
  };

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

  /**
   * A Cognito user-pool access or ID token: RS256 signature by a key in the pool's JWKS, the pool's
   * issuer, an expiry, `token_use` of 'access' or 'id', and — when a client id is configured — the
   * access token's `client_id` or the ID token's `aud` must be that app client.
   */
  async function verifyCognito(token: string): Promise<AccessClaims> {
    const cognito = options.cognito!;
    const { payload } = await jwtVerify(token, cognitoKeys!, {
      issuer: cognito.issuer,
      algorithms: ['RS256'],
      requiredClaims: ['exp', 'iat', 'sub', 'token_use'],
    });
    const use = payload['token_use'];
    if (use !== 'access' && use !== 'id') throw new Error('token_use');
    if (cognito.clientId) {
      const audiences = use === 'access' ? [payload['client_id']] : [payload.aud].flat();
      if (!audiences.includes(cognito.clientId)) throw new Error('audience');
    }
    const rawGroups = payload['cognito:groups'];
    const groups = Array.isArray(rawGroups)
      ? rawGroups.filter((g): g is string => typeof g === 'string')
      : [];
    const amr = [payload['amr']].flat();
    const phone = typeof payload['phone_number'] === 'string' ? payload['phone_number'] : null;
    return {
      sub: payload.sub!,
      role: roleFromCognitoGroups(groups),
      // User pools do not say whether MFA was used; only an explicit `amr` containing 'mfa' counts.
      mfa: amr.includes('mfa'),
      iat: payload.iat ?? 0,
      source: 'cognito',
      cognito: { phone, phoneVerified: payload['phone_number_verified'] === true, groups },
    };
  }

  return {
    jwks,
    async issueAccessToken({ sub, role, mfa }) {
      return {
        token: await sign({ role, mfa }, sub, AUDIENCE, options.accessTtlSeconds),
        expiresIn: options.accessTtlSeconds,
      };
    },
    issueMfaChallenge: (sub) => sign({ step: 'mfa' }, sub, MFA_AUDIENCE, 300),
    async verifyMfaChallenge(token) {
      try {
        const { payload } = await jwtVerify(token, localKeys, {
          issuer: options.issuer,
          audience: MFA_AUDIENCE,
          algorithms: ['EdDSA'],
        });
        return payload.sub ? { sub: payload.sub } : undefined;
      } catch {
        return undefined;
      }
    },
    async verifyAccessToken(token) {
      const cached = verified.get(token);
      if (cached && cached.exp * 1000 > Date.now()) return cached.claims;
      try {
        if (cognitoKeys && token.split('.').length === 3) {
          const body = JSON.parse(
            Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'),
          ) as JWTPayload;
          if (body.iss === options.cognito!.issuer) return await verifyCognito(token);
        }
        const { payload } = await jwtVerify(token, localKeys, {
          issuer: options.issuer,
          audience: AUDIENCE,
          algorithms: ['EdDSA'],
        });
        const role = payload['role'];
        if (!payload.sub || typeof role !== 'string' || !(ROLES as readonly string[]).includes(role))
          throw new Error('claims');
        const claims: AccessClaims = {
          sub: payload.sub,
          role: role as Role,
          mfa: payload['mfa'] === true,
          iat: payload.iat ?? 0,
          source: 'otp',
        };
        remember(token, claims, payload.exp ?? 0);
        return claims;
      } catch {
        throw unauthorized('error.token_invalid');
      }
    },
  };
}
