import type { Role } from '../identity/roles';
import type { LiveEvent, LiveEventInput, LivePublisher } from '../ports/live';

/**
 * The live events of the platform, built in one place so that every publish point names the same
 * topics and the same audience. Data are hints only: ids, statuses, a pipeline step.
 */

const REVIEWERS: Role[] = ['reviewer', 'admin'];

/** Publishes when a publisher is wired; a no-op otherwise (tests and tools that do not listen). */
export function publishLive(live: LivePublisher | undefined, ...events: LiveEventInput[]): void {
  if (!live) return;
  for (const e of events) live.publish(e);
}

export function assessmentProgress(
  a: { id: string; artisanId: string },
  step: string,
  status: string,
): LiveEventInput {
  return {
    type: 'assessment.progress',
    topics: ['assessments', `assessment:${a.id}`],
    audience: { userIds: [a.artisanId] },
    data: { assessmentId: a.id, step, status },
  };
}

/** Her assessment reached a new status (scored, needs review, retake, decided, appealed, failed). */
export function assessmentChanged(a: { id: string; artisanId: string }, status: string): LiveEventInput {
  return {
    type: 'assessment.changed',
    topics: ['assessments', `assessment:${a.id}`],
    audience: { userIds: [a.artisanId] },
    data: { assessmentId: a.id, status },
  };
}

/** An assessment entered or left the review queue. Reviewers and admins hear it. */
export function reviewQueueChanged(assessmentId: string, status: string): LiveEventInput {
  return {
    type: 'review.queue.changed',
    topics: ['review-queue', `assessment:${assessmentId}`],
    audience: { roles: REVIEWERS },
    data: { assessmentId, status },
  };
}

/** A new offer for her. */
export function offerCreated(o: { id: string; artisanId: string; opportunityId: string }): LiveEventInput {
  return {
    type: 'offer.created',
    topics: ['offers', `offer:${o.id}`],
    audience: { userIds: [o.artisanId] },
    data: { offerId: o.id, status: 'sent' },
  };
}

/** An offer was accepted, declined, expired or withdrawn: she and the buyer who sent it hear it. */
export function offerChanged(
  o: { id: string; artisanId: string; opportunityId: string; status: string },
  buyerId: string,
): LiveEventInput {
  return {
    type: 'offer.changed',
    topics: ['offers', `offer:${o.id}`, `opportunity:${o.opportunityId}`],
    audience: { userIds: [o.artisanId, buyerId] },
    data: { offerId: o.id, opportunityId: o.opportunityId, status: o.status },
  };
}

/** An order was created or moved: both parties hear it. */
export function orderChanged(o: {
  id: string;
  artisanId: string;
  buyerId: string;
  opportunityId: string;
  status: string;
}): LiveEventInput {
  return {
    type: 'order.changed',
    topics: ['orders', `order:${o.id}`, `opportunity:${o.opportunityId}`],
    audience: { userIds: [o.artisanId, o.buyerId] },
    data: { orderId: o.id, opportunityId: o.opportunityId, status: o.status },
  };
}

/** Whether a signed-in viewer may receive an event. The event stream checks every event. */
export function canSee(viewer: { userId: string; role: Role }, e: Pick<LiveEvent, 'audience'>): boolean {
  const a = e.audience;
  if (a.everyone) return true;
  if (a.userIds?.includes(viewer.userId)) return true;
  return a.roles?.includes(viewer.role) ?? false;
}

/** Whether an event concerns a client's topic ('*' for all). */
export function concerns(e: Pick<LiveEvent, 'topics'>, topic: string): boolean {
  return topic === '*' || e.topics.includes(topic) || e.topics.includes('*');
}
