import { afterAll, beforeAll } from 'vitest';
import { fixedClock, systemClock } from '@shebalance/adapters/system/index';
import type { Clock } from '@shebalance/core';
import { openTestDatabase, type TestDatabase } from '../../../test/db';
import { buildApp, type App } from '../src/app';
import { loadConfig } from '../src/config';
import { createContainer, type Container } from '../src/container';

export interface TestContext {
  app: App;
  container: Container;
  db: TestDatabase;
  clock: Clock;
}

let phoneCounter = 0;
/** A valid, unique Indian mobile number per call (per test file process). */
export function aPhone(): string {
  phoneCounter += 1;
  const n = (process.pid % 1000) * 10000 + phoneCounter;
  return `+9198${String(n).padStart(8, '0')}`;
}

/**
 * Boots the real app over a fresh real database for one test file. `env` overrides configuration;
 * `clock: 'fixed'` gives a clock the test can move.
 */
export function useTestApp(options: { env?: Record<string, string>; clock?: 'fixed' } = {}): TestContext {
  const ctx = {} as TestContext;
  beforeAll(async () => {
    ctx.db = await openTestDatabase();
    ctx.clock = options.clock === 'fixed' ? fixedClock(new Date('2026-06-01T10:00:00Z')) : systemClock;
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: `${process.cwd()}/.tmp/data-${process.pid}`,
      RATE_LIMIT_PER_MINUTE: '10000',
      // Journeys send dozens of messages to one number within seconds; the pair limit has its own test.
      WHATSAPP_PAIR_BURST: '10000',
      SEED_DEMO: 'false',
      ...options.env,
    });
    ctx.container = await createContainer(config, { database: ctx.db.handle, clock: ctx.clock });
    ctx.app = await buildApp(ctx.container);
    await ctx.app.ready();
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.container?.close();
    await ctx.db?.dispose();
  });
  return ctx;
}

/** Signs a phone in through the real OTP flow, reading the code from the development outbox. */
export async function signIn(app: App, phone = aPhone(), body: Record<string, unknown> = {}) {
  const sent = await app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone } });
  if (sent.statusCode !== 202) throw new Error(`otp request failed: ${sent.body}`);
  const code = await lastCode(app, phone);
  const verified = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/otp/verify',
    payload: { phone, code, ...body },
  });
  if (verified.statusCode !== 200) throw new Error(`otp verify failed: ${verified.body}`);
  const session = verified.json() as {
    accessToken: string;
    refreshToken: string;
    user: { id: string; role: string };
  };
  return { phone, ...session, auth: { authorization: `Bearer ${session.accessToken}` } };
}

export async function lastCode(app: App, phone: string): Promise<string> {
  const res = await app.inject({ method: 'GET', url: `/api/v1/dev/outbox?to=${encodeURIComponent(phone)}` });
  const text: string = res.json().messages[0]?.text ?? '';
  const code = /\b(\d{6})\b/.exec(text)?.[1];
  if (!code) throw new Error(`no code in outbox for ${phone}: ${res.body}`);
  return code;
}

/** Runs every due background job to completion (the worker the app would run, driven by the test). */
export async function drainJobs(ctx: TestContext): Promise<number> {
  const worker = ctx.container.jobs.createWorker({});
  let total = 0;
  for (let round = 0; round < 20; round++) {
    const ran = await worker.drain();
    total += ran;
    if (ran === 0) break;
  }
  return total;
}
