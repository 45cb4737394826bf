import { say } from '@shebalance/core/conversation/index';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  ensureWebBuilt,
  launchWithMicrophone,
  phoneContext,
  shot,
  startServer,
  type E2eServer,
} from './support';

const hasChromium = chromiumAvailable();

describe.skipIf(!hasChromium)('WhatsApp simulator: a Hindi voice note (Chromium, fake microphone)', () => {
  let server: E2eServer;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchWithMicrophone('hindi', 'e2e-microphone');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The worker, driven by the test until the page shows what we wait for. */
  const until = async (done: () => Promise<boolean>) => {
    const worker = server.container.jobs.createWorker({});
    for (let round = 0; round < 60 && !(await done()); round++) await worker.drain();
  };

  it('she records "hindi" and hears a spoken Hindi answer', async () => {
    const context = await phoneContext(browser);
    await context.grantPermissions(['microphone']);
    const page = await context.newPage();
    await page.goto(`${server.url}/simulator`);
    await page.locator('#sim-phone').fill('+919812399001');
    await page.locator('#sim-phone').press('Enter');
    await page.locator('#sim-text').fill('नमस्ते');
    await page.locator('#sim-text').press('Enter');
    await until(async () => (await page.locator('.bubble.out').count()) > 0);
    await page.locator('.bubble.out').first().waitFor();

    server.clock.advance(60_000);
    await page.getByRole('button', { name: 'आवाज़ संदेश रिकॉर्ड करें' }).click();
    // The fake microphone plays its file in real time: stop once the word has been spoken.
    await page.waitForTimeout(2500);
    await page.getByRole('button', { name: 'रोकें और भेजें' }).click();
    await until(async () => (await page.getByTestId('spoken-reply').count()) > 0);
    await page.getByTestId('spoken-reply').waitFor();
    await expect.poll(() => page.getByTestId('chat').innerText()).toContain(say('hi', 'onb.name'));
    await page.getByTestId('voice-note').waitFor();
    const src = await page.getByTestId('spoken-reply').locator('audio').getAttribute('src');
    const audio = await fetch(new URL(src!, server.url));
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toBe('audio/mpeg');
    await page.getByTestId('spoken-reply').scrollIntoViewIfNeeded();
    await shot(page, 'simulator-voice-01-spoken-hindi-answer');
    await context.close();
  });
});
