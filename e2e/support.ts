import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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

/**
 * Chromium with a fake microphone that hears `phrase` in a Hindi voice: half a second of quiet, the
 * phrase, then quiet (a 4 s, 48 kHz WAV written to .tmp/`name`-<pid>.wav).
 */
export async function launchWithMicrophone(phrase: string, name: string): Promise<Browser> {
  const { createEspeakTts, encodeWav, resample } = await import('@shebalance/ml/speech/index');
  const speech = await createEspeakTts({ rate: 150, pitch: 30 }).synthesizePcm(phrase, 'hi');
  const at48k = resample(speech.samples, speech.sampleRate, 48_000);
  const samples = new Float32Array(48_000 * 4);
  samples.set(at48k.subarray(0, 48_000 * 3), 24_000);
  const dir = join(ROOT, '.tmp');
  mkdirSync(dir, { recursive: true });
  const wav = join(dir, `${name}-${process.pid}.wav`);
  writeFileSync(wav, encodeWav({ samples, sampleRate: 48_000 }));
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${wav}%noloop`,
    ],
  });
}

/**
 * On the sign-in screen: the clock moves on (a new code may be sent), she types her number, asks for a
 * code, types the one the development transport sent and signs in.
 */
export async function signInWithCode(page: Page, server: E2eServer, phone: string): Promise<void> {
  server.clock.advance(60_000);
  const local = phone.replace(/^\+91/, '');
  await page.getByLabel('आपका मोबाइल नंबर').fill(`${local.slice(0, 5)} ${local.slice(5)}`);
  await page.getByRole('button', { name: 'कोड भेजें' }).click();
  await page.getByLabel('SMS में आया कोड').fill(await codeFromOutbox(server.url, phone));
  await page.getByRole('button', { name: 'साइन इन करें' }).click();
}

/** Runs the queued jobs (and the jobs they queue) until none are left, at most 20 rounds. */
export async function drainJobs(server: E2eServer): Promise<void> {
  const worker = server.container.jobs.createWorker({});
  for (let round = 0; round < 20 && (await worker.drain()) > 0; round++);
}

/** POST a JSON body; throws with the status and body when the server says no. */
export async function postJson(baseUrl: string, path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** An artisan signed up through the API (one-time code, Hindi) with `profile`; returns her id and token. */
export async function apiArtisan(
  baseUrl: string,
  phone: string,
  profile: Record<string, unknown>,
): Promise<{ id: string; accessToken: string }> {
  await postJson(baseUrl, '/api/v1/auth/otp', { phone });
  const session = (await postJson(baseUrl, '/api/v1/auth/otp/verify', {
    phone,
    code: await codeFromOutbox(baseUrl, phone),
    role: 'artisan',
    lang: 'hi',
  })) as { accessToken: string; user: { id: string } };
  const res = await fetch(`${baseUrl}/api/v1/me/artisan`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
    body: JSON.stringify(profile),
  });
  if (!res.ok) throw new Error(`artisan profile: ${res.status} ${await res.text()}`);
  return { id: session.user.id, accessToken: session.accessToken };
}

/** A reviewer account, made the way the admin API or CLI makes staff (no self-service sign-up). */
export async function aReviewer(server: E2eServer, phone: string) {
  await server.container.deps.repos.users.create({
    id: crypto.randomUUID(),
    phone,
    role: 'reviewer',
    status: 'active',
    displayName: 'Field coordinator',
    preferredLanguage: 'hi',
    mfaEnabled: false,
    tokensValidAfter: null,
    cognitoSub: null,
    isDemo: false,
    createdAt: new Date(),
  });
}
