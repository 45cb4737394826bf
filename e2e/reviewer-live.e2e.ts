import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generateSync } from 'otplib';
import { assessmentsSchema } from '@shebalance/db';
import {
  aReviewer,
  apiArtisan,
  chromiumAvailable,
  codeFromOutbox,
  ensureWebBuilt,
  launch,
  phoneContext,
  postJson,
  shot,
  signInWithCode,
  startServer,
  type E2eServer,
} from './support';

const hasChromium = chromiumAvailable();
const isEventStream = (url: string) => new URL(url).pathname === '/api/v1/events';

/** A reviewer account (made as the admin API or CLI makes staff) with TOTP already on; returns her secret. */
async function aReviewerWithTotp(server: E2eServer, phone: string): Promise<string> {
  await aReviewer(server, phone);
  server.clock.advance(60_000);
  await postJson(server.url, '/api/v1/auth/otp', { phone });
  const first = (await postJson(server.url, '/api/v1/auth/otp/verify', {
    phone,
    code: await codeFromOutbox(server.url, phone),
  })) as { accessToken: string };
  const auth = { authorization: `Bearer ${first.accessToken}` };
  const enrolled = await fetch(`${server.url}/api/v1/auth/mfa/enroll`, { method: 'POST', headers: auth });
  if (!enrolled.ok) throw new Error(`enroll: ${enrolled.status} ${await enrolled.text()}`);
  const { secret } = (await enrolled.json()) as { secret: string };
  const activated = await fetch(`${server.url}/api/v1/auth/mfa/activate`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ code: generateSync({ secret }) }),
  });
  if (!activated.ok) throw new Error(`activate: ${activated.status} ${await activated.text()}`);
  return secret;
}

/** A scored result of hers that no reviewer needs to see (yet): the state an appeal starts from. */
async function aScoredAssessment(server: E2eServer, artisanId: string, overall: number, level: number) {
  const id = crypto.randomUUID();
  await server.container.database.db.insert(assessmentsSchema.assessments).values({
    id,
    artisanId,
    status: 'scored',
    craftId: 'madhubani',
    craftConfidence: 0.91,
    scores: { technique: overall, complexity: overall, quality: overall, overall },
    confidence: 0.88,
    level,
    reviewReasons: [],
    completedAt: new Date(),
  });
  return id;
}

/** She disagrees with her result (POST /assessments/:id/appeal): it goes back into the review queue. */
async function appeal(server: E2eServer, artisan: { accessToken: string }, assessmentId: string) {
  const res = await fetch(`${server.url}/api/v1/assessments/${assessmentId}/appeal`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${artisan.accessToken}` },
    body: JSON.stringify({ reason: 'मेरे काम की बारीकी पूरी नहीं गिनी गई।' }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  expect(((await res.json()) as { status: string }).status).toBe('needs_review');
}

/**
 * Issue 8's live updates on the reviewer's side: with her queue open, an assessment that needs a
 * person shows up without a reload, over the event stream; and when the stream cannot be opened,
 * the screen's polling fallback still brings it in.
 */
describe.skipIf(!hasChromium)('the reviewer queue refreshes itself (Chromium, 360×640, Hindi)', () => {
  let server: E2eServer;
  let browser: Browser;
  let artisan: { id: string; accessToken: string };
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launch();
    artisan = await apiArtisan(server.url, '+919812343101', {
      displayName: 'सुनीता देवी',
      preferredLanguage: 'hi',
      district: 'Madhubani',
      state: 'BR',
      availability: { days: ['mon', 'tue', 'wed'], hoursPerDay: 4 },
      crafts: [{ craftId: 'madhubani', capacityPerWeek: 3 }],
    });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  /**
   * The reviewer signs in (one-time code, then her authenticator) and lands on her queue. `streams`
   * collects the event stream's answers (status codes; 'refused' where the network cut it).
   */
  async function openQueue(phone: string, secret: string, o: { blockStream?: boolean } = {}) {
    const context = await phoneContext(browser, { serviceWorkers: 'block' });
    contexts.push(context);
    const streams: (number | 'refused')[] = [];
    // A network that will not carry the event stream (a proxy that buffers or cuts it).
    if (o.blockStream)
      await context.route(
        (url) => isEventStream(url.href),
        (route) => {
          streams.push('refused');
          return route.abort();
        },
      );
    const page = await context.newPage();
    page.on('response', (r) => {
      if (isEventStream(r.url())) streams.push(r.status());
    });
    await page.goto(server.url);
    await signInWithCode(page, server, phone);
    await page.getByRole('heading', { name: 'ऑथेंटिकेटर कोड' }).waitFor();
    await page.getByLabel('6 अंकों का कोड').fill(generateSync({ secret }));
    await page.getByRole('button', { name: 'जाँचें' }).click();
    await page.getByRole('heading', { name: 'जाँच की कतार' }).waitFor();
    // Marks this document: still there afterwards means no reload or navigation happened.
    await page.evaluate('window.sameDocument = true');
    return { page, streams };
  }
  const sameDocument = (page: Page) => page.evaluate<boolean>("'sameDocument' in window");

  it('an appeal reaches the open queue at once over the event stream', async () => {
    const phone = '+919812343001';
    const secret = await aReviewerWithTotp(server, phone);
    const scored = await aScoredAssessment(server, artisan.id, 74, 4);
    const { page, streams } = await openQueue(phone, secret);
    const queue = page.getByTestId('review-queue');
    await queue.getByText('जाँच के लिए कुछ बाकी नहीं।').waitFor();
    // The stream is open: from here the screen does not poll, only an event can refresh it.
    await page.locator('[data-testid="review-queue"][data-live="open"]').waitFor();
    await shot(page, 'reviewer-live-01-queue-empty');

    await appeal(server, artisan, scored);
    const item = queue.getByRole('link', { name: 'मधुबनी चित्रकला · अंक 74 · स्तर 4' });
    await item.waitFor();
    await queue.getByText('उसने दोबारा जाँच माँगी', { exact: false }).waitFor();
    expect(await queue.getAttribute('data-live')).toBe('open');
    expect(streams.length).toBeGreaterThan(0);
    expect(streams.every((s) => s === 200)).toBe(true);
    await shot(page, 'reviewer-live-02-arrived-live');

    // Still the same page: the queue came in without a navigation or reload.
    expect(await sameDocument(page)).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('without the event stream, the queue still refreshes by polling', async () => {
    const phone = '+919812343002';
    const secret = await aReviewerWithTotp(server, phone);
    const scored = await aScoredAssessment(server, artisan.id, 62, 2);
    const { page, streams } = await openQueue(phone, secret, { blockStream: true });
    const queue = page.getByTestId('review-queue');
    // The queue has loaded (empty, or what earlier appeals left in it); this one is not there yet.
    await queue.getByText('जाँच के लिए कुछ बाकी नहीं।').or(queue.getByRole('list')).waitFor();
    const item = queue.getByRole('link', { name: 'मधुबनी चित्रकला · अंक 62 · स्तर 2' });
    expect(await item.count()).toBe(0);
    await shot(page, 'reviewer-live-03-no-stream');

    await appeal(server, artisan, scored);
    // Polling (FALLBACK_POLL_MS) brings it in; the stream never opened.
    await item.waitFor({ timeout: 60_000 });
    expect(await queue.getAttribute('data-live')).not.toBe('open');
    expect(streams.length).toBeGreaterThan(0);
    expect(streams.every((s) => s === 'refused')).toBe(true);
    expect(await sameDocument(page)).toBe(true);
    await shot(page, 'reviewer-live-04-arrived-by-polling');
  });
});
