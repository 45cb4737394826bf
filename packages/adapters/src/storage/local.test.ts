import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { objectStoreContract } from './contract';
import { newObjectKey } from './keys';
import { localObjectStore, type LocalObjectStore } from './local';

describe('localObjectStore', () => {
  let dir: string;
  let store: LocalObjectStore;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sb-objects-'));
    store = localObjectStore(join(dir, 'objects'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  objectStoreContract(() => store);

  it('keeps the bytes as a plain file under the root and leaves no temp files behind', async () => {
    const key = newObjectKey('photo', 'jpg');
    await store.put(key, Buffer.from('jpeg-bytes'), 'image/jpeg');
    expect(store.pathFor(key).startsWith(join(dir, 'objects', 'blobs'))).toBe(true);
    expect(await readFile(store.pathFor(key), 'utf8')).toBe('jpeg-bytes');
    expect(await readdir(join(dir, 'objects', 'tmp'))).toEqual([]);
  });

  it('survives a new instance over the same directory (content type included)', async () => {
    const key = newObjectKey('voice', 'ogg');
    await store.put(key, Buffer.from('voice'), 'audio/ogg');
    const reopened = localObjectStore(join(dir, 'objects'));
    expect((await reopened.get(key))?.contentType).toBe('audio/ogg');
  });

  it('treats a directory as a missing object', async () => {
    await store.put('dir-test/inner/file.bin', Buffer.from('x'), 'application/octet-stream');
    expect(await store.exists('dir-test/inner')).toBe(false);
    expect(await store.get('dir-test/inner')).toBeUndefined();
    await store.delete('dir-test/inner');
    expect(await store.exists('dir-test/inner/file.bin')).toBe(true);
  });
});
