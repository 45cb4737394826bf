import { renderMatchReason, type Reason } from '@shebalance/core/earn/index';
import { describe, expect, it } from 'vitest';
import { drainJobs, useTestApp } from '../../../test/harness';
import { anArtisanProfile, countRows, sessionFor, type TestSession } from '../reviewer/test-support';

/**
 * Issue 4 "done when", through the HTTP API: a buyer posts a request, gets explained matches (and a team
 * for a bulk request), an artisan accepts, the order runs to paid, both ratings land, her passbook shows
 * the money and the ledger balances.
 */
const ctx = useTestApp({ clock: 'fixed' });
const DAY = 86_400_000;
const inDays = (n: number) => new Date(ctx.clock.now().getTime() + n * DAY).toISOString();

const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, s: TestSession, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: s.auth, ...(payload ? { payload } : {}) });

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

const aRequest = (overrides: Record<string, unknown> = {}) => ({
  description: 'Madhubani paintings on handmade paper, A3, fish and lotus motifs.',
  craftIds: ['madhubani'],
  quantity: 2,
  unitPricePaise: 150_000,
  deadline: inDays(30),
  location: { lat: 26.35, lng: 86.07 },
  maxDistanceKm: 100,
  minLevel: 1,
  languages: ['hi'],
  ...overrides,
});

describe('Earn journey (issue 4)', () => {
  it('request → explained matches (and a team) → offer → accept → order to paid → ratings → passbook → balanced ledger', async () => {
    const artisans = [
      await anArtisan('Sunita Devi', 26.36, 86.08),
      await anArtisan('Rekha Kumari', 26.4, 86.1),
      await anArtisan('Meena Jha', 26.2, 86.0),
    ];
    const ids = new Set(artisans.map((a) => a.id));
    const buyer = await sessionFor(ctx, 'buyer');
    const admin = await sessionFor(ctx, 'admin');

    const created = await call('POST', '/opportunities', buyer, aRequest());
    expect(created.statusCode, created.body).toBe(201);
    const requestId = created.json().id as string;
    expect(created.json()).toMatchObject({
      quantity: 2,
      unitPricePaise: 150_000,
      currency: 'INR',
      status: 'open',
    });

    const matched = await call('POST', `/opportunities/${requestId}/matches?lang=hi`, buyer);
    expect(matched.statusCode, matched.body).toBe(200);
    const { matches, team } = matched.json();
    expect(team).toBeUndefined();
    expect(matches.map((m: { artisanId: string }) => m.artisanId).sort()).toEqual([...ids].sort());
    expect(matches.map((m: { rank: number }) => m.rank)).toEqual([1, 2, 3]);
    for (const m of matches) {
      expect(m.reasons.length).toBeGreaterThan(0);
      expect(m.reasons.join(' ')).toMatch(/[\u0900-\u097F]/); // rendered in the buyer's language (Hindi)
      expect(m.distanceKm).toBeLessThan(100);
      expect(m.score).toBeGreaterThan(0);
    }

    // A bulk request nobody can make alone (12 h a painting, 25 h a week each) gets a team that covers it.
    const bulk = await call('POST', '/opportunities', buyer, aRequest({ quantity: 20 }));
    const bulkMatch = await call('POST', `/opportunities/${bulk.json().id}/matches`, buyer);
    expect(bulkMatch.statusCode, bulkMatch.body).toBe(200);
    const bulkTeam = bulkMatch.json().team;
    expect(bulkTeam.members.reduce((s: number, m: { quantity: number }) => s + m.quantity, 0)).toBe(20);
    expect(bulkTeam.explanation.length).toBeGreaterThan(0);
    const teamOffers = await call('POST', `/opportunities/${bulk.json().id}/offers`, buyer, { team: true });
    expect(teamOffers.statusCode, teamOffers.body).toBe(201);
    expect(teamOffers.json().offers).toHaveLength(bulkTeam.members.length);

    // Offer to the best match; she sees it in the app and on her phone.
    const chosen = matches[0].artisanId as string;
    const her = artisans.find((a) => a.id === chosen)!;
    const other = artisans.find((a) => a.id !== chosen)!;
    const sent = await call('POST', `/opportunities/${requestId}/offers`, buyer, { artisanIds: [chosen] });
    expect(sent.statusCode, sent.body).toBe(201);
    const offerId = sent.json().offers[0].id as string;
    const edit = await call('PATCH', `/opportunities/${requestId}`, buyer, { quantity: 3 });
    expect(edit.statusCode).toBe(409); // not editable once offers went out
    const mine = await call('GET', '/me/offers', her);
    expect(mine.json().offers.find((o: { id: string }) => o.id === offerId)).toMatchObject({
      amountPaise: 300_000,
      opportunity: { id: requestId, view: 'artisan' },
    });
    const outbox = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/dev/outbox?to=${encodeURIComponent(her.phone)}`,
    });
    const offerText = outbox.json().messages.find((m: { text: string }) => /3000/.test(m.text))?.text;
    expect(offerText).toBeDefined();
    // "Why you were matched", told to her in her language (Hindi), from the same explanation.
    expect(offerText).toContain(renderMatchReason(matches[0].reasonKeys[0] as Reason, 'hi', 'artisan'));
    const limited = await call('GET', `/opportunities/${requestId}`, her);
    expect(limited.json()).toMatchObject({ view: 'artisan' });
    expect(limited.json().buyerId).toBeUndefined();

    // Another artisan cannot accept her offer; she accepts (twice: same order).
    const stolen = await call('POST', `/offers/${offerId}/accept`, other);
    expect(stolen.statusCode).toBe(403);
    const accepted = await call('POST', `/offers/${offerId}/accept`, her);
    expect(accepted.statusCode, accepted.body).toBe(201);
    const again = await call('POST', `/offers/${offerId}/accept`, her);
    expect(again.statusCode).toBe(200);
    const orderId = accepted.json().order.id as string;
    expect(again.json().order.id).toBe(orderId);

    // The order runs through the state machine; illegal moves are refused.
    expect(
      (await call('POST', `/orders/${orderId}/transition`, buyer, { to: 'in_progress' })).statusCode,
    ).toBe(403);
    expect((await call('POST', `/orders/${orderId}/transition`, her, { to: 'shipped' })).statusCode).toBe(
      409,
    );
    for (const [who, to] of [
      [her, 'in_progress'],
      [her, 'ready'],
      [her, 'shipped'],
      [buyer, 'delivered'],
      [buyer, 'confirmed'],
    ] as const) {
      const moved = await call('POST', `/orders/${orderId}/transition`, who, { to });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json().status).toBe(to);
    }
    await drainJobs(ctx); // collects from the buyer and pays the order
    const paid = await call('GET', `/orders/${orderId}`, buyer);
    expect(paid.json().status).toBe('paid');

    // Both sides rate each other, once.
    expect(
      (await call('POST', `/orders/${orderId}/rating`, buyer, { stars: 5, comment: 'Beautiful work' }))
        .statusCode,
    ).toBe(201);
    expect((await call('POST', `/orders/${orderId}/rating`, her, { stars: 4 })).statusCode).toBe(201);
    expect((await call('POST', `/orders/${orderId}/rating`, her, { stars: 1 })).statusCode).toBe(409);
    expect((await call('GET', `/orders/${orderId}`, her)).json().ratings).toHaveLength(2);

    // Her passbook: ₹3,000 gross, 5% fee, ₹2,850 earned; then paid out to her UPI ID.
    const book = await call('GET', `/artisans/${chosen}/passbook`, her);
    expect(book.statusCode, book.body).toBe(200);
    expect(book.json()).toMatchObject({ earnedPaise: 285_000, pendingPaise: 285_000, paidOutPaise: 0 });
    expect(book.json().orders).toEqual([
      expect.objectContaining({ orderId, grossPaise: 300_000, feePaise: 15_000 }),
    ]);
    expect((await call('GET', `/artisans/${chosen}/passbook`, other)).statusCode).toBe(403);
    const payout = await call('POST', '/admin/payouts', admin, { artisanId: chosen, vpa: 'sunita@okaxis' });
    expect(payout.statusCode, payout.body).toBe(201);
    expect(payout.json()).toMatchObject({ amountPaise: 285_000, status: 'initiated', provider: 'manual' });
    const settled = await call('POST', `/admin/payouts/${payout.json().id}/settle`, admin);
    expect(settled.json().status).toBe('settled');
    const after = (await call('GET', `/artisans/${chosen}/passbook`, admin)).json();
    expect(after).toMatchObject({ earnedPaise: 285_000, pendingPaise: 0, paidOutPaise: 285_000 });

    const csv = await call('GET', `/artisans/${chosen}/passbook?format=csv`, her);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain('"2,850.00"');
    const pdf = await call('GET', `/artisans/${chosen}/passbook?format=pdf`, her);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const trial = await call('GET', '/admin/ledger/trial-balance', admin);
    expect(trial.json()).toMatchObject({ difference: 0 });
    expect(trial.json().debits).toBeGreaterThan(0);
    const fairness = await call('GET', '/admin/fairness', admin);
    expect(fairness.json()).toMatchObject({ windowDays: 30, qualifiedArtisans: 3 });
    expect(fairness.json().gini).toBeGreaterThanOrEqual(0);
    expect(await countRows(ctx, 'earn_orders')).toBe(1);
  });
});
