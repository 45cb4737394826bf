import type { ArtisanProfile } from '../../api/types';
import { ORDER_STEPS, type Offer, type Order, type OrderStatus } from '../../api/earn';

/** Rules the offer and order screens show, kept pure so they are unit tested. */

export interface Reason {
  key: string;
  params?: Record<string, string | number>;
}

/**
 * Why this work came to her, from what the offer and her profile say (the offer API does not carry
 * the ranker's reasons): her craft, her level, the place, the team, her place in the ranking.
 */
export function whyMatched(offer: Offer, profile: ArtisanProfile | undefined): Reason[] {
  const work = offer.opportunity;
  const out: Reason[] = [];
  if (!work) return out;
  const mine = new Set(profile?.crafts.map((c) => c.craftId) ?? []);
  const craft = work.craftIds.find((c) => mine.has(c));
  if (craft) out.push({ key: 'artisan.offers.why.craft', params: { craft } });
  if (work.minLevel > 1) out.push({ key: 'artisan.offers.why.level', params: { level: work.minLevel } });
  if (work.remoteOk) out.push({ key: 'artisan.offers.why.remote' });
  else if (work.district && profile?.district && sameName(work.district, profile.district))
    out.push({ key: 'artisan.offers.why.sameDistrict', params: { district: work.district } });
  else if (work.maxDistanceKm)
    out.push({ key: 'artisan.offers.why.near', params: { km: work.maxDistanceKm } });
  if (offer.team) out.push({ key: 'artisan.offers.why.team' });
  else if (offer.rank > 0 && offer.rank <= 3)
    out.push({ key: 'artisan.offers.why.rank', params: { rank: offer.rank } });
  return out;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

const DAY = 86_400_000;

/** Whole days left until `deadline` (0 on its last day); negative once it has passed. */
export function daysLeft(deadline: string, now: Date): number {
  return Math.floor((new Date(deadline).getTime() - now.getTime()) / DAY);
}

/** Can she still answer? Only a sent offer that has not expired. */
export function canAnswer(offer: Pick<Offer, 'status' | 'expiresAt'>, now: Date): boolean {
  return offer.status === 'sent' && new Date(offer.expiresAt).getTime() > now.getTime();
}

/** Per-piece price in paise, when the request gives one or it can be worked out. */
export function perPiecePaise(offer: Offer): number | null {
  if (offer.opportunity?.unitPricePaise) return offer.opportunity.unitPricePaise;
  if (offer.amountPaise && offer.quantity > 0) return Math.round(offer.amountPaise / offer.quantity);
  return null;
}

export type StepState = 'done' | 'current' | 'todo';

/**
 * The order's progress as steps (accepted → … → paid). A cancelled or disputed order keeps the
 * steps it reached before, marked done, and is flagged.
 */
export function orderSteps(order: Pick<Order, 'status' | 'events'>): {
  steps: { status: (typeof ORDER_STEPS)[number]; state: StepState }[];
  stopped: OrderStatus | null;
} {
  const stopped = order.status === 'cancelled' || order.status === 'disputed' ? order.status : null;
  let reached: string = order.status;
  if (stopped) {
    const before = [...(order.events ?? [])].reverse().find((e) => e.to === stopped)?.from;
    reached = before && (ORDER_STEPS as readonly string[]).includes(before) ? before : 'accepted';
  }
  const at = ORDER_STEPS.indexOf(reached as (typeof ORDER_STEPS)[number]);
  return {
    steps: ORDER_STEPS.map((status, i) => ({
      status,
      state: i < at ? 'done' : i > at ? 'todo' : stopped || status === 'paid' ? 'done' : 'current',
    })),
    stopped,
  };
}

/** The moves she makes herself, in the order the work goes (the server says which are allowed now). */
export const ARTISAN_MOVES = ['in_progress', 'ready', 'shipped', 'delivered'] as const;

export function nextMoves(order: Pick<Order, 'allowedTransitions'>): string[] {
  return (order.allowedTransitions ?? []).filter((t) => (ARTISAN_MOVES as readonly string[]).includes(t));
}

/** Progress photos may be added until the order is paid or cancelled (as the server allows). */
export function canAddPhotos(order: Pick<Order, 'status'>): boolean {
  return order.status !== 'paid' && order.status !== 'cancelled';
}
