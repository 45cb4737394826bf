import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { syntheticCraftPhoto } from '@shebalance/ml/recognition/synthetic';
import { signIn, type TestContext } from '../apps/server/test/harness';
import { staffWithMfa } from '../apps/server/test/staff';
import { jpegPart, multipart } from '../apps/server/src/routes/assessments/test-support';
import {
  chromiumAvailable,
  ensureWebBuilt,
  launch,
  phoneContext,
  shot,
  signInWithCode,
  startServer,
  type E2eServer,
} from './support';

const hasChromium = chromiumAvailable();
const DAY = 86_400_000;

/**
 * Her working life in the PWA, in Hindi on a 360×640 phone: she snaps her pottery and sees her score,
 * gets the certificate (QR, PDF, share), publishes her portfolio, answers work offers, runs the order
 * with a progress photo, and reads her earnings passbook. Buyers and reviewers act through the API.
 */
describe.skipIf(!hasChromium)('artisan work journey in the PWA (Chromium, 360×640, Hindi)', () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let ctx: TestContext;
  let her: Awaited<ReturnType<typeof signIn>>;
  let buyer: Awaited<ReturnType<typeof signIn>>;
  const phone = '+919812340077';
  const api = async (method: string, url: string, auth: Record<string, string>, payload?: object) => {
    const res = await server.app.inject({
      method: method as 'GET',
      url: `/api/v1${url}`,
      headers: auth,
      ...(payload ? { payload } : {}),
    });
    if (res.statusCode >= 400) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const pottery = (seed: number) =>
    syntheticCraftPhoto('pottery-rings', seed, { width: 1000, height: 750, grain: 8, format: 'jpeg' });

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    ctx = { app: server.app, container: server.container } as TestContext;
    // The job worker runs beside the server, as `npm start` does: scoring, credentials, payments.
    server.container.startWorker();
    browser = await launch();

    // A reviewer teaches the gallery pottery (as a field team would) so her photos are recognised.
    const reviewer = await staffWithMfa(ctx, 'reviewer');
    const gallery = multipart(await Promise.all([0, 1, 2, 3].map(async (s) => jpegPart(await pottery(s)))), {
      craft: 'pottery',
    });
    const imported = await server.app.inject({
      method: 'POST',
      url: '/api/v1/vision/gallery',
      headers: { ...reviewer.auth, ...gallery.headers },
      payload: gallery.payload,
    });
    expect(imported.statusCode, imported.body).toBe(201);

    her = await signIn(server.app, phone, { role: 'artisan', lang: 'hi' });
    await api('PUT', '/me/artisan', her.auth, {
      displayName: 'Kamla Prajapati',
      preferredLanguage: 'hi',
      languages: ['hi'],
      district: 'Khurja',
      state: 'UP',
      location: { lat: 28.25, lng: 77.85 },
      availability: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], hoursPerDay: 6 },
      crafts: [{ craftId: 'pottery', capacityPerWeek: 10 }],
    });
    buyer = await signIn(server.app, undefined, { role: 'buyer', lang: 'en' });
    await api('PUT', '/me/buyer', buyer.auth, { organisation: 'Clay & Co', type: 'retailer' });

    context = await phoneContext(browser, { serviceWorkers: 'block' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('signs in, uploads a photo of her work and sees her score', async () => {
    await page.goto(server.url);
    await signInWithCode(page, server, phone);
    await page.getByRole('heading', { name: 'नमस्ते, Kamla Prajapati' }).waitFor();
    for (const tile of ['काम के ऑफ़र', 'मेरे ऑर्डर', 'मेरी कमाई', 'प्रमाणपत्र', 'मेरा पोर्टफ़ोलियो'])
      await page.getByRole('link', { name: tile }).waitFor();
    await shot(page, 'artisan-work-01-home');

    await page.getByRole('link', { name: 'फ़ोटो और स्कोर' }).first().click();
    await page
      .locator('#photo-input')
      .setInputFiles({ name: 'pot.jpg', mimeType: 'image/jpeg', buffer: await pottery(50) });
    await page.locator('#craft').selectOption('pottery');
    await page.getByRole('button', { name: 'मेरा स्कोर बताएँ' }).click();
    const result = page.getByTestId('snap-result');
    await result.waitFor({ timeout: 90_000 });
    await result.locator('svg.chart').waitFor();
    await page.getByTestId('level').waitFor();
    expect(await result.locator('svg.chart').getAttribute('aria-label')).toMatch(/\d/);
    await shot(page, 'artisan-work-02-score');
  });

  it('opens her certificate: QR code, PDF download, share link, public check page', async () => {
    await eventually(
      async () =>
        (await api('GET', `/artisans/${her.user.id}/credentials`, her.auth)).credentials.length === 1,
    );
    await goHomeAnd(page, 'प्रमाणपत्र');
    const cert = page.getByTestId('cert');
    await cert.waitFor();
    await cert.getByRole('img', { name: /QR/ }).waitFor();
    expect(
      await cert
        .locator('img.a-qr')
        .evaluate((img: { complete: boolean; naturalWidth: number }) => img.complete && img.naturalWidth > 0),
    ).toBe(true);
    await expectText(page, 'मान्य');
    await shot(page, 'artisan-work-03-certificates');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      cert.getByRole('button', { name: 'PDF डाउनलोड करें' }).click(),
    ]);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    await cert.getByRole('button', { name: 'भेजें' }).click();
    await expectText(page, 'लिंक कॉपी हो गया');
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(copied).toMatch(/\/verify\/[0-9a-f-]{36}$/);

    const href = await cert.getByRole('link', { name: 'जाँच पेज' }).getAttribute('href');
    const check = await fetch(`${server.url}${href}`, { headers: { 'accept-language': 'hi' } });
    expect(check.status).toBe(200);
  });

  it('chooses works for her portfolio and shows it to everyone (with her consent)', async () => {
    // The screen reads her portfolio with GET /me/portfolio: opening it writes nothing.
    const writes: string[] = [];
    const onRequest = (r: { method(): string; url(): string }) => {
      if (r.method() !== 'GET' && new URL(r.url()).pathname === '/api/v1/me/portfolio')
        writes.push(r.method());
    };
    page.on('request', onRequest);
    await goHomeAnd(page, 'मेरा पोर्टफ़ोलियो');
    const works = page.getByTestId('works');
    await works.waitFor();
    expect(writes).toEqual([]);
    page.off('request', onRequest);
    await works.locator('input[type=checkbox]').first().check();
    await page.getByLabel('सभी लोग').check();
    await page.getByRole('button', { name: 'पोर्टफ़ोलियो सहेजें' }).click();
    await expectText(page, 'डिब्बे पर निशान');
    await page.getByLabel(/मैं सहमत हूँ/).check();
    await page.getByRole('button', { name: 'पोर्टफ़ोलियो सहेजें' }).click();
    await expectText(page, 'अब सभी आपका पोर्टफ़ोलियो देख सकते हैं');
    await shot(page, 'artisan-work-04-portfolio');
    const link = await page.getByTestId('portfolio-link').getAttribute('href');
    expect((await fetch(`${server.url}${link}`)).status).toBe(200);

    await page.getByLabel('सिर्फ़ मैं').check();
    await page.getByRole('button', { name: 'पोर्टफ़ोलियो सहेजें' }).click();
    await expectText(page, 'आपका पोर्टफ़ोलियो छिपा हुआ है');
    expect((await fetch(`${server.url}${link}`)).status).toBe(404);
  });

  it('reads why a work offer came to her, declines one with a reason and accepts the other', async () => {
    const deadline = new Date(server.clock.now().getTime() + 20.5 * DAY).toISOString();
    const request = (title: string) =>
      api('POST', '/opportunities', buyer.auth, {
        title,
        description: 'Khurja blue pottery vases, 30 cm, glazed.',
        craftIds: ['pottery'],
        quantity: 2,
        unitPricePaise: 150_000,
        deadline,
        location: { lat: 28.3, lng: 77.9 },
        maxDistanceKm: 100,
        minLevel: 1,
        languages: ['hi'],
      });
    const offerTo = async (title: string) => {
      const r = await request(title);
      await api('POST', `/opportunities/${r.id}/matches`, buyer.auth);
      await api('POST', `/opportunities/${r.id}/offers`, buyer.auth, { artisanIds: [her.user.id] });
    };
    await offerTo('Blue pottery vases');

    // The second offer comes while her list is open: it appears at once over the event stream (no
    // polling while the stream is open).
    const stream = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/events');
    await goHomeAnd(page, 'काम के ऑफ़र');
    const list = page.getByTestId('offers').first();
    await list.getByText('Blue pottery vases').waitFor();
    expect((await stream).status()).toBe(200);
    await offerTo('Clay lamps for Diwali');
    await list.getByText('Clay lamps for Diwali').waitFor();
    await expectText(page, '₹3,000');
    await shot(page, 'artisan-work-05-offers');

    await list.getByText('Clay lamps for Diwali').click();
    // "Why you were matched": the ranker's own reasons from the server, in Hindi.
    const mine = (await api('GET', '/me/offers?lang=hi', her.auth)).offers as {
      reasons: string[];
      opportunity: { title: string };
    }[];
    const why = mine.find((o) => o.opportunity.title === 'Clay lamps for Diwali')!.reasons;
    expect(why.length).toBeGreaterThan(0);
    expect(why.join(' ')).toMatch(/[\u0900-\u097F]/);
    for (const reason of why) await page.getByTestId('offer-why').getByText(reason).waitFor();
    await page.getByRole('button', { name: 'नहीं, मैं नहीं कर सकती' }).click();
    await expectText(page, 'पहले कोई कारण चुनें');
    await page.getByLabel('नहीं कर सकतीं? हमें कारण बताएँ').selectOption('busy');
    await page.getByRole('button', { name: 'नहीं, मैं नहीं कर सकती' }).click();
    await expectText(page, 'आपने मना किया: मेरे पास समय नहीं है');
    const offers = (await api('GET', '/me/offers', her.auth)).offers as {
      status: string;
      declineReason: string | null;
    }[];
    expect(offers.find((o) => o.status === 'declined')?.declineReason).toBe('busy');

    await page.getByRole('link', { name: 'पीछे' }).click();
    await page.getByTestId('offers').first().getByText('Blue pottery vases').click();
    await expect(page.getByTestId('offer-amount').textContent()).resolves.toBe('₹3,000');
    await expectText(page, '₹1,500');
    expect(await page.getByTestId('offer-deadline').textContent()).toMatch(/ · 20 दिन बाकी$/);
    await shot(page, 'artisan-work-06-offer-detail');
    await page.getByRole('button', { name: 'हाँ, मैं करूँगी' }).click();
    await page.getByTestId('order').waitFor();
    await expect(page.getByTestId('order-status').textContent()).resolves.toBe('स्वीकार किया');
  });

  it('runs the order: starts it, adds a progress photo, sends it; the list shows it', async () => {
    await page.getByRole('button', { name: 'मैंने काम शुरू कर दिया' }).click();
    await expect(
      page.getByTestId('order-status').filter({ hasText: 'बन रहा है' }).waitFor(),
    ).resolves.toBeUndefined();
    await page
      .locator('#progress-photo')
      .setInputFiles({ name: 'progress.jpg', mimeType: 'image/jpeg', buffer: await pottery(61) });
    await page.getByTestId('order-photos').locator('img').first().waitFor({ timeout: 30_000 });
    expect(
      await page
        .getByTestId('order-photos')
        .locator('img')
        .first()
        .evaluate((img: { complete: boolean; naturalWidth: number }) => img.complete && img.naturalWidth > 0),
    ).toBe(true);
    await page.getByRole('button', { name: 'काम तैयार है' }).click();
    await page.getByRole('button', { name: 'मैंने भेज दिया' }).click();
    await page.getByTestId('order-status').filter({ hasText: 'भेज दिया' }).waitFor();
    await shot(page, 'artisan-work-07-order');
    await goHomeAnd(page, 'मेरे ऑर्डर');
    await page.getByTestId('orders').getByText('भेज दिया').waitFor();
    // From GET /me/orders: the request's title and the buyer's name.
    await page.getByTestId('orders').getByText('Blue pottery vases', { exact: false }).waitFor();
    await page.getByTestId('orders').getByText('Clay & Co', { exact: false }).waitFor();
  });

  it('reads her earnings passbook once the buyer confirms and the order is paid', async () => {
    const { orders } = await api('GET', '/me/orders', her.auth);
    const order = (orders as { id: string }[])[0]!;
    // Her order is open on her phone while the buyer confirms: the change shows there at once.
    await page.getByTestId('orders').getByText('भेज दिया').click();
    await page.getByTestId('order').waitFor();
    await api('POST', `/orders/${order.id}/transition`, buyer.auth, { to: 'delivered' });
    await api('POST', `/orders/${order.id}/transition`, buyer.auth, { to: 'confirmed' });
    await eventually(async () => (await api('GET', `/orders/${order.id}`, her.auth)).status === 'paid');
    await page.getByTestId('order-status').filter({ hasText: 'भुगतान हो गया' }).waitFor();
    // She rates the buyer, once.
    await page.getByTestId('rate').getByRole('radio').nth(3).check();
    await page.getByRole('button', { name: 'रेटिंग भेजें' }).click();
    await page.getByTestId('rated').waitFor();
    const rated = await api('GET', `/orders/${order.id}`, buyer.auth);
    expect(rated.ratings).toEqual([expect.objectContaining({ raterRole: 'artisan', stars: 4 })]);
    await shot(page, 'artisan-work-07b-order-rated');

    await goHomeAnd(page, 'मेरी कमाई');
    await expect(page.getByTestId('earned').textContent()).resolves.toBe('₹2,850');
    await page.getByTestId('passbook-orders').getByText('₹2,850').waitFor();
    await page.getByTestId('passbook-split').getByText('मिलना बाकी').waitFor();
    await shot(page, 'artisan-work-08-earnings');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /CSV/ }).click(),
    ]);
    expect((await readFile((await csv.path())!)).toString()).toContain('2,850.00');
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PDF डाउनलोड करें' }).click(),
    ]);
    expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('keeps her passbook and certificates readable with no network (service worker)', async () => {
    const online = await phoneContext(browser);
    const p = await online.newPage();
    await p.goto(server.url);
    await p.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await signInWithCode(p, server, phone);
    await p.getByRole('heading', { name: 'नमस्ते, Kamla Prajapati' }).waitFor();
    await p.reload(); // controlled by the service worker from now on
    for (const tile of ['मेरी कमाई', 'प्रमाणपत्र']) {
      await goHomeAnd(p, tile);
      await p.getByRole('link', { name: 'पीछे' }).waitFor();
      await p.getByTestId(tile === 'मेरी कमाई' ? 'earned' : 'cert').waitFor();
    }
    await online.setOffline(true);
    await p.goto(`${server.url}/earnings`);
    await p.getByTestId('offline').waitFor();
    await expect(p.getByTestId('earned').textContent()).resolves.toBe('₹2,850');
    await p.goto(`${server.url}/certificates`);
    await p.getByTestId('cert').getByText('मान्य').waitFor();
    await shot(p, 'artisan-work-09-offline-certificates');
    await online.close();
  });
});

async function goHomeAnd(page: Page, tile: string) {
  await page.getByRole('link', { name: 'होम' }).click();
  await page.getByRole('link', { name: tile }).click();
}

async function expectText(page: Page, text: string) {
  await page.getByText(text, { exact: false }).first().waitFor();
}

/** Polls a condition the worker makes true (scoring, issuing, paying) without fixed sleeps. */
async function eventually(check: () => Promise<boolean>, attempts = 120) {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('condition never became true');
}
