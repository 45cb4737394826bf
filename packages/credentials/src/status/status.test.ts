import { describe, expect, it } from 'vitest';
import { KeyRing } from '../keys/keyring';
import { signCredential } from '../jwt/sign';
import {
  createStatusList,
  decodeStatusList,
  DEFAULT_STATUS_LIST_SIZE,
  encodeStatusList,
  getStatus,
  isRevoked,
  setRevoked,
} from './bitstring';
import { buildStatusListCredential, verifyStatusListJwt } from './credential';

describe('Bitstring Status List', () => {
  it('creates a 131072-entry list that encodes as multibase base64url GZIP', () => {
    const list = createStatusList();
    expect(list.length).toBe(DEFAULT_STATUS_LIST_SIZE);
    expect(list.bits.length).toBe(16_384);
    const encoded = encodeStatusList(list);
    expect(encoded.startsWith('u')).toBe(true);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    const gz = Buffer.from(encoded.slice(1), 'base64url');
    expect([gz[0], gz[1]]).toEqual([0x1f, 0x8b]);
    expect(encoded.length).toBeLessThan(400);
  });

  it('round-trips revocations, with index 0 as the left-most bit', () => {
    let list = createStatusList();
    for (const i of [0, 7, 8, 4242, DEFAULT_STATUS_LIST_SIZE - 1]) list = setRevoked(list, i);
    expect(list.bits[0]).toBe(0b1000_0001);
    expect(list.bits[1]).toBe(0b1000_0000);
    const encoded = encodeStatusList(list);
    for (const i of [0, 7, 8, 4242, DEFAULT_STATUS_LIST_SIZE - 1]) expect(isRevoked(encoded, i)).toBe(true);
    for (const i of [1, 6, 9, 4241, 4243]) expect(isRevoked(encoded, i)).toBe(false);
    const restored = setRevoked(decodeStatusList(encoded), 4242, false);
    expect(getStatus(restored, 4242)).toBe(false);
    expect(getStatus(list, 4242)).toBe(true);
  });

  it('rejects out-of-range indexes and malformed lists', () => {
    const encoded = encodeStatusList(createStatusList(16));
    expect(() => isRevoked(encoded, 16)).toThrow(RangeError);
    expect(() => isRevoked(encoded, -1)).toThrow(RangeError);
    expect(() => decodeStatusList('zabc')).toThrow(/prefix u/);
    expect(() => decodeStatusList('unotgzip')).toThrow();
    expect(() => createStatusList(10)).toThrow();
  });

  it('publishes a signed BitstringStatusListCredential that verifies and rejects tampering', async () => {
    const ring = KeyRing.create('did:web:shebalance.example');
    const url = 'https://shebalance.example/api/v1/status-lists/1';
    const vc = buildStatusListCredential({
      id: url,
      issuer: ring.did,
      encodedList: encodeStatusList(setRevoked(createStatusList(), 3)),
      issuedAt: new Date('2025-05-01T00:00:00Z'),
    });
    expect(vc.credentialSubject).toMatchObject({ type: 'BitstringStatusList', statusPurpose: 'revocation' });
    const { jwt } = await signCredential(vc, ring.current);
    const ok = await verifyStatusListJwt(jwt, {
      resolveKey: ring.resolveKey,
      expectedId: url,
      expectedIssuer: ring.did,
    });
    expect(ok.verified).toBe(true);
    expect(isRevoked(ok.encodedList!, 3)).toBe(true);
    const wrongList = await verifyStatusListJwt(jwt, { resolveKey: ring.resolveKey, expectedId: `${url}x` });
    expect(wrongList.verified).toBe(false);
    const [h, p, s] = jwt.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    payload.vc.credentialSubject.encodedList = encodeStatusList(createStatusList());
    const tampered = [h, Buffer.from(JSON.stringify(payload)).toString('base64url'), s].join('.');
    expect((await verifyStatusListJwt(tampered, { resolveKey: ring.resolveKey })).verified).toBe(false);
  });
});
