import {
  allowedTransitions,
  postOrderPaid,
  transition,
  type EarnActor,
  type OrderStatus,
} from '../../earn/index';
import { AppError, conflict, forbidden, notFound } from '../../shared/errors';
import type { Actor } from '../deps';
import { orderChanged, publishLive } from '../../live/events';
import {
  ORDER_PAY_JOB,
  type DisputeRecord,
  type EarnDeps,
  type EarnStore,
  type OrderEventRecord,
  type OrderPhotoRecord,
  type OrderRecord,
  type RatingRecord,
} from './ports';

/** Her side, the buyer's side, or an admin; anyone else gets 404 (the order's existence is not leaked). */
export function partyOf(order: OrderRecord, actor: Actor): EarnActor | undefined {
  if (order.artisanId === actor.userId) return 'artisan';
  if (order.buyerId === actor.userId) return 'buyer';
  if (actor.role === 'admin') return 'admin';
  return undefined;
}

async function loadOrder(store: EarnStore, actor: Actor, id: string, forUpdate = false) {
  const order = await store.getOrder(id, { forUpdate });
  const party = order ? partyOf(order, actor) : undefined;
  if (!order || !party) throw notFound('order');
  return { order, party };
}

export interface OrderView {
  order: OrderRecord;
  party: EarnActor;
  allowed: OrderStatus[];
  events: OrderEventRecord[];
  ratings: RatingRecord[];
  photos: OrderPhotoRecord[];
}

export async function viewOrder(deps: EarnDeps, actor: Actor, id: string): Promise<OrderView> {
  const { order, party } = await loadOrder(deps.store, actor, id);
  const [events, ratings, photos] = await Promise.all([
    deps.store.orderEvents(id),
    deps.store.ratingsFor(id),
    deps.store.orderPhotos(id),
  ]);
  return { order, party, allowed: allowedTransitions(order.status, party), events, ratings, photos };
}

/**
 * Applies one state-machine move inside a transaction that locks the order. Side effects: a dispute
 * record (→ disputed), the ledger entry of her earning (→ paid), the delivery time (→ delivered).
 */
export async function applyTransition(
  deps: EarnDeps,
  store: EarnStore,
  order: OrderRecord,
  to: string,
  who: { actor: EarnActor; actorId: string | null; note?: string | null },
): Promise<OrderRecord> {
  const now = deps.clock.now();
  const result = transition(order, to, who.actor, now);
  if (!result.ok) {
    const params = { from: result.refusal.from, to: result.refusal.to };
    throw result.refusal.code === 'actor_not_allowed'
      ? new AppError('forbidden', 'earn.order_refused', params, { code: result.refusal.code })
      : new AppError('conflict', 'earn.order_refused', params, { code: result.refusal.code });
  }
  const next: OrderRecord = {
    ...result.order,
    updatedAt: now,
    deliveredAt: result.order.status === 'delivered' ? now : order.deliveredAt,
  };
  await store.updateOrder(order.id, { status: next.status, updatedAt: now, deliveredAt: next.deliveredAt });
  await store.insertOrderEvent(order.id, {
    fromStatus: order.status,
    toStatus: next.status,
    actor: who.actor,
    actorId: who.actorId,
    note: who.note ?? null,
    at: now,
  });
  if (next.status === 'disputed' && who.actorId)
    await store.insertDispute({
      id: deps.ids.uuid(),
      orderId: order.id,
      openedBy: who.actorId,
      fromStatus: order.status,
      reason: who.note ?? null,
      status: 'open',
      resolution: null,
      resolvedBy: null,
      resolvedAt: null,
      createdAt: now,
    });
  if (next.status === 'paid')
    await store.postEntry(
      postOrderPaid(
        { id: order.id, artisanId: order.artisanId, buyerId: order.buyerId, amountPaise: order.amountPaise },
        deps.settings.platformFeeBps,
        now,
      ),
    );
  return next;
}

const enqueuePay = (deps: EarnDeps, orderId: string) =>
  deps.jobs.enqueue(
    ORDER_PAY_JOB,
    { orderId },
    { idempotencyKey: `${ORDER_PAY_JOB}:${orderId}`, maxAttempts: 8 },
  );

/** `POST /orders/:id/transition`: who may make which move is the state machine's; refusals are 403/409. */
export async function transitionOrder(
  deps: EarnDeps,
  actor: Actor,
  id: string,
  to: string,
  note?: string | null,
): Promise<OrderRecord> {
  const next = await deps.store.transaction(async (store) => {
    const { order, party } = await loadOrder(store, actor, id, true);
    return applyTransition(deps, store, order, to, { actor: party, actorId: actor.userId, note });
  });
  publishLive(deps.live, orderChanged(next));
  if (next.status === 'confirmed') await enqueuePay(deps, id);
  await deps.audit.append({
    actorId: actor.userId,
    action: `order.${next.status}`,
    subjectType: 'order',
    subjectId: id,
  });
  return next;
}

const RATABLE: readonly OrderStatus[] = ['delivered', 'confirmed', 'paid'];

/** Both sides rate each other once, after delivery. */
export async function rateOrder(
  deps: EarnDeps,
  actor: Actor,
  id: string,
  input: { stars: number; comment?: string | null },
): Promise<RatingRecord> {
  const { order, party } = await loadOrder(deps.store, actor, id);
  if (party !== 'artisan' && party !== 'buyer') throw forbidden();
  if (!RATABLE.includes(order.status)) throw conflict('earn.rating_too_early');
  const rating: RatingRecord = {
    id: deps.ids.uuid(),
    orderId: id,
    raterId: actor.userId,
    rateeId: party === 'buyer' ? order.artisanId : order.buyerId,
    raterRole: party,
    stars: input.stars,
    comment: input.comment?.trim() || null,
    createdAt: deps.clock.now(),
  };
  if (!(await deps.store.insertRating(rating))) throw conflict('earn.rating_twice');
  return rating;
}

/** A progress photo that passed the quality gate (the edge normalises and judges it). Her orders only. */
export async function recordOrderPhoto(
  deps: EarnDeps,
  actor: Actor,
  id: string,
  photo: {
    image: Buffer;
    thumbnail: Buffer;
    sha256: string;
    quality: Record<string, unknown>;
    keys: { image: string; thumbnail: string };
  },
): Promise<OrderPhotoRecord> {
  const { order, party } = await loadOrder(deps.store, actor, id);
  if (party !== 'artisan' && party !== 'admin') throw forbidden();
  if (order.status === 'cancelled' || order.status === 'paid')
    throw conflict('earn.order_refused', { from: order.status, to: order.status });
  await deps.objects.put(photo.keys.image, photo.image, 'image/jpeg');
  await deps.objects.put(photo.keys.thumbnail, photo.thumbnail, 'image/jpeg');
  const record: OrderPhotoRecord = {
    id: deps.ids.uuid(),
    orderId: id,
    key: photo.keys.image,
    thumbnailKey: photo.keys.thumbnail,
    sha256: photo.sha256,
    quality: photo.quality,
    createdAt: deps.clock.now(),
  };
  await deps.store.insertOrderPhoto(record);
  publishLive(deps.live, orderChanged(order));
  return record;
}

export async function listDisputes(deps: EarnDeps, actor: Actor, status: 'open' | 'resolved' | 'all') {
  if (actor.role !== 'admin') throw forbidden();
  return deps.store.listDisputes(status, 200);
}

/** An admin settles a dispute: the order goes to confirmed (she is paid) or cancelled. */
export async function resolveDispute(
  deps: EarnDeps,
  actor: Actor,
  disputeId: string,
  input: { to: 'confirmed' | 'cancelled'; note?: string | null },
): Promise<{ dispute: DisputeRecord; order: OrderRecord }> {
  if (actor.role !== 'admin') throw forbidden();
  const result = await deps.store.transaction(async (store) => {
    const dispute = await store.getDispute(disputeId, { forUpdate: true });
    if (!dispute) throw notFound('dispute');
    if (dispute.status !== 'open') throw conflict('earn.dispute_closed');
    const order = (await store.getOrder(dispute.orderId, { forUpdate: true }))!;
    const next = await applyTransition(deps, store, order, input.to, {
      actor: 'admin',
      actorId: actor.userId,
      note: input.note,
    });
    const now = deps.clock.now();
    const patch = {
      status: 'resolved' as const,
      resolution: input.to,
      resolvedBy: actor.userId,
      resolvedAt: now,
    };
    await store.updateDispute(disputeId, patch);
    return { dispute: { ...dispute, ...patch }, order: next };
  });
  publishLive(deps.live, orderChanged(result.order));
  if (result.order.status === 'confirmed') await enqueuePay(deps, result.order.id);
  return result;
}
