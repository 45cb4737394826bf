import { importJWK, SignJWT } from 'jose';
import { didOfKid } from '../keys/did';
import type { PrivateJwk } from '../keys/types';

/** Key material for signing: the DID URL and the private JWK. An IssuerKey fits. */
export interface SigningKey {
  kid: string;
  privateJwk: PrivateJwk;
}

/** The minimal credential shape VC-JWT needs (VC data model 1.1 dates). */
export interface SignableCredential {
  id: string;
  issuer: string | { id: string };
  issuanceDate: string;
  expirationDate?: string;
  credentialSubject: { id?: string };
}

export function issuerIdOf(credential: { issuer?: unknown }): string | undefined {
  const issuer = credential.issuer;
  if (typeof issuer === 'string') return issuer;
  if (issuer && typeof issuer === 'object' && typeof (issuer as { id?: unknown }).id === 'string') {
    return (issuer as { id: string }).id;
  }
  return undefined;
}

const seconds = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`invalid date: ${iso}`);
  return Math.floor(ms / 1000);
};

/**
 * Signs a credential as a VC-JWT (VC data model 1.1 §6.3.1): header `{alg: EdDSA, typ: JWT, kid}`,
 * claims iss = issuer id, sub = credentialSubject.id, jti = credential id, nbf = issuanceDate,
 * exp = expirationDate (if any), vc = the whole credential.
 */
export async function signCredential(
  credential: SignableCredential,
  key: SigningKey,
): Promise<{ jwt: string }> {
  const iss = issuerIdOf(credential);
  if (!iss) throw new Error('credential has no issuer id');
  if (didOfKid(key.kid) !== iss) throw new Error(`key ${key.kid} does not belong to issuer ${iss}`);
  if (key.privateJwk.kty !== 'OKP' || key.privateJwk.crv !== 'Ed25519')
    throw new Error('signing key must be Ed25519');
  const privateKey = await importJWK({ ...key.privateJwk }, 'EdDSA');
  const nbf = seconds(credential.issuanceDate);
  const builder = new SignJWT({ vc: credential })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: key.kid })
    .setIssuer(iss)
    .setJti(credential.id)
    .setNotBefore(nbf)
    .setIssuedAt(nbf);
  if (credential.credentialSubject.id) builder.setSubject(credential.credentialSubject.id);
  if (credential.expirationDate) builder.setExpirationTime(seconds(credential.expirationDate));
  return { jwt: await builder.sign(privateKey) };
}
