/**
 * Order lifecycle:
 *   accepted → in_progress → ready → shipped → delivered → confirmed → paid
 * Cancel: anyone involved while the order is only accepted; once work has started (in_progress,
 *   ready) only an admin cancels, after hearing both sides, so neither side walks away alone.
 * Dispute: buyer, artisan or admin, from shipped, delivered or confirmed (before money moves); an
 *   admin resolves it to confirmed (she is paid) or cancelled (the buyer is refunded).
 * 'system' is the platform itself: courier or payment webhooks and scheduled jobs (for example
 * auto-confirming a delivery the buyer did not answer). paid and cancelled are final.
 * Whether this artisan or buyer owns the order is checked by the use case before calling this.
 */
export const ORDER_STATUSES = [
  'accepted',
  'in_progress',
  'ready',
  'shipped',
  'delivered',
  'confirmed',
  'paid',
  'cancelled',
  'disputed',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const EARN_ACTORS = ['artisan', 'buyer', 'admin', 'system'] as const;
export type EarnActor = (typeof EARN_ACTORS)[number];

const ANY_PARTY: readonly EarnActor[] = ['artisan', 'buyer', 'admin'];

export const ORDER_TRANSITIONS: Readonly<
  Record<OrderStatus, Readonly<Partial<Record<OrderStatus, readonly EarnActor[]>>>>
> = {
  accepted: { in_progress: ['artisan', 'admin'], cancelled: ANY_PARTY },
  in_progress: { ready: ['artisan', 'admin'], cancelled: ['admin'] },
  ready: { shipped: ['artisan', 'admin'], cancelled: ['admin'] },
  shipped: { delivered: ['artisan', 'buyer', 'admin', 'system'], disputed: ANY_PARTY },
  delivered: { confirmed: ['buyer', 'admin', 'system'], disputed: ANY_PARTY },
  confirmed: { paid: ['admin', 'system'], disputed: ANY_PARTY },
  paid: {},
  cancelled: {},
  disputed: { confirmed: ['admin'], cancelled: ['admin'] },
};

export type OrderRefusalCode =
  'unknown_status' | 'same_state' | 'final_state' | 'illegal_transition' | 'actor_not_allowed';

export interface OrderRefusal {
  code: OrderRefusalCode;
  from: string;
  to: string;
  actor: EarnActor;
  /** Who could make this move (for actor_not_allowed). */
  allowed: readonly EarnActor[];
}

export interface OrderTransitionEvent {
  from: OrderStatus;
  to: OrderStatus;
  actor: EarnActor;
  at: Date;
}

export type OrderTransitionResult<O> =
  { ok: true; order: O; event: OrderTransitionEvent } | { ok: false; refusal: OrderRefusal };

export const isOrderStatus = (s: unknown): s is OrderStatus =>
  typeof s === 'string' && (ORDER_STATUSES as readonly string[]).includes(s);
export const isFinalOrderStatus = (s: OrderStatus) => Object.keys(ORDER_TRANSITIONS[s]).length === 0;

/** Moves an order to `to` if `actor` may; returns a new order (the input is not changed) or a refusal. */
export function transition<O extends { status: OrderStatus }>(
  order: O,
  to: string,
  actor: EarnActor,
  at: Date,
): OrderTransitionResult<O> {
  const from = order.status;
  const refuse = (code: OrderRefusalCode, allowed: readonly EarnActor[] = []) => ({
    ok: false as const,
    refusal: { code, from, to, actor, allowed },
  });
  if (!isOrderStatus(to)) return refuse('unknown_status');
  if (to === from) return refuse('same_state');
  if (isFinalOrderStatus(from)) return refuse('final_state');
  const allowed = ORDER_TRANSITIONS[from][to];
  if (!allowed) return refuse('illegal_transition');
  if (!allowed.includes(actor)) return refuse('actor_not_allowed', allowed);
  return { ok: true, order: { ...order, status: to }, event: { from, to, actor, at } };
}

/** The moves `actor` can make from `status` (for buttons and WhatsApp quick replies). */
export function allowedTransitions(status: OrderStatus, actor: EarnActor): OrderStatus[] {
  return Object.entries(ORDER_TRANSITIONS[status])
    .filter(([, who]) => who.includes(actor))
    .map(([to]) => to as OrderStatus);
}
