import type { EarnActor } from './order-machine';

/**
 * Offer lifecycle: sent → accepted | declined | expired | withdrawn (all four are final).
 * - accept: the artisan, before expiry, while enough of the order is still unallocated; accepting an
 *   offer she already accepted succeeds again without change (idempotent).
 * - decline: the artisan, before expiry, with a reason; repeating it changes nothing.
 * - expire: the platform, once the expiry has passed.
 * - withdraw: the buyer or an admin, while it is open.
 * Races between two acceptances of the last pieces are settled by the repository applying
 * `decideOffer` inside one transaction that locks the opportunity (unallocated is read there).
 */
export const OFFER_STATUSES = ['sent', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
export const DECLINE_REASONS = [
  'busy',
  'price_too_low',
  'deadline_too_short',
  'too_far',
  'not_my_craft',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export type OfferAction = 'accept' | 'decline' | 'expire' | 'withdraw';

export interface Offer {
  id: string;
  opportunityId: string;
  artisanId: string;
  quantity: number;
  status: OfferStatus;
  sentAt: Date;
  expiresAt: Date;
  decidedAt: Date | null;
  declineReason: DeclineReason | null;
}

export interface OfferExpiryPolicy {
  /** Normal time to answer. */
  ttlHours: number;
  /** Never more than this share of the time left before the buyer's deadline… */
  maxShareOfLeadTime: number;
  /** …but never less than this. */
  minTtlHours: number;
}
export const DEFAULT_OFFER_EXPIRY: OfferExpiryPolicy = Object.freeze({
  ttlHours: 24,
  maxShareOfLeadTime: 0.25,
  minTtlHours: 2,
});

const HOUR = 3_600_000;

/** When an offer sent at `sentAt` expires: 24 h, shortened for tight deadlines, at least 2 h. */
export function offerExpiry(
  sentAt: Date,
  deadline: Date,
  policy: OfferExpiryPolicy = DEFAULT_OFFER_EXPIRY,
): Date {
  const lead = Math.max(0, deadline.getTime() - sentAt.getTime());
  const ttl = Math.max(
    policy.minTtlHours * HOUR,
    Math.min(policy.ttlHours * HOUR, lead * policy.maxShareOfLeadTime),
  );
  return new Date(sentAt.getTime() + ttl);
}

export type OfferRefusalCode =
  | 'actor_not_allowed'
  | 'offer_closed'
  | 'offer_expired'
  | 'not_yet_expired'
  | 'sold_out'
  | 'decline_reason_required';

export interface OfferContext {
  actor: EarnActor;
  at: Date;
  reason?: DeclineReason | string | null;
  /** Pieces of the opportunity not yet taken by other accepted offers (needed to accept). */
  unallocated?: number;
}

export type OfferResult =
  { ok: true; offer: Offer; changed: boolean } | { ok: false; code: OfferRefusalCode; offer: Offer };

const WHO: Record<OfferAction, readonly EarnActor[]> = {
  accept: ['artisan'],
  decline: ['artisan'],
  expire: ['system', 'admin'],
  withdraw: ['buyer', 'admin'],
};
const RESULT: Record<OfferAction, OfferStatus> = {
  accept: 'accepted',
  decline: 'declined',
  expire: 'expired',
  withdraw: 'withdrawn',
};

export const isDeclineReason = (r: unknown): r is DeclineReason =>
  typeof r === 'string' && (DECLINE_REASONS as readonly string[]).includes(r);

export function decideOffer(offer: Offer, action: OfferAction, ctx: OfferContext): OfferResult {
  const refuse = (code: OfferRefusalCode): OfferResult => ({ ok: false, code, offer });
  if (!WHO[action].includes(ctx.actor)) return refuse('actor_not_allowed');
  if (offer.status === RESULT[action] && (action === 'accept' || action === 'decline'))
    return { ok: true, offer, changed: false };
  // Answering an offer the expiry job already closed says why: it expired (not just "closed").
  if (offer.status === 'expired' && (action === 'accept' || action === 'decline'))
    return refuse('offer_expired');
  if (offer.status !== 'sent') return refuse('offer_closed');
  const expired = ctx.at.getTime() >= offer.expiresAt.getTime();
  if (action === 'expire' && !expired) return refuse('not_yet_expired');
  if ((action === 'accept' || action === 'decline') && expired) return refuse('offer_expired');
  if (action === 'accept' && !((ctx.unallocated ?? 0) >= offer.quantity)) return refuse('sold_out');
  if (action === 'decline' && !isDeclineReason(ctx.reason)) return refuse('decline_reason_required');
  return {
    ok: true,
    changed: true,
    offer: {
      ...offer,
      status: RESULT[action],
      decidedAt: ctx.at,
      declineReason: action === 'decline' ? (ctx.reason as DeclineReason) : null,
    },
  };
}

/** Offers past their expiry that are still open (for the expiry job). */
export const dueForExpiry = (offers: readonly Offer[], now: Date) =>
  offers.filter((o) => o.status === 'sent' && now.getTime() >= o.expiresAt.getTime());
