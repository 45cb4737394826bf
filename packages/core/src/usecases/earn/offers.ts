import { offerButtons } from '../../conversation/prompts';
import { craftLabel, getCraft } from '../../crafts';
import {
  decideOffer,
  nextCandidate,
  offerExpiry,
  renderMatchReason,
  type Offer,
  type OfferRefusalCode,
  type Reason,
} from '../../earn/index';
import { t } from '../../i18n/messages';
import { offerChanged, offerCreated, orderChanged, publishLive } from '../../live/events';
import type { AppError } from '../../shared/errors';
import { conflict, forbidden, invalid, notFound } from '../../shared/errors';
import type { Actor } from '../deps';
import { loadOwnedOpportunity } from './opportunities';
import {
  OFFER_EXPIRE_JOB,
  type EarnDeps,
  type EarnStore,
  type OfferRecord,
  type OpportunityRecord,
  type OrderRecord,
  type StoredMatch,
} from './ports';

/** What one order of `quantity` pieces is worth: unit price × pieces, or the budget's share (rounded down). */
export function amountFor(o: OpportunityRecord, quantity: number): number {
  if (o.unitPricePaise !== null) return o.unitPricePaise * quantity;
  return Math.floor(((o.budgetPaise ?? 0) * quantity) / o.quantity);
}

const asOffer = (r: OfferRecord): Offer => r as unknown as Offer;

function refusal(code: OfferRefusalCode): AppError {
  switch (code) {
    case 'actor_not_allowed':
      return forbidden();
    case 'offer_expired':
      return conflict('earn.offer_expired');
    case 'sold_out':
      return conflict('earn.offer_sold_out');
    case 'decline_reason_required':
      return invalid('earn.decline_reason');
    default:
      return conflict('earn.offer_closed');
  }
}

/** The match (with its reasons) of the run that produced an offer; none for offers made without a run. */
async function matchOfOffer(store: EarnStore, offer: OfferRecord): Promise<StoredMatch | undefined> {
  return offer.runId ? store.matchInRun(offer.runId, offer.artisanId) : undefined;
}

/** The offer text in her language: the work, the money, the deadline, and why she was matched. */
async function notify(deps: EarnDeps, o: OpportunityRecord, offer: OfferRecord): Promise<void> {
  const who = await deps.store.contact(offer.artisanId);
  if (!who) return;
  const craft = getCraft(o.craftIds[0] ?? '');
  const match = await matchOfOffer(deps.store, offer);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const text = [
    t(who.lang, 'earn.offer_message', {
      name: who.displayName ?? '',
      quantity: offer.quantity,
      craft: craft ? craftLabel(craft, who.lang) : o.title,
      amount: Math.floor(amountFor(o, offer.quantity) / 100),
      deadline: day(o.deadline),
      expires: `${offer.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    }),
    ...(match?.reasons.slice(0, 2).map((r) => renderMatchReason(r, who.lang, 'artisan')) ?? []),
  ].join('\n');
  await deps.messaging.send({
    to: who.phone,
    kind: 'text',
    text,
    purpose: 'offer',
    lang: who.lang,
    // Accept / Decline as WhatsApp reply buttons the conversation engine understands.
    replies: offerButtons(who.lang, offer.id),
  });
}

/** After commit: the message and the expiry job of each new offer. */
async function announce(deps: EarnDeps, o: OpportunityRecord, sent: OfferRecord[]): Promise<void> {
  for (const offer of sent) {
    publishLive(deps.live, offerCreated(offer));
    await deps.jobs.enqueue(
      OFFER_EXPIRE_JOB,
      { offerId: offer.id },
      {
        idempotencyKey: `${OFFER_EXPIRE_JOB}:${offer.id}`,
        delayMs: Math.max(0, offer.expiresAt.getTime() - deps.clock.now().getTime()),
        maxAttempts: 5,
      },
    );
    await notify(deps, o, offer);
  }
}

function newOffer(
  deps: EarnDeps,
  o: OpportunityRecord,
  target: { artisanId: string; rank: number; quantity: number },
  runId: string,
  viaTeam: string | null,
): OfferRecord {
  const now = deps.clock.now();
  return {
    id: deps.ids.uuid(),
    opportunityId: o.id,
    artisanId: target.artisanId,
    runId,
    rank: target.rank,
    quantity: target.quantity,
    viaTeam,
    status: 'sent',
    sentAt: now,
    expiresAt: offerExpiry(now, o.deadline),
    decidedAt: null,
    declineReason: null,
  };
}

export interface SendOffersInput {
  artisanIds?: string[];
  team?: boolean;
}

/**
 * The buyer sends offers to chosen matched artisans (each for the pieces still open, up to her
 * capacity) or to the proposed team (each for her share). Nobody is asked twice for one request.
 */
export async function sendOffers(
  deps: EarnDeps,
  actor: Actor,
  opportunityId: string,
  input: SendOffersInput,
): Promise<OfferRecord[]> {
  const { o, sent } = await deps.store.transaction(async (store) => {
    const o = await loadOwnedOpportunity(store, actor, opportunityId, { forUpdate: true });
    if (o.status !== 'open' && o.status !== 'offered') throw conflict('earn.request_closed');
    const run = await store.latestMatchRun(o.id);
    if (!run) throw conflict('earn.match_first');
    const existing = await store.offersFor(o.id);
    const asked = new Set(existing.map((x) => x.artisanId));
    let open =
      o.quantity - existing.filter((x) => x.status === 'accepted').reduce((s, x) => s + x.quantity, 0);
    const targets: { artisanId: string; rank: number; quantity: number }[] = [];
    if (input.team) {
      if (!run.team) throw conflict('earn.no_team');
      for (const m of run.team.members) {
        const rank = run.matches.find((x) => x.artisanId === m.artisanId)?.rank ?? 0;
        targets.push({ artisanId: m.artisanId, rank, quantity: m.quantity });
      }
    } else {
      for (const id of new Set(input.artisanIds ?? [])) {
        const m = run.matches.find((x) => x.artisanId === id);
        if (!m) throw invalid('earn.not_matched', {}, [{ path: 'artisanIds', message: 'not_matched' }]);
        targets.push({ artisanId: id, rank: m.rank, quantity: Math.min(o.quantity, m.capacity) });
      }
    }
    const sent: OfferRecord[] = [];
    for (const target of targets) {
      if (asked.has(target.artisanId) || open <= 0) continue;
      const quantity = input.team ? target.quantity : Math.min(target.quantity, open);
      const offer = newOffer(deps, o, { ...target, quantity }, run.id, input.team ? run.id : null);
      if (await store.insertOffer(offer)) sent.push(offer);
      if (input.team) open -= quantity;
    }
    if (sent.length) await store.updateOpportunity(o.id, { status: 'offered', updatedAt: deps.clock.now() });
    return { o, sent };
  });
  await announce(deps, o, sent);
  return sent;
}

/** The offer, if it is the actor's own; 404 when missing, 403 when it is someone else's. */
async function loadOwnOffer(store: EarnStore, actor: Actor, id: string): Promise<OfferRecord> {
  const offer = await store.getOffer(id);
  if (!offer) throw notFound('offer');
  if (offer.artisanId !== actor.userId) throw forbidden();
  return offer;
}

/** Offers the next match the pieces still open (after a decline or an expiry). */
async function moveToNext(deps: EarnDeps, store: EarnStore, o: OpportunityRecord): Promise<OfferRecord[]> {
  if (o.status !== 'open' && o.status !== 'offered') return [];
  const run = await store.latestMatchRun(o.id);
  if (!run) return [];
  const offers = await store.offersFor(o.id);
  const next = nextCandidate(run.matches, offers.map(asOffer), o.quantity);
  if (!next) return [];
  const offer = newOffer(deps, o, next, run.id, null);
  return (await store.insertOffer(offer)) ? [offer] : [];
}

export interface AcceptResult {
  offer: OfferRecord;
  order: OrderRecord;
  created: boolean;
}

/**
 * She accepts: in one transaction that locks the request row, the unallocated pieces are read, the
 * offer decided and the order created, so two acceptances of the last pieces make exactly one order.
 * Accepting again returns the same order.
 */
export async function acceptOffer(deps: EarnDeps, actor: Actor, offerId: string): Promise<AcceptResult> {
  const first = await loadOwnOffer(deps.store, actor, offerId);
  const result = await deps.store.transaction(async (store): Promise<AcceptResult> => {
    const o = (await store.getOpportunity(first.opportunityId, { forUpdate: true }))!;
    const offer = (await store.getOffer(offerId, { forUpdate: true }))!;
    if (offer.status === 'accepted') {
      const order = await store.orderByOffer(offer.id);
      if (order) return { offer, order, created: false };
    }
    if (o.status === 'cancelled') throw conflict('earn.request_closed');
    const offers = await store.offersFor(o.id);
    const taken = offers.filter((x) => x.status === 'accepted').reduce((s, x) => s + x.quantity, 0);
    const now = deps.clock.now();
    const decided = decideOffer(asOffer(offer), 'accept', {
      actor: 'artisan',
      at: now,
      unallocated: o.quantity - taken,
    });
    if (!decided.ok) throw refusal(decided.code);
    await store.updateOffer(offer.id, { status: 'accepted', decidedAt: now });
    const match = (await store.latestMatchRun(o.id))?.matches.find((m) => m.artisanId === offer.artisanId);
    const order: OrderRecord = {
      id: deps.ids.uuid(),
      opportunityId: o.id,
      offerId: offer.id,
      artisanId: offer.artisanId,
      buyerId: o.buyerId,
      craftId: match?.craftId ?? o.craftIds[0]!,
      quantity: offer.quantity,
      amountPaise: amountFor(o, offer.quantity),
      status: 'accepted',
      dueAt: o.deadline,
      deliveredAt: null,
      createdAt: now,
      updatedAt: now,
    };
    await store.insertOrder(order);
    if (taken + offer.quantity >= o.quantity) {
      await store.updateOpportunity(o.id, { status: 'filled', updatedAt: now });
      for (const other of offers)
        if (other.status === 'sent' && other.id !== offer.id)
          await store.updateOffer(other.id, { status: 'withdrawn', decidedAt: now });
    }
    return { offer: { ...offer, status: 'accepted', decidedAt: now }, order, created: true };
  });
  if (result.created)
    publishLive(deps.live, offerChanged(result.offer, result.order.buyerId), orderChanged(result.order));
  if (result.created)
    await deps.audit.append({
      actorId: actor.userId,
      action: 'offer.accepted',
      subjectType: 'offer',
      subjectId: offerId,
      data: { orderId: result.order.id },
    });
  return result;
}

/** She declines with a reason; the offer moves to the next match. Declining again changes nothing. */
export async function declineOffer(
  deps: EarnDeps,
  actor: Actor,
  offerId: string,
  reason: string,
): Promise<OfferRecord> {
  const first = await loadOwnOffer(deps.store, actor, offerId);
  const { o, offer, next } = await deps.store.transaction(async (store) => {
    const o = (await store.getOpportunity(first.opportunityId, { forUpdate: true }))!;
    const offer = (await store.getOffer(offerId, { forUpdate: true }))!;
    const now = deps.clock.now();
    const decided = decideOffer(asOffer(offer), 'decline', { actor: 'artisan', at: now, reason });
    if (!decided.ok) throw refusal(decided.code);
    if (!decided.changed) return { o, offer, next: [] };
    await store.updateOffer(offer.id, { status: 'declined', decidedAt: now, declineReason: reason });
    const updated: OfferRecord = { ...offer, status: 'declined', decidedAt: now, declineReason: reason };
    return { o, offer: updated, next: await moveToNext(deps, store, o) };
  });
  publishLive(deps.live, offerChanged(offer, o.buyerId));
  await announce(deps, o, next);
  return offer;
}

/** The expiry job: an open offer past its expiry expires and moves to the next match. Idempotent. */
export async function expireOffer(deps: EarnDeps, offerId: string): Promise<{ expired: boolean }> {
  const first = await deps.store.getOffer(offerId);
  if (!first || first.status !== 'sent') return { expired: false };
  const { o, expired, next } = await deps.store.transaction(async (store) => {
    const o = (await store.getOpportunity(first.opportunityId, { forUpdate: true }))!;
    const offer = (await store.getOffer(offerId, { forUpdate: true }))!;
    const now = deps.clock.now();
    const decided = decideOffer(asOffer(offer), 'expire', { actor: 'system', at: now });
    if (!decided.ok) return { o, expired: false, next: [] as OfferRecord[] };
    await store.updateOffer(offer.id, { status: 'expired', decidedAt: now });
    return { o, expired: true, next: await moveToNext(deps, store, o) };
  });
  if (expired) publishLive(deps.live, offerChanged({ ...first, status: 'expired' }, o.buyerId));
  await announce(deps, o, next);
  return { expired };
}

export interface MyOffer {
  offer: OfferRecord;
  opportunity: OpportunityRecord;
  amountPaise: number;
  /** Why the ranker matched her (keys; rendered in her language at the edge). */
  reasons?: Reason[];
}

/**
 * Her offers, newest first, with the limited view of each request; with `reasons`, also why the ranker
 * matched her (the app shows them; the WhatsApp list does not need them).
 */
export async function listMyOffers(
  deps: EarnDeps,
  actor: Actor,
  options: { reasons?: boolean } = {},
): Promise<MyOffer[]> {
  if (actor.role !== 'artisan') throw forbidden();
  const offers = await deps.store.offersOfArtisan(actor.userId, 100);
  const out: MyOffer[] = [];
  for (const offer of offers) {
    const opportunity = await deps.store.getOpportunity(offer.opportunityId);
    if (!opportunity) continue;
    const mine: MyOffer = { offer, opportunity, amountPaise: amountFor(opportunity, offer.quantity) };
    if (options.reasons) mine.reasons = (await matchOfOffer(deps.store, offer))?.reasons ?? [];
    out.push(mine);
  }
  return out;
}
