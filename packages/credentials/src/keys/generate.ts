import { generateKeyPairSync } from 'node:crypto';
import type { IssuerKey, PrivateJwk, PublicJwk } from './types';

/** Public half of a JWK (drops `d` and anything else private). */
export function toPublicJwk(jwk: PublicJwk): PublicJwk {
  const pub: PublicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
  if (jwk.kid) pub.kid = jwk.kid;
  pub.alg = 'EdDSA';
  pub.use = 'sig';
  return pub;
}

/**
 * A fresh Ed25519 signing key for an issuer DID. `kid` is the DID URL `<did>#key-<index>`,
 * which becomes the JWT header `kid` and the DID document's verification method id.
 */
export function generateIssuerKey(options: { did: string; index?: number; now?: Date }): IssuerKey {
  const { did, index = 1, now = new Date() } = options;
  if (!did.startsWith('did:')) throw new Error(`issuer id must be a DID: ${did}`);
  if (!Number.isInteger(index) || index < 1) throw new Error('key index must be a positive integer');
  const kid = `${did}#key-${index}`;
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' }) as { kty: string; crv: string; x: string; d: string };
  const privateJwk: PrivateJwk = {
    kty: jwk.kty,
    crv: jwk.crv,
    x: jwk.x,
    d: jwk.d,
    kid,
    alg: 'EdDSA',
    use: 'sig',
  };
  return { kid, publicJwk: toPublicJwk(privateJwk), privateJwk, createdAt: now.toISOString() };
}
