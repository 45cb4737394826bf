import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  chromiumAvailable,
  codeFromOutbox,
  ensureWebBuilt,
  launch,
  phoneContext,
  postJson,
  shot,
  SHOTS,
  signInWithCode,
  startServer,
  type E2eServer,
} from './support';

const hasChromium = chromiumAvailable();

/** A buyer with her organisation, signed up through the API (one-time code, Hindi); returns her token. */
async function aBuyer(server: E2eServer, phone: string): Promise<string> {
  await postJson(server.url, '/api/v1/auth/otp', { phone });
  const session = (await postJson(server.url, '/api/v1/auth/otp/verify', {
    phone,
    code: await codeFromOutbox(server.url, phone),
    role: 'buyer',
    lang: 'hi',
  })) as { accessToken: string };
  const res = await fetch(`${server.url}/api/v1/me/buyer`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
    body: JSON.stringify({ organisation: 'Mithila Crafts Pvt Ltd', type: 'brand' }),
  });
  if (!res.ok) throw new Error(`buyer profile: ${res.status} ${await res.text()}`);
  return session.accessToken;
}

/** One of her requests, posted through the API (from her laptop, say). */
async function aRequest(server: E2eServer, token: string, title: string): Promise<void> {
  server.clock.advance(60_000); // one minute after the last: the list is newest first
  const res = await fetch(`${server.url}/api/v1/opportunities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      title,
      description: 'हाथ से बने कागज़ पर मधुबनी चित्र।',
      craftIds: ['madhubani'],
      quantity: 2,
      unitPricePaise: 150_000,
      deadline: new Date(server.clock.now().getTime() + 30 * 86_400_000).toISOString(),
      location: { lat: 26.35, lng: 86.07 },
      maxDistanceKm: 100,
      languages: ['hi'],
    }),
  });
  if (res.status !== 201) throw new Error(`request: ${res.status} ${await res.text()}`);
}

/**
 * The network comes back. Playwright's setOffline(false) gives it back to the context's pages first
 * and to its service workers after (and Chromium applies it a moment later still), so the page could
 * see `navigator.onLine` turn true while its service worker is still offline, which a phone with one
 * network for both never does. So the page goes on seeing "offline" (`navigator.onLine` false, its
 * `online` event held back) until the service worker reaches the server.
 */
async function backOnline(context: BrowserContext, page: Page): Promise<void> {
  await page.evaluate(`{
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine');
    const hold = (e) => e.stopImmediatePropagation();
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    window.addEventListener('online', hold, { capture: true });
    window.releaseOnline = () => {
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
      window.removeEventListener('online', hold, { capture: true });
      window.dispatchEvent(new Event('online'));
    };
  }`);
  await context.setOffline(false);
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('no service worker');
  await expect
    .poll(() => worker.evaluate('fetch("/healthz", { cache: "no-store" }).then((r) => r.ok, () => false)'), {
      interval: 50,
    })
    .toBe(true);
  await page.evaluate('window.releaseOnline()');
}

/**
 * The buyer's request list offline (issue 8's PWA): once she has seen her requests, a reload or a
 * move around the app without network still shows them, marked as offline; when the network comes
 * back the list refreshes by itself.
 */
describe.skipIf(!hasChromium)("the buyer's requests offline (Chromium, 360×640, Hindi)", () => {
  let server: E2eServer;
  let browser: Browser;
  let token: string;
  const phone = '+919812344001';

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launch();
    token = await aBuyer(server, phone);
    await aRequest(server, token, 'मधुबनी चित्र, A3');
    await aRequest(server, token, 'कोहबर चित्र');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('she still sees her requests offline, marked offline; back online the list refreshes', async () => {
    // The installed app: its service worker keeps the shell and her own data.
    const context = await phoneContext(browser, { serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(server.url);
    await signInWithCode(page, server, phone);
    const mine = page.getByTestId('my-requests');
    const listed = (title: string) => mine.getByRole('link', { name: title, exact: true });
    await listed('मधुबनी चित्र, A3').waitFor();
    await listed('कोहबर चित्र').waitFor();
    // The service worker is in charge from the next load on (it does not claim the first page).
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.reload();
    expect(await page.evaluate('navigator.serviceWorker.controller !== null')).toBe(true);
    await listed('मधुबनी चित्र, A3').waitFor();
    await shot(page, 'buyer-offline-01-online');

    // No network: she opens the app again.
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('offline').waitFor();
    await listed('मधुबनी चित्र, A3').waitFor();
    await listed('कोहबर चित्र').waitFor();
    await page.getByText('ऑफ़लाइन: इस फ़ोन पर रखी माँगें और ऑर्डर।').waitFor();
    await shot(page, 'buyer-offline-02-offline-reload');
    // The list's own card, without the fixed bottom bar over it.
    await page
      .locator('section.card', { has: mine })
      .screenshot({ path: join(SHOTS, 'buyer-offline-02b-offline-list.png') });

    // Around the app and back home, still offline.
    await page.getByRole('link', { name: 'नई माँग' }).first().click();
    await page.getByRole('heading', { name: 'माँग डालें' }).waitFor();
    await page.getByRole('link', { name: 'SheBalance' }).click();
    await listed('कोहबर चित्र').waitFor();
    await page.getByText('ऑफ़लाइन: इस फ़ोन पर रखी माँगें और ऑर्डर।').waitFor();

    // Meanwhile she posts one more from her laptop; the phone cannot know yet.
    await aRequest(server, token, 'मछली वाला चित्र');
    expect(await listed('मछली वाला चित्र').count()).toBe(0);

    // The network is back: the list refreshes by itself, and the offline marks go.
    await backOnline(context, page);
    await listed('मछली वाला चित्र').waitFor();
    await page.getByTestId('offline').waitFor({ state: 'detached' });
    expect(await page.getByText('ऑफ़लाइन: इस फ़ोन पर रखी माँगें और ऑर्डर।').count()).toBe(0);
    expect(await mine.getByRole('link').allTextContents()).toEqual([
      'मछली वाला चित्र',
      'कोहबर चित्र',
      'मधुबनी चित्र, A3',
    ]);
    await shot(page, 'buyer-offline-03-back-online');
    await context.close();
  });
});
