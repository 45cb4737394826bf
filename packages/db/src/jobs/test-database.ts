import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../client';

/**
 * A throwaway, migrated database for one test file (self-contained; no global setup needed):
 * PGlite in a temp directory, or — when TEST_DB=postgres — a fresh database on TEST_DATABASE_URL that is
 * dropped afterwards. `reopen()` closes and reopens it, which is what a process restart looks like.
 */
export interface JobsTestDatabase {
  kind: 'pglite' | 'postgres';
  handle: DatabaseHandle;
  reopen(): Promise<DatabaseHandle>;
  dispose(): Promise<void>;
}

export async function openJobsTestDatabase(): Promise<JobsTestDatabase> {
  return process.env.TEST_DB === 'postgres' ? openPostgres() : openPglite();
}

async function openPglite(): Promise<JobsTestDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'sb-jobs-pglite-'));
  const open = async () => {
    const handle = await openDatabase({ dataDir: dir });
    await handle.migrate();
    return handle;
  };
  const state = { kind: 'pglite' as const, handle: await open() };
  return {
    kind: state.kind,
    get handle() {
      return state.handle;
    },
    async reopen() {
      await state.handle.close();
      state.handle = await open();
      return state.handle;
    },
    async dispose() {
      await state.handle.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgres(): Promise<JobsTestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `sb_jobs_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const open = async () => {
    const handle = await openDatabase({ url: url.toString(), dataDir: '', poolSize: 4 });
    await handle.migrate();
    return handle;
  };
  const state = { handle: await open() };
  return {
    kind: 'postgres',
    get handle() {
      return state.handle;
    },
    async reopen() {
      await state.handle.close();
      state.handle = await open();
      return state.handle;
    },
    async dispose() {
      await state.handle.close().catch(() => undefined);
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
