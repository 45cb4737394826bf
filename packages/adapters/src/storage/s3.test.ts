import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, systemClock } from '../system';
import { objectStoreContract } from './contract';
import { newObjectKey } from './keys';
import { s3ObjectStore, type S3ObjectStore } from './s3';
import { mediaUrlSigner } from './signed-url';

/** Runs against a real S3-compatible server (s3rver) on a random local port: real HTTP, real SigV4. */
describe('s3ObjectStore (against s3rver)', () => {
  let dir: string;
  let server: S3rver;
  let endpoint: string;
  let store: S3ObjectStore;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const open = (extra: Partial<Parameters<typeof s3ObjectStore>[0]> = {}) =>
    s3ObjectStore({
      bucket: 'sb-media',
      region: 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials,
      ...extra,
    });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sb-s3rver-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
    const address = await server.run();
    endpoint = `http://127.0.0.1:${address.port}`;
    store = open();
    await store.ensureBucket();
    await store.ensureBucket();
  });
  afterAll(async () => {
    store?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  objectStoreContract(() => store);

  it('serves a presigned GET URL that plain fetch can read', async () => {
    const key = newObjectKey('photo', 'jpg');
    const body = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]);
    await store.put(key, body, 'image/jpeg');
    const url = await store.presignedUrl(key, 300);
    expect(url.startsWith(`${endpoint}/sb-media/${key}?`)).toBe(true);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await res.arrayBuffer()).equals(body)).toBe(true);
  });

  // s3rver checks SigV4 expiry but not the SigV4 signature itself, so tampering is covered on AWS only.
  it('refuses an expired presigned URL', async () => {
    const key = newObjectKey('photo', 'jpg');
    await store.put(key, Buffer.from('secret'), 'image/jpeg');
    const past = open({ clock: fixedClock(new Date(Date.now() - 3_600_000)) });
    const expired = await past.presignedUrl(key, 60);
    const res = await fetch(expired);
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/expired/i);
    past.close();
  });

  it('mediaUrlSigner hands out the presigned URL of the store', async () => {
    const key = newObjectKey('photo', 'jpg');
    await store.put(key, Buffer.from('via-signer'), 'image/jpeg');
    const signer = mediaUrlSigner({ store, secret: 'x'.repeat(32), ttlSeconds: 120, clock: systemClock });
    const url = await signer.urlFor(key);
    expect(new URL(url).searchParams.get('X-Amz-Expires')).toBe('120');
    expect(await (await fetch(url)).text()).toBe('via-signer');
  });

  it('rejects an out-of-range presign lifetime', async () => {
    await expect(store.presignedUrl('media/x.jpg', 0)).rejects.toThrow(RangeError);
    await expect(store.presignedUrl('media/x.jpg', 8 * 24 * 3600)).rejects.toThrow(RangeError);
  });

  it('surfaces a missing bucket instead of pretending the object is absent', async () => {
    const missing = open({ bucket: 'no-such-bucket' });
    await expect(missing.get('media/x.jpg')).rejects.toThrow();
    missing.close();
  });
});
