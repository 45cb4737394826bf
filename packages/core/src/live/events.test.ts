import { describe, expect, it } from 'vitest';
import {
  assessmentProgress,
  canSee,
  concerns,
  offerChanged,
  offerCreated,
  orderChanged,
  publishLive,
  reviewQueueChanged,
} from './events';
import type { LiveEventInput } from '../ports/live';

const artisan = { userId: 'a1', role: 'artisan' as const };
const otherArtisan = { userId: 'a2', role: 'artisan' as const };
const buyer = { userId: 'b1', role: 'buyer' as const };
const reviewer = { userId: 'r1', role: 'reviewer' as const };
const admin = { userId: 'x1', role: 'admin' as const };

describe('who hears which live event', () => {
  it('her assessment progress and her new offers reach her only', () => {
    for (const e of [
      assessmentProgress({ id: 's1', artisanId: 'a1' }, 'quality', 'processing'),
      offerCreated({ id: 'o1', artisanId: 'a1', opportunityId: 'p1' }),
    ]) {
      expect([artisan, otherArtisan, buyer, reviewer, admin].map((v) => canSee(v, e))).toEqual([
        true,
        false,
        false,
        false,
        false,
      ]);
    }
  });

  it('offer answers and order changes reach both parties; the review queue reaches reviewers and admins', () => {
    const answered = offerChanged(
      { id: 'o1', artisanId: 'a1', opportunityId: 'p1', status: 'accepted' },
      'b1',
    );
    const order = orderChanged({
      id: 'd1',
      artisanId: 'a1',
      buyerId: 'b1',
      opportunityId: 'p1',
      status: 'shipped',
    });
    for (const e of [answered, order])
      expect([artisan, otherArtisan, buyer, reviewer].map((v) => canSee(v, e))).toEqual([
        true,
        false,
        true,
        false,
      ]);
    const queue = reviewQueueChanged('s1', 'needs_review');
    expect([artisan, buyer, reviewer, admin].map((v) => canSee(v, queue))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it('names topics a screen can follow, and carries ids and statuses only', () => {
    const order = orderChanged({
      id: 'd1',
      artisanId: 'a1',
      buyerId: 'b1',
      opportunityId: 'p1',
      status: 'paid',
    });
    expect(concerns(order, 'order:d1') && concerns(order, 'orders') && concerns(order, '*')).toBe(true);
    expect(concerns(order, 'order:d2')).toBe(false);
    expect(order.data).toEqual({ orderId: 'd1', opportunityId: 'p1', status: 'paid' });
  });

  it('publishing without a publisher does nothing', () => {
    const sent: LiveEventInput[] = [];
    publishLive(undefined, reviewQueueChanged('s1', 'scored'));
    publishLive(
      { publish: (e) => sent.push(e) },
      reviewQueueChanged('s1', 'scored'),
      reviewQueueChanged('s2', 'scored'),
    );
    expect(sent.map((e) => e.data.assessmentId)).toEqual(['s1', 's2']);
  });
});
