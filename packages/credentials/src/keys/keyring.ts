import { buildDidDocument, didOfKid, type DidDocument } from './did';
import { openPrivateKey, sealPrivateKey, type KeyManagement, type SealedSecret } from './envelope';
import { generateIssuerKey, toPublicJwk } from './generate';
import type { IssuerKey, PrivateJwk, PublicJwk } from './types';

export interface KeyRingEntry {
  kid: string;
  publicJwk: PublicJwk;
  status: 'current' | 'retired';
  createdAt: string;
  retiredAt?: string;
}

/** What to store (e.g. one JSON row): public keys in clear, the current private key sealed. */
export interface SealedKeyRing {
  did: string;
  keys: KeyRingEntry[];
  currentPrivateKey: SealedSecret;
}

function keyIndex(kid: string): number {
  const match = /#key-(\d+)$/.exec(kid);
  return match ? Number(match[1]) : 0;
}

/**
 * The issuer's signing keys: one current key that signs, and retired keys kept (public half only)
 * so that everything signed before a rotation keeps verifying. Retired private keys are dropped.
 */
export class KeyRing {
  readonly did: string;
  #entries: KeyRingEntry[];
  #current: IssuerKey;

  private constructor(did: string, entries: KeyRingEntry[], current: IssuerKey) {
    this.did = did;
    this.#entries = entries;
    this.#current = current;
  }

  /** A new ring with one fresh key (`<did>#key-1`): what first start does. */
  static create(did: string, now: Date = new Date()): KeyRing {
    const key = generateIssuerKey({ did, index: 1, now });
    return new KeyRing(
      did,
      [{ kid: key.kid, publicJwk: key.publicJwk, status: 'current', createdAt: key.createdAt }],
      key,
    );
  }

  /** The key that signs new credentials. */
  get current(): IssuerKey {
    return this.#current;
  }

  get entries(): readonly KeyRingEntry[] {
    return this.#entries.map((e) => ({ ...e }));
  }

  /** Makes a new current key; the old one is retired (kept for verification). Returns the new key. */
  rotate(now: Date = new Date()): IssuerKey {
    const next = Math.max(...this.#entries.map((e) => keyIndex(e.kid))) + 1;
    const key = generateIssuerKey({ did: this.did, index: next, now });
    this.#entries = this.#entries.map((e) =>
      e.status === 'current' ? { ...e, status: 'retired', retiredAt: now.toISOString() } : e,
    );
    this.#entries.push({
      kid: key.kid,
      publicJwk: key.publicJwk,
      status: 'current',
      createdAt: key.createdAt,
    });
    this.#current = key;
    return key;
  }

  /** Every public key, current and retired, each with its kid. */
  publicJwks(): PublicJwk[] {
    return this.#entries.map((e) => ({ ...e.publicJwk, kid: e.kid }));
  }

  /** KeyResolver over this ring (current and retired keys). */
  resolveKey = (kid: string): PublicJwk | undefined => {
    const entry = this.#entries.find((e) => e.kid === kid);
    return entry ? { ...entry.publicJwk, kid: entry.kid } : undefined;
  };

  /** The DID document to serve at `/.well-known/did.json`. */
  didDocument(): DidDocument {
    return buildDidDocument(this.did, this.publicJwks());
  }

  /** Seals the current private key through the KeyManagement port, for storage. */
  async seal(km: KeyManagement): Promise<SealedKeyRing> {
    return {
      did: this.did,
      keys: this.entries as KeyRingEntry[],
      currentPrivateKey: await sealPrivateKey(this.#current.privateJwk, km),
    };
  }

  /** Restores a ring from storage; fails if the sealed key is not the ring's current key. */
  static async open(stored: SealedKeyRing, km: KeyManagement): Promise<KeyRing> {
    const currentEntry = stored.keys.find((k) => k.status === 'current');
    if (!currentEntry) throw new Error('key ring has no current key');
    const privateJwk: PrivateJwk = await openPrivateKey(stored.currentPrivateKey, km);
    if (privateJwk.kid !== currentEntry.kid || privateJwk.x !== currentEntry.publicJwk.x) {
      throw new Error('sealed private key does not match the current key');
    }
    for (const k of stored.keys) {
      if (didOfKid(k.kid) !== stored.did) throw new Error(`key ${k.kid} does not belong to ${stored.did}`);
    }
    const current: IssuerKey = {
      kid: currentEntry.kid,
      publicJwk: toPublicJwk({ ...currentEntry.publicJwk, kid: currentEntry.kid }),
      privateJwk,
      createdAt: currentEntry.createdAt,
    };
    return new KeyRing(
      stored.did,
      stored.keys.map((k) => ({ ...k })),
      current,
    );
  }
}
