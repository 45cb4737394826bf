import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPrivateKey, sealPrivateKey } from './envelope';
import { startFakeKmsServer, type FakeKms } from './fake-kms-server';
import { generateIssuerKey } from './generate';
import { KeyRing } from './keyring';
import { AwsKmsKeyManagement } from './kms-aws';

let kms: FakeKms;
let km: AwsKmsKeyManagement;

beforeAll(async () => {
  kms = await startFakeKmsServer();
  km = new AwsKmsKeyManagement({
    keyId: 'alias/shebalance-credentials',
    clientConfig: {
      endpoint: kms.endpoint,
      region: 'ap-south-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'fake-secret' },
      maxAttempts: 1,
    },
  });
});
afterAll(() => kms.close());

describe('AwsKmsKeyManagement against a fake KMS', () => {
  it('seals and opens a signing key with GenerateDataKey + Decrypt', async () => {
    const key = generateIssuerKey({ did: 'did:web:shebalance.example' });
    const sealed = await sealPrivateKey(key.privateJwk, km);
    expect(sealed.kms).toBe('aws-kms');
    expect(sealed.keyId).toBe(kms.keyArn);
    expect((await openPrivateKey(sealed, km)).d).toBe(key.privateJwk.d);
    expect(kms.calls.map((c) => c.target)).toEqual(['TrentService.GenerateDataKey', 'TrentService.Decrypt']);
    expect(kms.calls.every((c) => c.authorized)).toBe(true);
  });

  it('restores a key ring sealed through KMS', async () => {
    const ring = KeyRing.create('did:web:shebalance.example');
    const again = await KeyRing.open(await ring.seal(km), km);
    expect(again.current.kid).toBe(ring.current.kid);
  });

  it('refuses a data key presented with another encryption context', async () => {
    const dataKey = await km.generateDataKey({ purpose: 'a' });
    await expect(km.decryptDataKey(dataKey.encrypted, { purpose: 'b' })).rejects.toThrow(
      /encryption context/,
    );
    expect(Buffer.from(await km.decryptDataKey(dataKey.encrypted, { purpose: 'a' }))).toEqual(
      Buffer.from(dataKey.plaintext),
    );
  });

  it('surfaces KMS errors such as an unknown key', async () => {
    const wrong = new AwsKmsKeyManagement({
      keyId: 'alias/nope',
      clientConfig: {
        endpoint: kms.endpoint,
        region: 'ap-south-1',
        credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      },
    });
    await expect(wrong.generateDataKey({})).rejects.toThrow(/not found/);
  });
});
