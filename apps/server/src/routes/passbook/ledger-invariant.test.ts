import { createRng, passbookFor, trialBalance } from '@shebalance/core/earn/index';
import type { Actor } from '@shebalance/core';
import {
  acceptOffer,
  createOpportunity,
  finishPayout,
  initiatePayout,
  matchOpportunity,
  payOrder,
  sendOffers,
  transitionOrder,
  viewPassbook,
} from '@shebalance/core/usecases/earn/index';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { earnOf } from '../../wiring/earn';
import { anArtisanProfile, sessionFor, type TestSession } from '../reviewer/test-support';

/**
 * The ledger invariant on the real database: after every step of a seeded random sequence of money
 * operations through the use cases (orders paid by the pay job or by an admin, jobs run twice, payouts
 * of random size — some too large — settled or failed), the trial balance is zero, nothing is
 * negative, and each artisan's passbook equals the projection of the whole journal.
 */
const ctx = useTestApp({ clock: 'fixed' });
const actorOf = (s: TestSession): Actor => ({ userId: s.id, role: s.role, mfa: s.role === 'admin' });

describe('ledger invariant', () => {
  it('holds after a random sequence of operations', async () => {
    const deps = earnOf(ctx.container);
    const rng = createRng(20260601);
    const artisans: TestSession[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await sessionFor(ctx, 'artisan');
      const res = await ctx.app.inject({
        method: 'PUT',
        url: '/api/v1/me/artisan',
        headers: s.auth,
        payload: anArtisanProfile({ location: { lat: 26.3 + i / 50, lng: 86.05 } }),
      });
      expect(res.statusCode).toBe(200);
      artisans.push(s);
    }
    const buyer = actorOf(await sessionFor(ctx, 'buyer'));
    const admin = actorOf(await sessionFor(ctx, 'admin'));
    const openPayouts: string[] = [];

    const newOrder = async () => {
      const o = await createOpportunity(deps, buyer, {
        description: 'Madhubani painting',
        craftIds: ['madhubani'],
        quantity: 1,
        unitPricePaise: 50_000 + Math.floor(rng.next() * 500_000) + 1,
        deadline: new Date(ctx.clock.now().getTime() + 30 * 86_400_000),
        location: { lat: 26.35, lng: 86.07 },
        maxDistanceKm: 100,
      });
      const run = await matchOpportunity(deps, buyer, o.id);
      const who = artisans[Math.floor(rng.next() * artisans.length)]!;
      expect(run.matches.some((m) => m.artisanId === who.id)).toBe(true);
      const [offer] = await sendOffers(deps, buyer, o.id, { artisanIds: [who.id] });
      const { order } = await acceptOffer(deps, actorOf(who), offer!.id);
      for (const to of ['in_progress', 'ready', 'shipped'])
        await transitionOrder(deps, actorOf(who), order.id, to);
      return { order, who };
    };

    const operations = [
      async () => {
        // Paid by the pay job after the buyer confirms; the job runs twice.
        const { order } = await newOrder();
        await transitionOrder(deps, buyer, order.id, 'delivered');
        await transitionOrder(deps, buyer, order.id, 'confirmed');
        await payOrder(deps, order.id);
        await payOrder(deps, order.id);
      },
      async () => {
        // Paid by an admin without a recorded buyer payment (the buyer owes it).
        const { order } = await newOrder();
        await transitionOrder(deps, buyer, order.id, 'delivered');
        await transitionOrder(deps, buyer, order.id, 'confirmed');
        await transitionOrder(deps, admin, order.id, 'paid');
      },
      async () => {
        const who = artisans[Math.floor(rng.next() * artisans.length)]!;
        const amountPaise = 1 + Math.floor(rng.next() * 400_000);
        try {
          const p = await initiatePayout(deps, admin, { artisanId: who.id, vpa: 'artisan@upi', amountPaise });
          openPayouts.push(p.id);
        } catch (err) {
          expect((err as { kind?: string }).kind).toBe('conflict'); // more than she has: refused
        }
      },
      async () => {
        const id = openPayouts.splice(Math.floor(rng.next() * openPayouts.length), 1)[0];
        if (!id) return;
        const outcome = rng.next() < 0.7 ? 'settled' : 'failed';
        await finishPayout(deps, id, outcome);
        await finishPayout(deps, id, outcome); // idempotent
      },
    ];

    for (let step = 0; step < 24; step++) {
      await operations[Math.floor(rng.next() * operations.length)]!();
      const entries = await deps.store.allEntries();
      expect(trialBalance(entries).difference).toBe(0);
      expect((await deps.store.trialBalance()).difference).toBe(0);
      for (const a of artisans) {
        const fromLedger = passbookFor(entries, a.id);
        const shown = await viewPassbook(deps, admin, a.id);
        expect(shown.earnedPaise).toBe(fromLedger.earnedPaise);
        expect(shown.paidOutPaise).toBe(fromLedger.paidOutPaise);
        expect(shown.pendingPaise).toBe(shown.earnedPaise - shown.paidOutPaise);
        expect(shown.availablePaise).toBeGreaterThanOrEqual(0);
        expect(shown.inTransitPaise).toBeGreaterThanOrEqual(0);
        expect(shown.orders.reduce((s, o) => s + o.netPaise, 0)).toBe(shown.earnedPaise);
      }
    }
    expect((await deps.store.allEntries()).length).toBeGreaterThan(5);
  });
});
