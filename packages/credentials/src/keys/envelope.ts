import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { PrivateJwk } from './types';

/**
 * Port for the key-encryption service (envelope encryption): it hands out fresh data keys and
 * unwraps them later. Local default: a key file; scale-out: AWS KMS. The master key never
 * leaves the service; only encrypted data keys are stored beside the data.
 */
export interface KeyManagement {
  /** Identifies the implementation in sealed records ('local', 'aws-kms'). */
  readonly name: string;
  /** A new 256-bit data key, in plaintext (use once, then forget) and wrapped by the master key. */
  generateDataKey(
    context: Record<string, string>,
  ): Promise<{ plaintext: Uint8Array; encrypted: Uint8Array; keyId: string }>;
  /** Unwraps a data key produced by generateDataKey with the same context. */
  decryptDataKey(encrypted: Uint8Array, context: Record<string, string>): Promise<Uint8Array>;
}

/** A secret sealed with AES-256-GCM under a data key that the KeyManagement wrapped. */
export interface SealedSecret {
  v: 1;
  alg: 'A256GCM';
  kms: string;
  keyId: string;
  /** What the secret is bound to (checked as GCM additional data and as the KMS encryption context). */
  context: Record<string, string>;
  encryptedDataKey: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');
const unb64 = (text: string): Buffer => Buffer.from(text, 'base64url');

function aad(context: Record<string, string>): Buffer {
  const sorted = Object.keys(context)
    .sort()
    .map((k) => [k, context[k]]);
  return Buffer.from(JSON.stringify(sorted), 'utf8');
}

/** Seals arbitrary bytes with a fresh data key from `km`. */
export async function sealSecret(
  plaintext: Uint8Array,
  km: KeyManagement,
  context: Record<string, string>,
): Promise<SealedSecret> {
  const dataKey = await km.generateDataKey(context);
  const key = Buffer.from(dataKey.plaintext);
  try {
    if (key.length !== 32) throw new Error('data key must be 256 bits');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(aad(context));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return {
      v: 1,
      alg: 'A256GCM',
      kms: km.name,
      keyId: dataKey.keyId,
      context: { ...context },
      encryptedDataKey: b64(dataKey.encrypted),
      iv: b64(iv),
      ciphertext: b64(ciphertext),
      tag: b64(cipher.getAuthTag()),
    };
  } finally {
    key.fill(0);
  }
}

/** Opens a SealedSecret; throws if the data key, context or ciphertext do not match. */
export async function openSecret(sealed: SealedSecret, km: KeyManagement): Promise<Buffer> {
  if (sealed.v !== 1 || sealed.alg !== 'A256GCM') throw new Error('unsupported sealed secret format');
  if (sealed.kms !== km.name) throw new Error(`sealed with ${sealed.kms}, not ${km.name}`);
  const key = Buffer.from(await km.decryptDataKey(unb64(sealed.encryptedDataKey), sealed.context));
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, unb64(sealed.iv));
    decipher.setAAD(aad(sealed.context));
    decipher.setAuthTag(unb64(sealed.tag));
    return Buffer.concat([decipher.update(unb64(sealed.ciphertext)), decipher.final()]);
  } finally {
    key.fill(0);
  }
}

function keyContext(kid: string | undefined): Record<string, string> {
  return { purpose: 'shebalance-credential-signing-key', kid: kid ?? '' };
}

/** Envelope-encrypts a private JWK (bound to its kid) for storage in the database. */
export async function sealPrivateKey(privateJwk: PrivateJwk, km: KeyManagement): Promise<SealedSecret> {
  return sealSecret(Buffer.from(JSON.stringify(privateJwk), 'utf8'), km, keyContext(privateJwk.kid));
}

/** Opens a sealed private JWK; checks that the kid inside matches the kid it was sealed for. */
export async function openPrivateKey(sealed: SealedSecret, km: KeyManagement): Promise<PrivateJwk> {
  const jwk = JSON.parse((await openSecret(sealed, km)).toString('utf8')) as PrivateJwk;
  if ((jwk.kid ?? '') !== sealed.context.kid) throw new Error('sealed key does not match its kid');
  return jwk;
}
