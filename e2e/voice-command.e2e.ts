import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  codeFromOutbox,
  createArtisan,
  ensureWebBuilt,
  launchWithMicrophone,
  phoneContext,
  shot,
  startServer,
  type E2eServer,
} from './support';

/**
 * The app-wide microphone on a phone without speech recognition: she taps it on her home, says
 * "kaam chahiye" (I want work), and the app records, sends it to the voice endpoint, opens her offers
 * and says so.
 */
describe.skipIf(!chromiumAvailable())('the microphone takes her to her work offers (Chromium)', () => {
  let server: E2eServer;
  let browser: Browser;
  const phone = '+919812340131';

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchWithMicrophone('kaam chahiye', 'e2e-voice-command');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('she says "kaam chahiye" and her offers open', async () => {
    await createArtisan(server.url, phone);
    server.clock.advance(60_000);
    const context = await phoneContext(browser, { serviceWorkers: 'block' });
    await context.grantPermissions(['microphone']);
    // A phone whose browser has no speech recognition: the microphone records for the voice endpoint.
    await context.addInitScript(() => {
      const w = globalThis as unknown as Record<string, unknown>;
      delete w.SpeechRecognition;
      delete w.webkitSpeechRecognition;
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByLabel('आपका मोबाइल नंबर').fill(phone.slice(3));
    await page.getByRole('button', { name: 'कोड भेजें' }).click();
    await page.getByLabel('SMS में आया कोड').fill(await codeFromOutbox(server.url, phone));
    await page.getByRole('button', { name: 'साइन इन करें' }).click();
    await page.getByRole('heading', { name: 'नमस्ते, Meena Devi' }).waitFor();

    await page.getByTestId('mic').click();
    await page.getByTestId('mic').filter({ hasText: 'रोकें' }).waitFor();
    // The fake microphone plays its file in real time: stop once the words have been spoken.
    await page.waitForTimeout(3000);
    await page.getByTestId('mic').click();
    await page.waitForURL(/\/offers$/, { timeout: 60_000 });
    await expect
      .poll(() => page.getByTestId('mic-msg').innerText(), { timeout: 15_000 })
      .toContain('आपके काम के ऑफ़र खोल रहे हैं');
    expect(server.requests.some((r) => r.method === 'POST' && r.path === '/api/v1/voice')).toBe(true);
    await page.getByRole('heading', { name: 'काम के ऑफ़र' }).waitFor();
    await shot(page, 'voice-command-01-offers');
    await context.close();
  });
});
