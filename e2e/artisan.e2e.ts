import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  chromiumAvailable,
  codeFromOutbox,
  createArtisan,
  ensureWebBuilt,
  launch,
  phoneContext,
  shot,
  signInWithCode,
  startServer,
  type E2eServer,
} from './support';

const hasChromium = chromiumAvailable();

describe.skipIf(!hasChromium)('artisan journeys in the PWA (Chromium, 360×640, Hindi)', () => {
  let server: E2eServer;
  let browser: Browser;
  const phone = '+919812340001';

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launch();
    await createArtisan(server.url, phone);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in with a one-time code and sees her crafts; an edit made offline is sent exactly once', async () => {
    // Service workers blocked here so the page's own outbox path (the `online` event) is what is tested.
    const context = await phoneContext(browser, { serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.url);
    server.clock.advance(60_000);
    await page.getByLabel('आपका मोबाइल नंबर').fill('98123 40001');
    await shot(page, 'artisan-01-sign-in');
    await page.getByRole('button', { name: 'कोड भेजें' }).click();
    await page.getByLabel('SMS में आया कोड').fill(await codeFromOutbox(server.url, phone));
    await shot(page, 'artisan-02-code');
    await page.getByRole('button', { name: 'साइन इन करें' }).click();

    await page.getByRole('heading', { name: 'नमस्ते, Meena Devi' }).waitFor();
    await expectText(page, 'मधुबनी');
    await expectText(page, 'हफ़्ते में 4 नग');
    await shot(page, 'artisan-03-home');

    // Offline: the change is kept on the phone and shown as waiting.
    await context.setOffline(true);
    await page.getByTestId('offline').waitFor();
    await page.getByRole('textbox', { name: 'मेरे बारे में' }).fill('मैं 20 साल से मधुबनी चित्र बनाती हूँ।');
    await page.getByRole('button', { name: 'सहेजें' }).click();
    await page.getByTestId('outbox-badge').getByText('1 भेजना बाकी').waitFor();
    await shot(page, 'artisan-04-offline-waiting');
    const patches = () =>
      server.requests.filter((r) => r.method === 'PATCH' && r.path === '/api/v1/me/artisan');
    expect(patches()).toHaveLength(0);

    // Back online: sent once, with its idempotency key; the badge goes away.
    await context.setOffline(false);
    await page.getByTestId('outbox-badge').waitFor({ state: 'detached' });
    expect(patches()).toHaveLength(1);
    expect(patches()[0]!.key).toMatch(/^[0-9a-f-]{36}$/);

    // Another reconnect and a reload do not send it again; the server kept the change.
    await context.setOffline(true);
    await context.setOffline(false);
    await page.reload();
    await page.getByRole('heading', { name: 'नमस्ते, Meena Devi' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'मेरे बारे में' }).inputValue()).toBe(
      'मैं 20 साल से मधुबनी चित्र बनाती हूँ।',
    );
    expect(patches()).toHaveLength(1);
    await page.goto(`${server.url}/outbox`);
    await page.getByTestId('outbox-empty').waitFor();
    await shot(page, 'artisan-05-synced');
    await context.close();
  });

  it('installs the service worker: the app shell and her data open with no network', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    // Signed in (the session is in this context's storage), online once so /me is cached.
    await signInWithCode(page, server, phone);
    await page.getByRole('heading', { name: 'नमस्ते, Meena Devi' }).waitFor();
    await page.reload(); // now controlled by the service worker, /me fetched through it
    await page.getByRole('heading', { name: 'नमस्ते, Meena Devi' }).waitFor();
    // The service worker stores its copy of /me after handing the answer to the page: wait for it.
    await page.waitForFunction(
      "caches.open('own-data').then((c) => c.match('/api/v1/me')).then((r) => Boolean(r))",
    );
    const manifest = await (await fetch(`${server.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ name: 'SheBalance', display: 'standalone', start_url: '/' });

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'नमस्ते, Meena Devi' }).waitFor();
    await page.getByTestId('offline').waitFor();
    await shot(page, 'artisan-06-offline-shell');
    await context.close();
  });
});

async function expectText(page: Page, text: string) {
  await page.getByText(text, { exact: false }).first().waitFor();
}
