import { renderMatchReason, type Reason } from '@shebalance/core/earn/index';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { anArtisanProfile, sessionFor, type TestSession } from '../reviewer/test-support';

/**
 * The read endpoints the PWA needed (ADR 0013 gaps): her orders, a buyer's requests, her portfolio
 * state, the reasons on her offers and the names on match results — through HTTP, as the app calls them.
 */
const ctx = useTestApp({ clock: 'fixed' });
const DAY = 86_400_000;
const later = (ms: number) => (ctx.clock as unknown as { advance(ms: number): void }).advance(ms);
const inDays = (n: number) => new Date(ctx.clock.now().getTime() + n * DAY).toISOString();

const call = (method: 'GET' | 'POST' | 'PUT', url: string, s: TestSession | null, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: s ? s.auth : {},
    ...(payload ? { payload } : {}),
  });

async function anArtisan(name: string, lat: number, lng: number): Promise<TestSession> {
  const s = await sessionFor(ctx, 'artisan');
  const res = await call(
    'PUT',
    '/me/artisan',
    s,
    anArtisanProfile({ displayName: name, location: { lat, lng } }),
  );
  expect(res.statusCode, res.body).toBe(200);
  return s;
}

async function aBuyer(organisation: string): Promise<TestSession> {
  const s = await sessionFor(ctx, 'buyer');
  const res = await call('PUT', '/me/buyer', s, { organisation, type: 'brand' });
  expect(res.statusCode, res.body).toBe(200);
  return s;
}

const aRequest = (title: string, overrides: Record<string, unknown> = {}) => ({
  title,
  description: `${title}: Madhubani paintings on handmade paper, A3, fish and lotus motifs.`,
  craftIds: ['madhubani'],
  quantity: 1,
  unitPricePaise: 150_000,
  deadline: inDays(30),
  location: { lat: 26.35, lng: 86.07 },
  maxDistanceKm: 100,
  minLevel: 1,
  languages: ['hi'],
  ...overrides,
});

/** A request matched, offered to `her`, and accepted: returns the request and order ids. */
async function anAcceptedOrder(buyer: TestSession, her: TestSession, title: string) {
  const created = await call('POST', '/opportunities', buyer, aRequest(title));
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  expect((await call('POST', `/opportunities/${id}/matches`, buyer)).statusCode).toBe(200);
  const sent = await call('POST', `/opportunities/${id}/offers`, buyer, { artisanIds: [her.id] });
  expect(sent.statusCode, sent.body).toBe(201);
  const accepted = await call('POST', `/offers/${sent.json().offers[0].id}/accept`, her);
  expect(accepted.statusCode, accepted.body).toBe(201);
  return { requestId: id, orderId: accepted.json().order.id as string };
}

describe('GET /me/orders, /me/opportunities, /me/portfolio; reasons on offers; names on matches', () => {
  it('match results name the artisans, without changing the existing fields', async () => {
    const sunita = await anArtisan('Sunita Devi', 26.36, 86.08);
    await anArtisan('Rekha Kumari', 26.4, 86.1);
    await anArtisan('Meena Jha', 26.2, 86.0);
    const buyer = await aBuyer('Mithila Crafts');
    const created = await call('POST', '/opportunities', buyer, aRequest('Lotus set'));
    const matched = await call('POST', `/opportunities/${created.json().id}/matches`, buyer);
    expect(matched.statusCode, matched.body).toBe(200);
    const mine = matched.json().matches.find((m: { artisanId: string }) => m.artisanId === sunita.id);
    expect(mine).toMatchObject({
      displayName: 'Sunita Devi',
      district: 'Madhubani',
      rank: expect.any(Number),
    });
    // A bulk request nobody can make alone: the proposed team is named too.
    const bulk = await call('POST', '/opportunities', buyer, aRequest('Lotus wall', { quantity: 20 }));
    const team = (await call('POST', `/opportunities/${bulk.json().id}/matches`, buyer)).json().team;
    expect(team.members).toEqual(
      expect.arrayContaining([expect.objectContaining({ artisanId: sunita.id, displayName: 'Sunita Devi' })]),
    );
    expect(Object.keys(mine)).toEqual(
      expect.arrayContaining(['artisanId', 'score', 'rank', 'reasons', 'distanceKm']),
    );
  });

  it('her offers carry why she was matched, in her language, from the run that made the offer', async () => {
    const her = await anArtisan('Rekha Kumari', 26.36, 86.08);
    const buyer = await aBuyer('Mithila Crafts');
    const created = await call('POST', '/opportunities', buyer, aRequest('Fish panels'));
    const id = created.json().id as string;
    const matched = await call('POST', `/opportunities/${id}/matches`, buyer);
    const match = matched.json().matches.find((m: { artisanId: string }) => m.artisanId === her.id);
    await call('POST', `/opportunities/${id}/offers`, buyer, { artisanIds: [her.id] });

    // Her profile says Hindi: that is the default; `?lang=` asks for another language.
    const inHindi = await call('GET', '/me/offers', her);
    expect(inHindi.statusCode, inHindi.body).toBe(200);
    const offer = inHindi.json().offers.find((o: { opportunityId: string }) => o.opportunityId === id);
    expect(offer.reasons).toEqual(
      (match.reasonKeys as Reason[]).map((r) => renderMatchReason(r, 'hi', 'artisan')),
    );
    expect(offer.reasons.join(' ')).toMatch(/[\u0900-\u097F]/);
    const inEnglish = (await call('GET', '/me/offers?lang=en', her)).json().offers[0];
    expect(inEnglish.reasons[0]).toBe(renderMatchReason(match.reasonKeys[0] as Reason, 'en', 'artisan'));
  });

  it('lists her orders and the buyer’s orders, newest first, paged, with the other party’s name', async () => {
    const her = await anArtisan('Meena Jha', 26.36, 86.08);
    const buyer = await aBuyer('Lotus Exports');
    const first = await anAcceptedOrder(buyer, her, 'First order');
    later(60_000);
    const second = await anAcceptedOrder(buyer, her, 'Second order');

    const page1 = await call('GET', '/me/orders?limit=1', her);
    expect(page1.statusCode, page1.body).toBe(200);
    expect(page1.json()).toMatchObject({ you: 'artisan', nextOffset: 1 });
    expect(page1.json().orders).toEqual([
      {
        id: second.orderId,
        opportunityId: second.requestId,
        title: 'Second order',
        craftId: 'madhubani',
        quantity: 1,
        amountPaise: 150_000,
        status: 'accepted',
        deadline: expect.any(String),
        counterpartName: 'Lotus Exports',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    ]);
    const page2 = await call('GET', '/me/orders?limit=1&offset=1', her);
    expect(page2.json().orders.map((o: { id: string }) => o.id)).toEqual([first.orderId]);
    expect(page2.json().nextOffset).toBeNull();

    const theirs = await call('GET', '/me/orders', buyer);
    expect(theirs.json().you).toBe('buyer');
    expect(theirs.json().orders.map((o: { id: string }) => o.id)).toEqual([second.orderId, first.orderId]);
    expect(theirs.json().orders[0].counterpartName).toBe('Meena Jha');

    // Nobody else sees them; bad paging is a 400 problem, not a 5xx.
    const stranger = await anArtisan('Asha Devi', 26.36, 86.08);
    expect((await call('GET', '/me/orders', stranger)).json()).toEqual({
      you: 'artisan',
      orders: [],
      nextOffset: null,
    });
    const bad = await call('GET', '/me/orders?limit=0', her);
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await call('GET', '/me/orders', null)).statusCode).toBe(401);
    const admin = await sessionFor(ctx, 'admin');
    expect((await call('GET', '/me/orders', admin)).statusCode).toBe(403);
  });

  it('lists a buyer’s own requests, newest first, with offers sent and accepted', async () => {
    const her = await anArtisan('Kavita Devi', 26.36, 86.08);
    const buyer = await aBuyer('Jitwarpur Arts');
    const accepted = await anAcceptedOrder(buyer, her, 'Accepted one');
    later(60_000);
    const open = await call('POST', '/opportunities', buyer, aRequest('Still open'));

    const res = await call('GET', '/me/opportunities', buyer);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().nextOffset).toBeNull();
    expect(res.json().opportunities).toEqual([
      expect.objectContaining({
        id: open.json().id,
        title: 'Still open',
        status: 'open',
        offersSent: 0,
        offersAccepted: 0,
      }),
      expect.objectContaining({
        id: accepted.requestId,
        title: 'Accepted one',
        status: 'filled',
        quantity: 1,
        craftIds: ['madhubani'],
        offersSent: 1,
        offersAccepted: 1,
      }),
    ]);
    expect((await call('GET', '/me/opportunities?limit=1', buyer)).json().nextOffset).toBe(1);
    const other = await aBuyer('Someone Else');
    expect((await call('GET', '/me/opportunities', other)).json().opportunities).toEqual([]);
    const artisanCall = await call('GET', '/me/opportunities', her);
    expect(artisanCall.statusCode).toBe(403);
    expect(artisanCall.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('reads her portfolio state without changing it', async () => {
    const her = await anArtisan('Sita Devi', 26.36, 86.08);
    const read = await call('GET', '/me/portfolio', her);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ public: false, works: [], url: expect.any(String) });
    const consent = await call('POST', '/me/consents', her, {
      purpose: 'public_portfolio',
      granted: true,
      channel: 'app',
      textVersion: '2026-01',
    });
    expect(consent.statusCode, consent.body).toBe(201);
    expect((await call('PUT', '/me/portfolio', her, { public: true })).statusCode).toBe(200);
    expect((await call('GET', '/me/portfolio', her)).json().public).toBe(true);

    const fresh = await sessionFor(ctx, 'artisan');
    const noProfile = await call('GET', '/me/portfolio', fresh);
    expect(noProfile.statusCode).toBe(409);
    expect(noProfile.headers['content-type']).toMatch(/application\/problem\+json/);
    const buyer = await aBuyer('Not An Artisan');
    expect((await call('GET', '/me/portfolio', buyer)).statusCode).toBe(403);
  });
});
