import { describe, expect, it } from 'vitest';
import { SignJWT, importJWK } from 'jose';
import { buildAchievementCredential } from '../credential/build';
import { demoCredentialInput } from '../credential/fixtures';
import { issueAchievementCredential } from '../credential/issue';
import { KeyRing } from '../keys/keyring';
import { generateIssuerKey } from '../keys/generate';
import { createStatusList, encodeStatusList, setRevoked } from '../status/bitstring';
import { buildStatusListCredential } from '../status/credential';
import { signCredential } from './sign';
import { verifyCredentialJwt, type VerifyOptions } from './verify';

const DID = 'did:web:shebalance.example';
const NOW = new Date('2025-06-01T00:00:00Z');
const ring = KeyRing.create(DID, new Date('2025-01-01T00:00:00Z'));
const STATUS_URL = 'https://shebalance.example/api/v1/status-lists/1';

async function statusListJwt(revokedIndexes: number[]): Promise<string> {
  let list = createStatusList();
  for (const i of revokedIndexes) list = setRevoked(list, i);
  const vc = buildStatusListCredential({
    id: STATUS_URL,
    issuer: DID,
    encodedList: encodeStatusList(list),
    issuedAt: new Date('2025-05-31T00:00:00Z'),
  });
  return (await signCredential(vc, ring.current)).jwt;
}

const options = (overrides: Partial<VerifyOptions> = {}): VerifyOptions => ({
  resolveKey: ring.resolveKey,
  now: NOW,
  ...overrides,
});

const failed = (result: { checks: { check: string; ok: boolean; code: string }[] }) =>
  result.checks.filter((c) => !c.ok).map((c) => `${c.check}:${c.code}`);

describe('VC-JWT verification', () => {
  it('verifies a freshly issued credential, including an authentic status list', async () => {
    const { jwt, credential } = await issueAchievementCredential(demoCredentialInput(), ring.current);
    const list = await statusListJwt([7]);
    const result = await verifyCredentialJwt(
      jwt,
      options({ statusLookup: (url) => (url === STATUS_URL ? list : undefined) }),
    );
    expect(failed(result)).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.checks.map((c) => c.check)).toEqual([
      'format',
      'issuer_key',
      'signature',
      'schema',
      'dates',
      'status',
    ]);
    expect(result.credential).toEqual(credential);
  });

  it('puts the VC-JWT claims in the payload', async () => {
    const { jwt, credential } = await issueAchievementCredential(demoCredentialInput(), ring.current);
    const [h, p] = jwt
      .split('.')
      .slice(0, 2)
      .map((s) => JSON.parse(Buffer.from(s, 'base64url').toString()));
    expect(h).toEqual({ alg: 'EdDSA', typ: 'JWT', kid: `${DID}#key-1` });
    expect(p.iss).toBe(DID);
    expect(p.sub).toBe(credential.credentialSubject.id);
    expect(p.jti).toBe(credential.id);
    expect(p.nbf).toBe(Date.parse(credential.issuanceDate) / 1000);
    expect(p.exp).toBeUndefined();
  });

  it('fails after revocation', async () => {
    const { jwt } = await issueAchievementCredential(demoCredentialInput(), ring.current);
    const list = await statusListJwt([4242]);
    const result = await verifyCredentialJwt(jwt, options({ statusLookup: () => list }));
    expect(result.verified).toBe(false);
    expect(failed(result)).toEqual(['status:revoked']);
  });

  it('accepts a trusted encodedList from storage', async () => {
    const { jwt } = await issueAchievementCredential(demoCredentialInput(), ring.current);
    const encodedList = encodeStatusList(setRevoked(createStatusList(), 4242));
    expect(
      (await verifyCredentialJwt(jwt, options({ statusLookup: () => ({ encodedList }) }))).verified,
    ).toBe(false);
    const clean = encodeStatusList(createStatusList());
    expect(
      (await verifyCredentialJwt(jwt, options({ statusLookup: () => ({ encodedList: clean }) }))).verified,
    ).toBe(true);
  });

  it('rejects a status list signed by a stranger', async () => {
    const { jwt } = await issueAchievementCredential(demoCredentialInput(), ring.current);
    const stranger = KeyRing.create(DID);
    const vc = buildStatusListCredential({
      id: STATUS_URL,
      issuer: DID,
      encodedList: encodeStatusList(createStatusList()),
      issuedAt: NOW,
    });
    const forged = (await signCredential(vc, stranger.current)).jwt;
    const result = await verifyCredentialJwt(jwt, options({ statusLookup: () => forged }));
    expect(failed(result)).toEqual(['status:status_list_invalid']);
  });

  it('fails when the status list is unavailable and reports skipped when not asked', async () => {
    const { jwt } = await issueAchievementCredential(demoCredentialInput(), ring.current);
    expect(failed(await verifyCredentialJwt(jwt, options({ statusLookup: () => undefined })))).toEqual([
      'status:status_list_unavailable',
    ]);
    const offline = await verifyCredentialJwt(jwt, options());
    expect(offline.verified).toBe(true);
    expect(offline.checks.find((c) => c.check === 'status')).toMatchObject({
      skipped: true,
      code: 'status_not_checked',
    });
  });

  it('fails a tampered payload (level raised) on the signature', async () => {
    const { jwt } = await issueAchievementCredential(demoCredentialInput(), ring.current);
    const [h, p, s] = jwt.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    payload.vc.credentialSubject.result[3].value = '99';
    const tampered = [h, Buffer.from(JSON.stringify(payload)).toString('base64url'), s].join('.');
    const result = await verifyCredentialJwt(tampered, options());
    expect(result.verified).toBe(false);
    expect(failed(result)).toEqual(['signature:signature_invalid']);
    expect(result.credential).toBeUndefined();
  });

  it('fails a credential signed by an unknown key, and one whose kid names another issuer', async () => {
    const rogue = generateIssuerKey({ did: DID, index: 9 });
    const credential = buildAchievementCredential(demoCredentialInput());
    const { jwt } = await signCredential(credential, rogue);
    expect(failed(await verifyCredentialJwt(jwt, options()))).toEqual(['issuer_key:unknown_key']);

    const evil = generateIssuerKey({ did: 'did:web:evil.example' });
    const forged = await new SignJWT({ vc: credential })
      .setProtectedHeader({ alg: 'EdDSA', kid: evil.kid })
      .setIssuer(DID)
      .sign(await importJWK(evil.privateJwk, 'EdDSA'));
    expect(failed(await verifyCredentialJwt(forged, options()))).toEqual(['issuer_key:kid_not_issuer']);
  });

  it('fails expired and not-yet-valid credentials on dates', async () => {
    const expiring = demoCredentialInput({ expiresAt: new Date('2025-04-01T00:00:00Z') });
    const { jwt } = await issueAchievementCredential(expiring, ring.current);
    expect(failed(await verifyCredentialJwt(jwt, options()))).toEqual(['dates:expired']);
    expect(
      (await verifyCredentialJwt(jwt, options({ now: new Date('2025-03-20T00:00:00Z') }))).verified,
    ).toBe(true);
    const early = await verifyCredentialJwt(jwt, options({ now: new Date('2025-03-01T00:00:00Z') }));
    expect(failed(early)).toEqual(['dates:not_yet_valid']);
  });

  it('fails a signed credential that breaks the schema', async () => {
    const credential = buildAchievementCredential(demoCredentialInput()) as unknown as Record<
      string,
      unknown
    >;
    delete credential.name;
    const { jwt } = await signCredential(credential as never, ring.current);
    const result = await verifyCredentialJwt(jwt, options());
    expect(failed(result)).toEqual(['schema:schema_invalid']);
  });

  it('rejects alg none and other algorithms', async () => {
    const credential = buildAchievementCredential(demoCredentialInput());
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const payload = { iss: DID, jti: credential.id, vc: credential };
    const none = `${enc({ alg: 'none', typ: 'JWT', kid: `${DID}#key-1` })}.${enc(payload)}.`;
    expect(failed(await verifyCredentialJwt(none, options()))).toEqual(['format:alg_not_allowed']);
    const hs = `${enc({ alg: 'HS256', kid: `${DID}#key-1` })}.${enc(payload)}.c2ln`;
    expect(failed(await verifyCredentialJwt(hs, options()))).toEqual(['format:alg_not_allowed']);
  });

  it('never throws on garbage', async () => {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const garbage: unknown[] = [
      '',
      'hello',
      'a.b.c',
      '....',
      '\u0000\uffff',
      'x'.repeat(2_000_000),
      `${enc({ alg: 'EdDSA', kid: `${DID}#key-1` })}.${enc([1, 2])}.AAAA`,
      `${enc({ alg: 'EdDSA', kid: `${DID}#key-1` })}.bm90IGpzb24.AAAA`,
      `${enc({ alg: 'EdDSA' })}.${enc({ vc: {} })}.AAAA`,
      `${enc({ alg: 'EdDSA', kid: `${DID}#key-1` })}.${enc({ iss: DID, vc: { issuer: DID } })}.AAAA`,
      null,
      undefined,
      42,
      { jwt: 'x' },
    ];
    for (const input of garbage) {
      const result = await verifyCredentialJwt(input, options());
      expect(result.verified).toBe(false);
      expect(result.checks.some((c) => !c.ok)).toBe(true);
    }
  });

  it('survives a key resolver that throws', async () => {
    const { jwt } = await issueAchievementCredential(demoCredentialInput(), ring.current);
    const result = await verifyCredentialJwt(jwt, {
      now: NOW,
      resolveKey: () => {
        throw new Error('db down');
      },
    });
    expect(failed(result)).toEqual(['issuer_key:key_resolver_error']);
  });
});
