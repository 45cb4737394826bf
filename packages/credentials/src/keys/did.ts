import { base58btcDecode, base58btcEncode } from './base58';
import type { PublicJwk } from './types';

const ED25519_MULTICODEC = [0xed, 0x01];

/**
 * did:web for a deployment domain (`shebalance.example`, `localhost:3000`, or `host/path`):
 * a port's colon is percent-encoded and path segments become colon-separated.
 */
export function didWebFromDomain(domain: string): string {
  const clean = domain
    .trim()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '');
  if (!clean || /\s/.test(clean)) throw new Error(`invalid domain for did:web: ${domain}`);
  const [host, ...path] = clean.split('/');
  return ['did:web', encodeURIComponent(host!.toLowerCase()), ...path.map(encodeURIComponent)].join(':');
}

/** The URL at which a did:web document is served (`/.well-known/did.json` for a bare domain). */
export function didWebDocumentUrl(did: string): string {
  if (!did.startsWith('did:web:')) throw new Error(`not a did:web: ${did}`);
  const [host, ...path] = did.slice('did:web:'.length).split(':').map(decodeURIComponent);
  return path.length ? `https://${host}/${path.join('/')}/did.json` : `https://${host}/.well-known/did.json`;
}

/** The DID part of a DID URL (`did:web:x#key-1` → `did:web:x`). */
export function didOfKid(kid: string): string {
  return kid.split('#')[0]!;
}

function bytesFromBase64url(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64url'));
}

/** did:key (Ed25519, multibase base58btc) derived from an Ed25519 public JWK. */
export function didKeyFromPublicJwk(jwk: PublicJwk): string {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.x) throw new Error('did:key needs an Ed25519 JWK');
  const raw = bytesFromBase64url(jwk.x);
  return `did:key:z${base58btcEncode(Uint8Array.from([...ED25519_MULTICODEC, ...raw]))}`;
}

/** Resolves a did:key (Ed25519) to its public JWK, or undefined if it is not one. */
export function publicJwkFromDidKey(didOrKid: string): PublicJwk | undefined {
  const did = didOfKid(didOrKid);
  if (!did.startsWith('did:key:z')) return undefined;
  try {
    const bytes = base58btcDecode(did.slice('did:key:z'.length));
    if (bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) return undefined;
    return { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(bytes.slice(2)).toString('base64url') };
  } catch {
    return undefined;
  }
}

export interface DidDocument {
  '@context': string[];
  id: string;
  verificationMethod: { id: string; type: 'JsonWebKey2020'; controller: string; publicKeyJwk: PublicJwk }[];
  assertionMethod: string[];
}

/**
 * The DID document for `/.well-known/did.json`: every current AND retired public key, so that
 * credentials signed before a rotation keep verifying. Keys may carry a full kid
 * (`did:web:x#key-1`) or a fragment (`key-1`).
 */
export function buildDidDocument(domainOrDid: string, publicJwks: readonly PublicJwk[]): DidDocument {
  const did = domainOrDid.startsWith('did:') ? domainOrDid : didWebFromDomain(domainOrDid);
  const methods = publicJwks.map((jwk, i) => {
    const fragment = jwk.kid ? (jwk.kid.split('#')[1] ?? jwk.kid) : `key-${i + 1}`;
    if (jwk.kid?.includes('#') && didOfKid(jwk.kid) !== did) {
      throw new Error(`key ${jwk.kid} does not belong to ${did}`);
    }
    const { kty, crv, x } = jwk;
    return {
      id: `${did}#${fragment}`,
      type: 'JsonWebKey2020' as const,
      controller: did,
      publicKeyJwk: { kty, crv, x },
    };
  });
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
    id: did,
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
  };
}

/** A key resolver over a DID document (e.g. a did.json a verifier saved earlier). */
export function resolverFromDidDocument(doc: DidDocument): (kid: string) => PublicJwk | undefined {
  return (kid) => doc.verificationMethod.find((m) => m.id === kid)?.publicKeyJwk;
}
