import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { say } from '@shebalance/core/conversation/index';
import { createEspeakTts, encodeWav, resample } from '@shebalance/ml/speech/index';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  chromiumAvailable,
  ensureWebBuilt,
  phoneContext,
  ROOT,
  shot,
  startServer,
  type E2eServer,
} from './support';

const hasChromium = chromiumAvailable();

/** What her microphone hears: half a second of quiet, "hindi" in a Hindi voice, then quiet (48 kHz WAV). */
async function microphoneFile(): Promise<string> {
  const speech = await createEspeakTts({ rate: 150, pitch: 30 }).synthesizePcm('hindi', 'hi');
  const at48k = resample(speech.samples, speech.sampleRate, 48_000);
  const samples = new Float32Array(48_000 * 4);
  samples.set(at48k.subarray(0, 48_000 * 3), 24_000);
  const dir = join(ROOT, '.tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `e2e-microphone-${process.pid}.wav`);
  writeFileSync(file, encodeWav({ samples, sampleRate: 48_000 }));
  return file;
}

describe.skipIf(!hasChromium)('WhatsApp simulator: a Hindi voice note (Chromium, fake microphone)', () => {
  let server: E2eServer;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    const wav = await microphoneFile();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        ...CHROMIUM_ARGS,
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-audio-capture=${wav}%noloop`,
      ],
    });
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
