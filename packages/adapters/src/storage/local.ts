import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { ObjectStore, StoredObject } from '@shebalance/core';
import { assertValidObjectKey, assertValidPrefix, InvalidObjectKeyError } from './keys';

const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

export interface LocalObjectStore extends ObjectStore {
  readonly kind: 'local';
  /** Absolute path of the file holding `key` (for streaming responses). */
  pathFor(key: string): string;
}

interface Sidecar {
  contentType: string;
  size: number;
}

/**
 * Objects as plain files under `rootDir` (the embedded default: `DATA_DIR/objects`).
 * Layout: `blobs/<key>` holds the bytes, `meta/<key>.json` the content type, `tmp/` half-written files.
 * Every write goes to `tmp/` first, is fsynced and then renamed into place, so a reader never sees a
 * partial object and a crash leaves only an orphan in `tmp/`.
 */
export function localObjectStore(rootDir: string): LocalObjectStore {
  const root = resolve(rootDir);
  const blobs = join(root, 'blobs');
  const meta = join(root, 'meta');
  const tmp = join(root, 'tmp');

  const inside = (base: string, key: string, suffix = '') => {
    const path = resolve(base, assertValidObjectKey(key) + suffix);
    if (!path.startsWith(base + sep)) throw new InvalidObjectKeyError(key, 'escapes the store root');
    return path;
  };
  const blobPath = (key: string) => inside(blobs, key);
  const metaPath = (key: string) => inside(meta, key, '.json');

  async function writeAtomically(target: string, data: Buffer | string): Promise<void> {
    await mkdir(tmp, { recursive: true });
    await mkdir(dirname(target), { recursive: true });
    const temp = join(tmp, randomUUID());
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, target);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
  }

  return {
    kind: 'local',
    pathFor: blobPath,

    async put(key, body, contentType) {
      const sidecar: Sidecar = { contentType: contentType || DEFAULT_CONTENT_TYPE, size: body.length };
      const target = blobPath(key);
      await writeAtomically(metaPath(key), JSON.stringify(sidecar));
      await writeAtomically(target, body);
    },

    async get(key): Promise<StoredObject | undefined> {
      const body = await readIfExists(blobPath(key));
      if (!body) return undefined;
      const sidecar = await readSidecar(metaPath(key));
      return { body, contentType: sidecar?.contentType ?? DEFAULT_CONTENT_TYPE, size: body.length };
    },

    async delete(key) {
      const path = blobPath(key);
      if (!(await isFile(path))) return;
      await rm(path, { force: true });
      await rm(metaPath(key), { force: true });
    },

    exists: async (key) => isFile(blobPath(key)),

    async list(prefix) {
      assertValidPrefix(prefix);
      const slash = prefix.lastIndexOf('/');
      const startDir = slash >= 0 ? prefix.slice(0, slash) : '';
      const keys: string[] = [];
      await walk(startDir ? join(blobs, startDir) : blobs, blobs, keys);
      return keys.filter((k) => k.startsWith(prefix)).sort();
    },
  };
}

async function walk(dir: string, base: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (isNotFound(err) || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return;
    throw err;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, base, out);
    else if (entry.isFile()) out.push(relative(base, full).split(sep).join('/'));
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (err) {
    if (isNotFound(err) || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return false;
    throw err;
  }
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (err) {
    if (isNotFound(err) || (err as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
    throw err;
  }
}

async function readSidecar(path: string): Promise<Sidecar | undefined> {
  const raw = await readIfExists(path);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as Sidecar;
  } catch {
    return undefined;
  }
}

function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
