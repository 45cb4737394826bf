import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAchievementCredential } from '../credential/build';
import { demoCredentialInput } from '../credential/fixtures';
import { signCredential } from '../jwt/sign';
import { verifyCredentialJwt } from '../jwt/verify';
import {
  buildDidDocument,
  didKeyFromPublicJwk,
  didWebDocumentUrl,
  didWebFromDomain,
  publicJwkFromDidKey,
  resolverFromDidDocument,
} from './did';
import { openPrivateKey, sealPrivateKey } from './envelope';
import { generateIssuerKey } from './generate';
import { KeyRing } from './keyring';
import { LocalKeyManagement } from './kms-local';

const DID = 'did:web:shebalance.example';

describe('did', () => {
  it('derives did:web from a domain and back to the document URL', () => {
    expect(didWebFromDomain('shebalance.example')).toBe(DID);
    expect(didWebFromDomain('https://ShebAlance.example/')).toBe(DID);
    expect(didWebFromDomain('localhost:3000')).toBe('did:web:localhost%3A3000');
    expect(didWebDocumentUrl(DID)).toBe('https://shebalance.example/.well-known/did.json');
    expect(didWebDocumentUrl(didWebFromDomain('x.example/org/1'))).toBe('https://x.example/org/1/did.json');
  });

  it('round-trips did:key for Ed25519', () => {
    const key = generateIssuerKey({ did: DID });
    const didKey = didKeyFromPublicJwk(key.publicJwk);
    expect(didKey).toMatch(/^did:key:z6Mk/);
    expect(publicJwkFromDidKey(`${didKey}#${didKey.slice(8)}`)?.x).toBe(key.publicJwk.x);
    expect(publicJwkFromDidKey('did:key:zNotAKey0')).toBeUndefined();
  });

  it('builds a DID document listing current and retired keys as assertion methods', () => {
    const ring = KeyRing.create(DID);
    ring.rotate();
    const doc = buildDidDocument('shebalance.example', ring.publicJwks());
    expect(doc.id).toBe(DID);
    expect(doc.assertionMethod).toEqual([`${DID}#key-1`, `${DID}#key-2`]);
    expect(JSON.stringify(doc)).not.toContain('"d"');
    expect(resolverFromDidDocument(doc)(`${DID}#key-1`)?.x).toBe(ring.publicJwks()[0]!.x);
    expect(() => buildDidDocument('other.example', ring.publicJwks())).toThrow(/does not belong/);
  });
});

describe('KeyRing', () => {
  it('rotates: new credentials use the new key, old ones keep verifying', async () => {
    const ring = KeyRing.create(DID);
    const credential = buildAchievementCredential(demoCredentialInput());
    const old = await signCredential(credential, ring.current);
    const newKey = ring.rotate();
    expect(newKey.kid).toBe(`${DID}#key-2`);
    expect(ring.entries.map((e) => [e.kid, e.status])).toEqual([
      [`${DID}#key-1`, 'retired'],
      [`${DID}#key-2`, 'current'],
    ]);
    const fresh = await signCredential(credential, ring.current);
    const now = new Date('2025-06-01T00:00:00Z');
    for (const { jwt } of [old, fresh]) {
      expect((await verifyCredentialJwt(jwt, { resolveKey: ring.resolveKey, now })).verified).toBe(true);
    }
    expect(fresh.jwt).not.toBe(old.jwt);
  });

  it('seals the current private key and restores the ring through a local key file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-kms-'));
    const keyFile = join(dir, 'master.key');
    const km = LocalKeyManagement.fromKeyFile(keyFile);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const ring = KeyRing.create(DID);
    ring.rotate();
    const stored = JSON.parse(JSON.stringify(await ring.seal(km)));
    expect(JSON.stringify(stored)).not.toContain(ring.current.privateJwk.d);
    const again = await KeyRing.open(stored, LocalKeyManagement.fromKeyFile(keyFile, { create: false }));
    expect(again.current.privateJwk.d).toBe(ring.current.privateJwk.d);
    expect(again.publicJwks()).toEqual(ring.publicJwks());
    const otherKm = LocalKeyManagement.fromKeyFile(join(dir, 'other.key'));
    await expect(KeyRing.open(stored, otherKm)).rejects.toThrow();
    expect(readFileSync(keyFile, 'utf8').trim()).toHaveLength(44);
  });

  it('envelope encryption binds the sealed key to its kid and detects tampering', async () => {
    const km = new LocalKeyManagement(new Uint8Array(32).fill(7));
    const key = generateIssuerKey({ did: DID });
    const sealed = await sealPrivateKey(key.privateJwk, km);
    expect((await openPrivateKey(sealed, km)).d).toBe(key.privateJwk.d);
    await expect(
      openPrivateKey({ ...sealed, context: { ...sealed.context, kid: `${DID}#key-9` } }, km),
    ).rejects.toThrow();
    const flipped = Buffer.from(sealed.ciphertext, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    await expect(
      openPrivateKey({ ...sealed, ciphertext: flipped.toString('base64url') }, km),
    ).rejects.toThrow();
  });
});
