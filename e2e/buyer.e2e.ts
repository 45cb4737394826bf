import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  apiArtisan,
  chromiumAvailable,
  codeFromOutbox,
  ensureWebBuilt,
  launch,
  phoneContext,
  shot,
  startServer,
  type E2eServer,
} from './support';

const hasChromium = chromiumAvailable();

/** An artisan near Madhubani (Bihar) who qualifies for a Madhubani painting request, built through the API. */
function aQualifiedArtisan(baseUrl: string, phone: string, name: string, lat: number, lng: number) {
  return apiArtisan(baseUrl, phone, {
    displayName: name,
    preferredLanguage: 'hi',
    languages: ['hi'],
    district: 'Madhubani',
    state: 'BR',
    location: { lat, lng },
    availability: { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], hoursPerDay: 6 },
    crafts: [{ craftId: 'madhubani', capacityPerWeek: 5 }],
  });
}

describe.skipIf(!hasChromium)('buyer journey in the PWA (Chromium, 360×640, Hindi)', () => {
  let server: E2eServer;
  let browser: Browser;
  let sunita: { id: string; accessToken: string };
  const buyerPhone = '+919812341001';

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launch();
    sunita = await aQualifiedArtisan(server.url, '+919812341101', 'Sunita Devi', 26.36, 86.08);
    await aQualifiedArtisan(server.url, '+919812341102', 'Rekha Kumari', 26.4, 86.1);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('posts a request, sees explained matches, sends an offer; follows the order, confirms delivery and rates', async () => {
    const context = await phoneContext(browser, { serviceWorkers: 'block' });
    await context.grantPermissions(['geolocation'], { origin: server.url });
    await context.setGeolocation({ latitude: 26.35, longitude: 86.07 });
    const page = await context.newPage();
    await page.goto(server.url);

    // Sign in as a new buyer, in Hindi, and set up the organisation.
    server.clock.advance(60_000);
    await page.getByLabel('आपका मोबाइल नंबर').fill('98123 41001');
    await page.getByText('खरीदार', { exact: true }).click();
    await page.getByRole('button', { name: 'कोड भेजें' }).click();
    await page.getByLabel('SMS में आया कोड').fill(await codeFromOutbox(server.url, buyerPhone));
    await page.getByRole('button', { name: 'साइन इन करें' }).click();
    await page.getByRole('heading', { name: 'अपनी खरीदार प्रोफ़ाइल बनाएँ' }).waitFor();
    await page.getByLabel('संस्था').fill('Mithila Crafts Pvt Ltd');
    await page.getByRole('button', { name: 'प्रोफ़ाइल सहेजें' }).click();
    await page.getByRole('heading', { name: 'मेरी माँगें' }).waitFor();
    await shot(page, 'buyer-01-home');

    // Post a request: craft, what, how many, price, deadline, her location, level, language.
    await page.getByRole('link', { name: 'नई माँग' }).first().click();
    await page.getByRole('heading', { name: 'माँग डालें' }).waitFor();
    await page.getByLabel('शिल्प', { exact: true }).selectOption('madhubani');
    await page.getByTestId('chosen-crafts').getByText('मधुबनी चित्रकला').waitFor();
    await page.getByLabel('छोटा शीर्षक').fill('मधुबनी चित्र, A3');
    await page.getByLabel('आपको क्या चाहिए?').fill('हाथ से बने कागज़ पर मछली और कमल वाले मधुबनी चित्र।');
    await page.getByLabel('कितने नग').fill('2');
    await page.getByLabel('एक नग की कीमत (₹)').fill('1500');
    await page.getByRole('button', { name: 'मेरी जगह लें' }).click();
    await page.getByText('जगह: 26.35, 86.07').waitFor();
    await page.getByLabel('सबसे ज़्यादा दूरी (किमी)').fill('100');
    await page.getByLabel('हिन्दी').check();
    await shot(page, 'buyer-02-request-form');
    await page.getByRole('button', { name: 'माँग डालें' }).click();

    // The request, then ranked matches with their reasons in Hindi.
    await page.getByRole('heading', { name: 'मधुबनी चित्र, A3' }).waitFor();
    // The match results name the artisans: no public profile is fetched per match.
    const profileFetches: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/v1/artisans/')) profileFetches.push(r.url());
    });
    await page.getByRole('button', { name: 'कारीगर खोजें' }).click();
    await page.getByRole('heading', { name: '2 कारीगर योग्य हैं' }).waitFor();
    await page.getByText('#1 ', { exact: false }).first().waitFor();
    const reasons = await page.locator('.reasons li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.join(' ')).toMatch(/[\u0900-\u097F]/);
    await page.getByText('Sunita Devi', { exact: false }).first().waitFor();
    expect(profileFetches).toEqual([]);
    await shot(page, 'buyer-03-matches');

    // Choose Sunita and send her an offer.
    await page.getByRole('checkbox', { name: /Sunita Devi/ }).check();
    await page.getByRole('button', { name: 'ऑफ़र भेजें (1)' }).click();
    await page.getByText('ऑफ़र भेजे गए: 1').waitFor();
    await shot(page, 'buyer-04-offer-sent');

    // It reached her: her offers list holds it, for 2 × ₹1,500. She accepts and makes the work.
    const asSunita = { 'content-type': 'application/json', authorization: `Bearer ${sunita.accessToken}` };
    const offers = (await (await fetch(`${server.url}/api/v1/me/offers`, { headers: asSunita })).json()) as {
      offers: { id: string; status: string; amountPaise: number }[];
    };
    expect(offers.offers).toHaveLength(1);
    expect(offers.offers[0]).toMatchObject({ status: 'sent', amountPaise: 300_000 });
    const accepted = (await (
      await fetch(`${server.url}/api/v1/offers/${offers.offers[0]!.id}/accept`, {
        method: 'POST',
        headers: { authorization: asSunita.authorization },
      })
    ).json()) as { order: { id: string } };
    for (const to of ['in_progress', 'ready', 'shipped']) {
      const moved = await fetch(`${server.url}/api/v1/orders/${accepted.order.id}/transition`, {
        method: 'POST',
        headers: asSunita,
        body: JSON.stringify({ to }),
      });
      expect(moved.status, to).toBe(200);
    }

    // The buyer opens the order from her list (GET /me/orders: Sunita's name and the request's title),
    // confirms delivery and rates the work.
    await page.getByRole('link', { name: 'SheBalance' }).click();
    await page.getByTestId('my-orders').getByRole('link', { name: 'Sunita Devi · मधुबनी चित्र, A3' }).click();
    await page.getByText('भेजा गया', { exact: true }).first().waitFor();
    await shot(page, 'buyer-05-order-shipped');
    await page.getByRole('button', { name: 'सामान पहुँच गया' }).click();
    await page.getByRole('button', { name: 'डिलीवरी पक्की करें' }).click();
    await page.getByText('पक्का हुआ', { exact: true }).first().waitFor();
    await page.getByRole('radio', { name: /5 सितारे/ }).check();
    await page.getByLabel('टिप्पणी (ज़रूरी नहीं)').fill('सुंदर काम, समय पर मिला।');
    await page.getByRole('button', { name: 'रेटिंग भेजें' }).click();
    await page.getByText('रेटिंग के लिए धन्यवाद').waitFor();
    await shot(page, 'buyer-06-order-confirmed-rated');
    const order = (await (
      await fetch(`${server.url}/api/v1/orders/${accepted.order.id}`, { headers: asSunita })
    ).json()) as { status: string; ratings: { raterRole: string; stars: number }[] };
    expect(order.status).toBe('confirmed');
    expect(order.ratings).toEqual([expect.objectContaining({ raterRole: 'buyer', stars: 5 })]);

    // Back home, the request is listed from GET /me/opportunities: filled, one offer sent and accepted.
    await page.getByRole('link', { name: 'SheBalance' }).click();
    const mine = page.getByTestId('my-requests');
    await mine.getByRole('link', { name: 'मधुबनी चित्र, A3' }).waitFor();
    await mine.getByText('1 ऑफ़र भेजे, 1 स्वीकार', { exact: false }).waitFor();
    await shot(page, 'buyer-07-my-requests');
    await context.close();
  });
});
