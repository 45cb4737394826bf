import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { fixedClock } from '@shebalance/adapters/system/index';
import { openTestDatabase, type TestDatabase } from '../test/db';
import { buildApp, type App } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { createContainer, type Container } from '../apps/server/src/container';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const ROOT = join(import.meta.dirname, '..');
export const SHOTS = join(ROOT, 'test-results');
const DIST = join(ROOT, 'apps', 'web', 'dist');

/** Journeys need Chromium: skipped on a laptop without it, but a FAILURE under CI=true. */
export function chromiumAvailable(): boolean {
  const found = existsSync(CHROMIUM);
  if (!found && process.env.CI === 'true')
    throw new Error(`CI=true but Chromium is missing at ${CHROMIUM} (apt-get install chromium)`);
  return found;
}

/** The PWA the server serves: built once if it is missing (vite, a few seconds). */
export function ensureWebBuilt(): void {
  if (existsSync(join(DIST, 'index.html'))) return;
  execFileSync('npm', ['run', 'build', '-w', 'apps/web'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

export interface E2eServer {
  app: App;
  container: Container;
  db: TestDatabase;
  url: string;
  /** Every request the server received (method, path, idempotency key). */
  requests: { method: string; path: string; key: string | undefined }[];
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

/** The real app over a fresh real database, listening on 127.0.0.1 at a free port. */
export async function startServer(): Promise<E2eServer> {
  const db = await openTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: join(ROOT, '.tmp', `e2e-data-${process.pid}`),
    RATE_LIMIT_PER_MINUTE: '10000',
    SEED_DEMO: 'false',
  });
  // A clock the test moves: a second code for the same phone may only be asked for after 30 s.
  const clock = fixedClock(new Date());
  const container = await createContainer(config, { database: db.handle, clock });
  const app = await buildApp(container);
  const requests: E2eServer['requests'] = [];
  app.addHook('onRequest', async (request) => {
    const key = request.headers['idempotency-key'];
    requests.push({
      method: request.method,
      path: request.url.split('?')[0]!,
      key: typeof key === 'string' ? key : undefined,
    });
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    container,
    db,
    url: `http://127.0.0.1:${port}`,
    requests,
    clock,
    close: async () => {
      await app.close();
      await container.close();
      await db.dispose();
    },
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A phone: 360×640, touch, Hindi first. */
export async function phoneContext(
  browser: Browser,
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'hi-IN',
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  context.setDefaultTimeout(15_000);
  return context;
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The code the development transport "sent", read through the API like a developer would. */
export async function codeFromOutbox(baseUrl: string, phone: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/dev/outbox?to=${encodeURIComponent(phone)}&limit=1`);
  const body = (await res.json()) as { messages: { text: string }[] };
  const code = /\b(\d{6})\b/.exec(body.messages[0]?.text ?? '')?.[1];
  if (!code) throw new Error(`no code for ${phone}`);
  return code;
}

/** An artisan with a profile, created through the API (as WhatsApp onboarding would). */
export async function createArtisan(baseUrl: string, phone: string): Promise<void> {
  await fetch(`${baseUrl}/api/v1/auth/otp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone }),
  });
  const code = await codeFromOutbox(baseUrl, phone);
  const session = (await (
    await fetch(`${baseUrl}/api/v1/auth/otp/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone, code, role: 'artisan', lang: 'hi' }),
    })
  ).json()) as { accessToken: string };
  const res = await fetch(`${baseUrl}/api/v1/me/artisan`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
    body: JSON.stringify({
      displayName: 'Meena Devi',
      preferredLanguage: 'hi',
      district: 'Madhubani',
      state: 'BR',
      availability: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], hoursPerDay: 5 },
      crafts: [{ craftId: 'madhubani', capacityPerWeek: 4 }],
    }),
  });
  if (!res.ok) throw new Error(`profile: ${res.status} ${await res.text()}`);
}
