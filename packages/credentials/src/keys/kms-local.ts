import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KeyManagement } from './envelope';

function contextAad(context: Record<string, string>): Buffer {
  return Buffer.from(JSON.stringify(Object.entries(context).sort(([a], [b]) => a.localeCompare(b))), 'utf8');
}

/**
 * Local KeyManagement: a 256-bit master key (KEK) kept in a file (mode 0600). Data keys are
 * wrapped with AES-256-GCM under it, bound to the encryption context.
 */
export class LocalKeyManagement implements KeyManagement {
  readonly name = 'local';
  readonly keyId: string;
  readonly #kek: Buffer;

  constructor(masterKey: Uint8Array) {
    if (masterKey.length !== 32) throw new Error('local master key must be 32 bytes');
    this.#kek = Buffer.from(masterKey);
    this.keyId = `local:${createHash('sha256').update(this.#kek).digest('hex').slice(0, 16)}`;
  }

  /** Reads the master key file, creating it (random key, mode 0600) on first start if allowed. */
  static fromKeyFile(path: string, options: { create?: boolean } = {}): LocalKeyManagement {
    if (!existsSync(path)) {
      if (options.create === false) throw new Error(`master key file not found: ${path}`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    }
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`master key file must hold 32 base64 bytes: ${path}`);
    return new LocalKeyManagement(key);
  }

  async generateDataKey(context: Record<string, string>) {
    const plaintext = randomBytes(32);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#kek, iv);
    cipher.setAAD(contextAad(context));
    const wrapped = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const encrypted = Buffer.concat([iv, cipher.getAuthTag(), wrapped]);
    return { plaintext: new Uint8Array(plaintext), encrypted: new Uint8Array(encrypted), keyId: this.keyId };
  }

  async decryptDataKey(encrypted: Uint8Array, context: Record<string, string>): Promise<Uint8Array> {
    const blob = Buffer.from(encrypted);
    if (blob.length !== 12 + 16 + 32) throw new Error('malformed wrapped data key');
    const decipher = createDecipheriv('aes-256-gcm', this.#kek, blob.subarray(0, 12));
    decipher.setAAD(contextAad(context));
    decipher.setAuthTag(blob.subarray(12, 28));
    return new Uint8Array(Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]));
  }
}
