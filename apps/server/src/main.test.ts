import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const freePort = () =>
  new Promise<number>((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });

let child: ChildProcess | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'sb-main-'));
let pgDatabase: string | undefined;
afterAll(async () => {
  child?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dataDir, { recursive: true, force: true });
  if (pgDatabase) {
    const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await c.connect();
    await c.query(`drop database if exists ${pgDatabase} with (force)`);
    await c.end();
  }
});

describe('npm start', () => {
  it('boots on an empty data directory, seeds the demo, becomes ready and signs a new phone in', async () => {
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    };
    if (process.env.TEST_DB === 'postgres') {
      pgDatabase = `sb_main_${randomBytes(4).toString('hex')}`;
      const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await c.connect();
      await c.query(`create database ${pgDatabase}`);
      await c.end();
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${pgDatabase}`;
      env.DATABASE_URL = url.toString();
    }
    delete env.NODE_ENV;
    const started = Date.now();
    child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const base = `http://127.0.0.1:${env.PORT}`;
    let ready = false;
    while (!ready && Date.now() - started < 110_000) {
      ready = await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (!ready) await new Promise((r) => setTimeout(r, 250));
    }
    expect(ready, output).toBe(true);
    expect(output).toContain('Seeded demo data');

    const phone = '+919812300001';
    const post = (path: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('/api/v1/auth/otp', { phone })).status).toBe(202);
    const outbox = (await (
      await fetch(`${base}/api/v1/dev/outbox?to=${encodeURIComponent(phone)}`)
    ).json()) as { messages: { text: string }[] };
    const code = /(\d{6})/.exec(outbox.messages[0]!.text)![1];
    const session = (await (await post('/api/v1/auth/otp/verify', { phone, code })).json()) as {
      accessToken: string;
    };
    const me = await fetch(`${base}/api/v1/me`, {
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { phone: string }).phone).toBe(phone);
  }, 150_000);
});
