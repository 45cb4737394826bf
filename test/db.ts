import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { migrationsFolder, openDatabase, type DatabaseHandle } from '@shebalance/db';

const root = resolve(import.meta.dirname, '..');
export const tmpRoot = join(root, '.tmp');

/** The migrations' fingerprint: a template is rebuilt whenever a migration changes. */
function migrationsHash(): string {
  const h = createHash('sha1');
  for (const f of readdirSync(migrationsFolder)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    h.update(f).update(readFileSync(join(migrationsFolder, f)));
  }
  return h.digest('hex').slice(0, 12);
}

export const pgliteTemplateDir = () => join(tmpRoot, `pglite-template-${migrationsHash()}`);

/** Builds a migrated PGlite data directory once; test files copy it (opening a copy takes ~1 s, initdb ~4 s). */
export async function ensurePgliteTemplate(): Promise<string> {
  const dir = pgliteTemplateDir();
  if (existsSync(dir)) return dir;
  mkdirSync(tmpRoot, { recursive: true });
  const building = `${dir}.building-${process.pid}-${randomBytes(3).toString('hex')}`;
  const handle = await openDatabase({ dataDir: building });
  await handle.migrate();
  await handle.close();
  if (existsSync(dir)) rmSync(building, { recursive: true, force: true });
  else renameSync(building, dir);
  return dir;
}

export interface TestDatabase {
  handle: DatabaseHandle;
  kind: 'pglite' | 'postgres';
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: a copy of the PGlite template, or a new database on
 * the PostgreSQL server when the test project is 'postgres'.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  if (process.env.TEST_DB === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
    const name = `sb_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const handle = await openDatabase({ url: dbUrl.toString(), dataDir: '', poolSize: 5 });
    await handle.migrate();
    return {
      handle,
      kind: 'postgres',
      async dispose() {
        await handle.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const template = await ensurePgliteTemplate();
  const dir = join(tmpRoot, `pglite-${process.pid}-${randomBytes(4).toString('hex')}`);
  cpSync(template, dir, { recursive: true });
  const handle = await openDatabase({ dataDir: dir });
  await handle.migrate();
  return {
    handle,
    kind: 'pglite',
    async dispose() {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
