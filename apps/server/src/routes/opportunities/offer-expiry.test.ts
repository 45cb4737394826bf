import type { fixedClock } from '@shebalance/adapters/system/index';
import { t } from '@shebalance/core';
import { OFFER_EXPIRE_JOB } from '@shebalance/core/usecases/earn/index';
import { describe, expect, it } from 'vitest';
import { drainJobs, useTestApp } from '../../../test/harness';
import { anArtisanProfile, countRows, sessionFor, type TestSession } from '../reviewer/test-support';

/**
 * Issue 4, offers: an unanswered offer expires when its delayed `earn.offer.expire` job runs after the
 * clock passes its expiry (and not before), the work moves to the next match, and accepting the
 * expired offer is a clear 409 problem. The app runs on a clock the test moves.
 */
const ctx = useTestApp({ clock: 'fixed' });
const clock = () => ctx.clock as ReturnType<typeof fixedClock>;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, s: TestSession, payload?: object) =>
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

interface OfferView {
  id: string;
  status: string;
  expiresAt: string;
  opportunityId: string;
}
const offersOf = async (s: TestSession): Promise<OfferView[]> => {
  const res = await call('GET', '/me/offers', s);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().offers;
};

describe('Offer expiry on a moving clock (issue 4)', () => {
  it('expires only after expiresAt, moves the work to the next match, and refuses a late acceptance', async () => {
    // Same skill and history; nearer ranks higher, so the order of matches is known.
    const artisans = [
      await anArtisan('Sunita Devi', 26.354, 86.072),
      await anArtisan('Rekha Kumari', 26.25, 86.0),
      await anArtisan('Meena Jha', 26.1, 85.9),
    ];
    const buyer = await sessionFor(ctx, 'buyer');
    const created = await call('POST', '/opportunities', buyer, {
      description: 'Two Madhubani paintings, A3, on handmade paper.',
      craftIds: ['madhubani'],
      quantity: 2,
      unitPricePaise: 150_000,
      deadline: new Date(clock().now().getTime() + 30 * DAY).toISOString(),
      location: { lat: 26.353, lng: 86.071 },
      maxDistanceKm: 100,
      languages: ['hi'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const requestId = created.json().id as string;
    const matched = await call('POST', `/opportunities/${requestId}/matches`, buyer);
    expect(matched.statusCode, matched.body).toBe(200);
    const ranked = (matched.json().matches as { artisanId: string }[]).map((m) => m.artisanId);
    expect(ranked).toEqual(artisans.map((a) => a.id));
    const [first, second, third] = artisans as [TestSession, TestSession, TestSession];

    const sent = await call('POST', `/opportunities/${requestId}/offers`, buyer, { artisanIds: [first.id] });
    expect(sent.statusCode, sent.body).toBe(201);
    const offer = sent.json().offers[0] as OfferView;
    const sentAt = clock().now().getTime();
    expect(Date.parse(offer.expiresAt)).toBe(sentAt + DAY); // 24 h: the deadline is far away

    // Before expiry the delayed job is not due: the worker runs nothing and the offer stays open.
    await drainJobs(ctx);
    clock().advance(DAY - MINUTE);
    await drainJobs(ctx);
    expect((await offersOf(first)).find((o) => o.id === offer.id)?.status).toBe('sent');
    expect(await offersOf(second)).toEqual([]);
    expect(await countRows(ctx, 'earn_offers')).toBe(1);

    // The clock passes expiresAt: the job runs, the offer expires, the next match gets an offer.
    clock().advance(2 * MINUTE);
    await drainJobs(ctx);
    const expired = (await offersOf(first)).find((o) => o.id === offer.id)!;
    expect(expired).toMatchObject({ status: 'expired' });
    const moved = await offersOf(second);
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ status: 'sent', opportunityId: requestId });
    expect(Date.parse(moved[0]!.expiresAt)).toBe(clock().now().getTime() + DAY);
    const outbox = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/dev/outbox?to=${encodeURIComponent(second.phone)}`,
    });
    expect(outbox.json().messages.some((m: { text: string }) => /3000/.test(m.text))).toBe(true);

    // She answers too late: a clear 409 problem, in her language (Hindi), and no order.
    const late = await call('POST', `/offers/${offer.id}/accept`, first);
    expect(late.statusCode).toBe(409);
    expect(late.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(late.json()).toMatchObject({ status: 409, detail: t('hi', 'earn.offer_expired') });
    const declineLate = await call('POST', `/offers/${offer.id}/decline`, first, { reason: 'busy' });
    expect(declineLate.statusCode).toBe(409);
    expect(await countRows(ctx, 'earn_orders')).toBe(0);

    // The job is idempotent (running the expiry again changes nothing) and the chain goes on:
    // the second offer, unanswered, expires a day later and moves to the third match.
    await drainJobs(ctx);
    expect(await countRows(ctx, 'earn_offers')).toBe(2);
    clock().advance(DAY + MINUTE);
    await drainJobs(ctx);
    expect((await offersOf(second))[0]).toMatchObject({ status: 'expired' });
    expect(await offersOf(third)).toEqual([expect.objectContaining({ status: 'sent' })]);

    // A worker whose clock runs behind can run the job early: the offer stays open and the job is
    // scheduled again, so it still expires once the clock passes its expiry.
    const thirdOffer = (await offersOf(third))[0]!;
    await ctx.container.jobs.queue.enqueue(
      OFFER_EXPIRE_JOB,
      { offerId: thirdOffer.id },
      { idempotencyKey: `early-run:${thirdOffer.id}` },
    );
    const pending = () =>
      countRows(
        ctx,
        'jobs',
        `name = '${OFFER_EXPIRE_JOB}' and status = 'queued' and payload ->> 'offerId' = '${thirdOffer.id}'`,
      );
    expect(await pending()).toBe(2); // the delayed job and the early one
    await drainJobs(ctx);
    expect((await offersOf(third))[0]).toMatchObject({ id: thirdOffer.id, status: 'sent' });
    expect(await pending()).toBe(2); // the delayed job and the early one's replacement, due at expiry
    expect(
      await countRows(
        ctx,
        'jobs',
        `idempotency_key like '${OFFER_EXPIRE_JOB}:${thirdOffer.id}:%' and run_at = '${thirdOffer.expiresAt}'`,
      ),
    ).toBe(1);

    // The third accepts in time: one order.
    const accepted = await call('POST', `/offers/${(await offersOf(third))[0]!.id}/accept`, third);
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(await countRows(ctx, 'earn_orders')).toBe(1);
  });
});
