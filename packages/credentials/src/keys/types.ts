/** An Ed25519 public key as a JWK (`kid` is a DID URL such as `did:web:shebalance.example#key-1`). */
export interface PublicJwk {
  kty: string;
  crv: string;
  x: string;
  kid?: string;
  alg?: string;
  use?: string;
}

/** An Ed25519 private key as a JWK (contains `d`). Never log or persist it unsealed. */
export interface PrivateJwk extends PublicJwk {
  d: string;
}

/** A signing key: its DID URL plus the key pair as JWKs. */
export interface IssuerKey {
  kid: string;
  publicJwk: PublicJwk;
  privateJwk: PrivateJwk;
  createdAt: string;
}

/** Resolves a DID URL (`kid`) to a trusted public key, or undefined when unknown. */
export type KeyResolver = (kid: string) => PublicJwk | undefined | Promise<PublicJwk | undefined>;
