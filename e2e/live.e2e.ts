import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { syntheticCraftPhoto } from '@shebalance/ml/recognition/synthetic';
import { signIn } from '../apps/server/test/harness';
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

/**
 * Live updates in the browser: the signed-in app opens the event stream with a ticket (EventSource
 * cannot send her token), and Snap follows her assessment over it to the result.
 */
describe.skipIf(!chromiumAvailable())('live updates in the PWA (Chromium)', () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const phone = '+919812340091';
  const streams: Response[] = [];

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    server.container.startWorker();
    browser = await launch();
    const her = await signIn(server.app, phone, { role: 'artisan', lang: 'hi' });
    const profile = await server.app.inject({
      method: 'PUT',
      url: '/api/v1/me/artisan',
      headers: her.auth,
      payload: {
        displayName: 'Meena Kumari',
        preferredLanguage: 'hi',
        languages: ['hi'],
        district: 'Khurja',
        state: 'UP',
        location: { lat: 28.25, lng: 77.85 },
        availability: { days: ['mon', 'tue', 'wed'], hoursPerDay: 6 },
        crafts: [{ craftId: 'pottery', capacityPerWeek: 10 }],
      },
    });
    expect(profile.statusCode, profile.body).toBe(200);
    context = await phoneContext(browser, { serviceWorkers: 'block' });
    page = await context.newPage();
    page.on('response', (r) => {
      if (new URL(r.url()).pathname === '/api/v1/events') streams.push(r);
    });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('opens the event stream with a ticket and follows her assessment to the result', async () => {
    await page.goto(server.url);
    await signInWithCode(page, server, phone);
    await page.getByRole('heading', { name: 'नमस्ते, Meena Kumari' }).waitFor();

    await page.getByRole('link', { name: 'फ़ोटो और स्कोर' }).first().click();
    const photo = await syntheticCraftPhoto('pottery-rings', 70, {
      width: 1000,
      height: 750,
      grain: 8,
      format: 'jpeg',
    });
    await page
      .locator('#photo-input')
      .setInputFiles({ name: 'pot.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.locator('#craft').selectOption('pottery');
    const opened = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/events');
    await page.getByRole('button', { name: 'मेरा स्कोर बताएँ' }).click();
    const stream = await opened;
    expect(stream.status()).toBe(200);
    expect(stream.headers()['content-type']).toContain('text/event-stream');
    expect(new URL(stream.url()).searchParams.get('ticket')).toMatch(/^lt1\./);
    expect(server.requests.some((r) => r.method === 'POST' && r.path === '/api/v1/events/ticket')).toBe(true);

    await page.getByTestId('snap-result').waitFor({ timeout: 90_000 });
    await shot(page, 'live-01-score');
    expect(streams.every((r) => r.status() === 200)).toBe(true);
  });
});
