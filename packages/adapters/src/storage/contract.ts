import { expect, it } from 'vitest';
import type { ObjectStore } from '@shebalance/core';
import { newObjectKey } from './keys';

/**
 * The behaviour every ObjectStore must have. Call inside a `describe` with a function returning the store
 * under test (after `beforeAll` has set it up).
 */
export function objectStoreContract(getStore: () => ObjectStore): void {
  const bytes = (n: number, seed: number) =>
    Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed) % 256));

  it('puts and gets bytes with their content type', async () => {
    const store = getStore();
    const key = newObjectKey('photo', 'jpg');
    const body = bytes(70_000, 7);
    await store.put(key, body, 'image/jpeg');
    const got = await store.get(key);
    expect(got?.contentType).toBe('image/jpeg');
    expect(got?.size).toBe(body.length);
    expect(got?.body.equals(body)).toBe(true);
  });

  it('reports existence and deletes idempotently', async () => {
    const store = getStore();
    const key = newObjectKey('voice', 'ogg');
    expect(await store.exists(key)).toBe(false);
    expect(await store.get(key)).toBeUndefined();
    await store.put(key, Buffer.from('OggS'), 'audio/ogg');
    expect(await store.exists(key)).toBe(true);
    await store.delete(key);
    expect(await store.exists(key)).toBe(false);
    expect(await store.get(key)).toBeUndefined();
    await store.delete(key);
  });

  it('overwrites an existing key', async () => {
    const store = getStore();
    const key = newObjectKey('certificate', 'pdf');
    await store.put(key, Buffer.from('first'), 'text/plain');
    await store.put(key, Buffer.from('%PDF-second'), 'application/pdf');
    const got = await store.get(key);
    expect(got?.body.toString()).toBe('%PDF-second');
    expect(got?.contentType).toBe('application/pdf');
  });

  it('lists keys under a prefix, sorted, and nothing else', async () => {
    const store = getStore();
    const base = `list-${Date.now().toString(36)}`;
    const keys = [
      `${base}/a/1.bin`,
      `${base}/a/2.bin`,
      `${base}/a/sub/3.bin`,
      `${base}/ab/4.bin`,
      `${base}/b/5.bin`,
    ];
    for (const k of keys) await store.put(k, Buffer.from(k), 'application/octet-stream');
    expect(await store.list(`${base}/a/`)).toEqual([
      `${base}/a/1.bin`,
      `${base}/a/2.bin`,
      `${base}/a/sub/3.bin`,
    ]);
    expect(await store.list(`${base}/a`)).toEqual(keys.slice(0, 4));
    expect(await store.list(`${base}/`)).toEqual(keys);
    expect(await store.list(`${base}/zzz/`)).toEqual([]);
    expect(await store.list('')).toEqual(expect.arrayContaining(keys));
  });

  it('stores an empty object', async () => {
    const store = getStore();
    const key = newObjectKey('photo', 'png');
    await store.put(key, Buffer.alloc(0), 'image/png');
    const got = await store.get(key);
    expect(got?.size).toBe(0);
    expect(await store.exists(key)).toBe(true);
  });

  it.each([
    '../escape',
    'media/../../etc/passwd',
    '/etc/passwd',
    'media//double',
    'media/./x',
    'media/.hidden',
    'Media/Upper.JPG',
    'media/x y',
    'media\\x',
    'media/%2e%2e/x',
    '',
    'media/x/',
    'a'.repeat(600),
  ])('refuses the key %j', async (key) => {
    const store = getStore();
    await expect(store.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/Invalid object key/);
    await expect(store.get(key)).rejects.toThrow(/Invalid object key/);
    await expect(store.exists(key)).rejects.toThrow(/Invalid object key/);
    await expect(store.delete(key)).rejects.toThrow(/Invalid object key/);
  });

  it('refuses a listing prefix that could escape', async () => {
    const store = getStore();
    await expect(store.list('../')).rejects.toThrow(/Invalid object key/);
    await expect(store.list('/abs')).rejects.toThrow(/Invalid object key/);
  });
}
