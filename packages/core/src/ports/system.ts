/** Time, identifiers and cryptographic primitives are ports so the domain stays pure and testable. */
export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  /** A random UUID (v4). */
  uuid(): string;
  /** A UUID derived from `key` (the same key always gives the same id): idempotent creation. */
  keyed(namespace: string, key: string): string;
  /** `bytes` of cryptographic randomness, base64url-encoded. */
  token(bytes?: number): string;
  /** A uniformly random string of `length` decimal digits. */
  digits(length: number): string;
}

export interface SecretHasher {
  /** Keyed, one-way hash (HMAC-SHA-256 with the server pepper) for codes and tokens. */
  hash(value: string): string;
  /** Constant-time comparison of `value` against a stored hash. */
  verify(value: string, hash: string): boolean;
}

/** Symmetric encryption for secrets at rest (TOTP seeds); backed by the KeyManagement port. */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}
