import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { generateSync } from 'otplib';
import { assessmentsSchema } from '@shebalance/db';
import { aPaintedWorkPhoto, storeWorkPhotos } from '../apps/server/src/routes/credentials/test-photos';
import {
  aReviewer,
  apiArtisan,
  chromiumAvailable,
  drainJobs,
  ensureWebBuilt,
  launch,
  phoneContext,
  shot,
  signInWithCode,
  startServer,
  type E2eServer,
} from './support';

const hasChromium = chromiumAvailable();

/** An artisan with a profile, through the API; returns her id and token. */
function anArtisan(baseUrl: string, phone: string) {
  return apiArtisan(baseUrl, phone, {
    displayName: 'सुनीता देवी',
    preferredLanguage: 'hi',
    district: 'Madhubani',
    state: 'BR',
    availability: { days: ['mon', 'tue', 'wed'], hoursPerDay: 4 },
    crafts: [{ craftId: 'madhubani', capacityPerWeek: 3 }],
  });
}

/**
 * A scored assessment the pipeline sent to a person (low confidence), with two stored photos: the
 * state Snap → Score leaves it in before a reviewer decides.
 */
async function anAssessmentWaitingForReview(server: E2eServer, artisanId: string): Promise<string> {
  const db = server.container.database.db;
  const id = crypto.randomUUID();
  await db.insert(assessmentsSchema.assessments).values({
    id,
    artisanId,
    status: 'needs_review',
    craftId: 'madhubani',
    craftConfidence: 0.58,
    scores: { technique: 71, complexity: 63, quality: 68, overall: 68 },
    confidence: 0.55,
    level: 3,
    reviewReasons: ['low_confidence'],
    completedAt: new Date(),
  });
  await storeWorkPhotos(server.container, {
    assessmentId: id,
    artisanId,
    count: 2,
    keyPrefix: 'e2e/works',
    photo: aPaintedWorkPhoto,
  });
  return id;
}

describe.skipIf(!hasChromium)('verifying a certificate (Chromium, 360×640, Hindi)', () => {
  let server: E2eServer;
  let browser: Browser;
  let artisan: { id: string; accessToken: string };
  const reviewerPhone = '+919812342001';

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launch();
    artisan = await anArtisan(server.url, '+919812342101');
    await anAssessmentWaitingForReview(server, artisan.id);
    await aReviewer(server, reviewerPhone);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a reviewer turns on TOTP and confirms her work; anyone opens the verification page and sees it verified', async () => {
    // The reviewer signs in with a one-time code; staff screens ask for the authenticator first.
    const staff = await phoneContext(browser, { serviceWorkers: 'block' });
    const page = await staff.newPage();
    await page.goto(server.url);
    await signInWithCode(page, server, reviewerPhone);
    await page.getByRole('heading', { name: 'ऑथेंटिकेटर चालू करें' }).waitFor();
    await page.getByRole('button', { name: 'शुरू करें' }).click();
    const keyLine = await page.getByText('या यह कुंजी लिखें:').textContent();
    const secret = keyLine!.split(':').pop()!.trim();
    await shot(page, 'verify-01-reviewer-totp');
    await page.getByLabel('6 अंकों का कोड').fill(generateSync({ secret }));
    await page.getByRole('button', { name: 'चालू करें' }).click();
    await page.getByTestId('recovery-codes').waitFor();
    await page.getByRole('button', { name: 'आगे बढ़ें' }).click();

    // The queue, the assessment with its photos, and her confirmation with a reason.
    await page.getByRole('heading', { name: 'जाँच की कतार' }).waitFor();
    await shot(page, 'verify-02-review-queue');
    await page.getByRole('link', { name: /मधुबनी चित्रकला · अंक 68 · स्तर 3/ }).click();
    await page.getByRole('img', { name: 'सबूत 1' }).waitFor();
    await page.getByLabel('कारण (दर्ज होगा)').fill('रंग और रेखाएँ साफ़ हैं, मधुबनी शैली पक्की है।');
    await shot(page, 'verify-03-review');
    await page.getByRole('button', { name: 'नतीजा पक्का करें' }).click();
    await page.getByText('सहेजा गया: scored').waitFor();
    await page.getByText('जाँच के लिए कुछ बाकी नहीं।').waitFor();
    await staff.close();

    // The confirmed assessment becomes her credential (background job).
    await drainJobs(server);
    const list = (await (
      await fetch(`${server.url}/api/v1/artisans/${artisan.id}/credentials`, {
        headers: { authorization: `Bearer ${artisan.accessToken}` },
      })
    ).json()) as { credentials: { id: string }[] };
    expect(list.credentials).toHaveLength(1);
    const credentialId = list.credentials[0]!.id;

    // Anyone (not signed in) opens the verification page from the QR code.
    const visitor = await phoneContext(browser, { serviceWorkers: 'block' });
    const verify = await visitor.newPage();
    const res = await verify.goto(`${server.url}/verify/${credentialId}`);
    expect(res?.status()).toBe(200);
    expect(await verify.locator('html').getAttribute('lang')).toBe('hi');
    await verify.getByRole('status').getByText('सत्यापित', { exact: false }).first().waitFor();
    await verify.getByText('सुनीता देवी').first().waitFor();
    await shot(verify, 'verify-04-public-page');

    // An unknown certificate is a clear "not found", not an error page.
    const missing = await verify.goto(`${server.url}/verify/00000000-0000-4000-8000-000000000000`);
    expect(missing?.status()).toBe(404);
    await shot(verify, 'verify-05-not-found');
    await visitor.close();
  });
});
