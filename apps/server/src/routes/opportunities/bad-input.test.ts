import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { anArtisanProfile, countRows, sessionFor, type TestSession } from '../reviewer/test-support';

/** Issue 4 "bad input": a clear 4xx and nothing changed; plus the race for the last pieces. */
const ctx = useTestApp({ clock: 'fixed' });
const DAY = 86_400_000;
const inDays = (n: number) => new Date(ctx.clock.now().getTime() + n * DAY).toISOString();
const call = (method: 'GET' | 'POST' | 'PUT', url: string, s: TestSession, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...s.auth, 'accept-language': 'en' },
    ...(payload ? { payload } : {}),
  });

const aRequest = (overrides: Record<string, unknown> = {}) => ({
  description: 'Madhubani paintings, A3.',
  craftIds: ['madhubani'],
  quantity: 2,
  unitPricePaise: 150_000,
  deadline: inDays(30),
  location: { lat: 26.35, lng: 86.07 },
  maxDistanceKm: 100,
  ...overrides,
});

async function anArtisan(lat: number, lng: number): Promise<TestSession> {
  const s = await sessionFor(ctx, 'artisan');
  expect((await call('PUT', '/me/artisan', s, anArtisanProfile({ location: { lat, lng } }))).statusCode).toBe(
    200,
  );
  return s;
}

describe('bad input', () => {
  it('refuses a past deadline, a negative quantity, another currency and an unknown craft (400, nothing stored)', async () => {
    const buyer = await sessionFor(ctx, 'buyer');
    const before = await countRows(ctx, 'opportunities');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ deadline: inDays(-1) }, /deadline/i],
      [{ quantity: -5 }, /./],
      [{ currency: 'USD' }, /./],
      [{ craftIds: ['glass-blowing-x'] }, /glass-blowing-x/],
      [{ unitPricePaise: null }, /price|budget/i],
    ];
    for (const [overrides, detail] of cases) {
      const res = await call('POST', '/opportunities', buyer, aRequest(overrides));
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().detail).toMatch(detail);
    }
    expect(await countRows(ctx, 'opportunities')).toBe(before);
  });

  it("refuses a buyer matching someone else's request and an artisan accepting another's offer (nothing changed)", async () => {
    const [a, b] = [await anArtisan(26.36, 86.08), await anArtisan(26.4, 86.1)];
    const owner = await sessionFor(ctx, 'buyer');
    const stranger = await sessionFor(ctx, 'buyer');
    const id = (await call('POST', '/opportunities', owner, aRequest())).json().id as string;
    expect((await call('POST', `/opportunities/${id}/matches`, stranger)).statusCode).toBe(404);
    expect((await call('GET', `/opportunities/${id}`, stranger)).statusCode).toBe(404);
    expect(await countRows(ctx, 'earn_match_runs', `opportunity_id = '${id}'`)).toBe(0);

    expect((await call('POST', `/opportunities/${id}/matches`, owner)).statusCode).toBe(200);
    const sent = await call('POST', `/opportunities/${id}/offers`, owner, { artisanIds: [a.id] });
    const offerId = sent.json().offers[0].id as string;
    const res = await call('POST', `/offers/${offerId}/accept`, b);
    expect(res.statusCode).toBe(403);
    expect(await countRows(ctx, 'earn_offers', `id = '${offerId}' and status = 'sent'`)).toBe(1);
    expect(await countRows(ctx, 'earn_orders', `opportunity_id = '${id}'`)).toBe(0);
    const decline = await call('POST', `/offers/${offerId}/decline`, a, { reason: 'because' });
    expect(decline.statusCode).toBe(400);

    // Her decline with a reason moves the offer to the next match.
    const declined = await call('POST', `/offers/${offerId}/decline`, a, { reason: 'busy' });
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'busy' });
    expect(
      await countRows(
        ctx,
        'earn_offers',
        `opportunity_id = '${id}' and artisan_id = '${b.id}' and status = 'sent'`,
      ),
    ).toBe(1);
  });

  it('two acceptances of the last pieces at once make exactly one order', async () => {
    const [a, b] = [await anArtisan(26.3, 86.05), await anArtisan(26.31, 86.06)];
    const buyer = await sessionFor(ctx, 'buyer');
    const id = (await call('POST', '/opportunities', buyer, aRequest())).json().id as string;
    await call('POST', `/opportunities/${id}/matches`, buyer);
    const sent = await call('POST', `/opportunities/${id}/offers`, buyer, { artisanIds: [a.id, b.id] });
    expect(sent.json().offers).toHaveLength(2);
    const offerOf = (s: TestSession) =>
      sent.json().offers.find((o: { artisanId: string }) => o.artisanId === s.id).id;
    const results = await Promise.all([
      call('POST', `/offers/${offerOf(a)}/accept`, a),
      call('POST', `/offers/${offerOf(b)}/accept`, b),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await countRows(ctx, 'earn_orders', `opportunity_id = '${id}'`)).toBe(1);
    expect(await countRows(ctx, 'opportunities', `id = '${id}' and status = 'filled'`)).toBe(1);
  });
});
