import {
  artisanPayable,
  giniCoefficient,
  LedgerError,
  passbookFor,
  postBuyerPayment,
  postPayoutFailed,
  postPayoutInitiated,
  postPayoutSettled,
  type Passbook,
} from '../../earn/index';
import { AppError, conflict, forbidden, notFound } from '../../shared/errors';
import type { Actor } from '../deps';
import { EXPOSURE_WINDOW_DAYS } from './match';
import { orderChanged, publishLive } from '../../live/events';
import { applyTransition } from './orders';
import type { EarnDeps, OrderRecord, PayoutRecord } from './ports';

/**
 * The pay job after the buyer confirms delivery: collect from the buyer through the Payments port
 * (entry `buyer_payment:order:<id>`), then the order becomes paid as 'system' and her earning is
 * credited (entry `order_paid:<id>`). Deterministic entry ids make a second run harmless.
 */
export async function payOrder(deps: EarnDeps, orderId: string): Promise<{ paid: boolean }> {
  const order = await deps.store.getOrder(orderId);
  if (!order || order.status !== 'confirmed') return { paid: false };
  const paymentId = `order:${order.id}`;
  const collected = await deps.payments.collect({
    paymentId,
    buyerId: order.buyerId,
    amountPaise: order.amountPaise,
    orderId: order.id,
  });
  if (collected.status !== 'captured') return { paid: false };
  const paid = await deps.store.transaction(async (store) => {
    const locked = (await store.getOrder(orderId, { forUpdate: true }))!;
    const now = deps.clock.now();
    await store.postEntry(
      postBuyerPayment(
        { paymentId, buyerId: locked.buyerId, amountPaise: locked.amountPaise, orderId: locked.id },
        now,
      ),
    );
    if (locked.status !== 'confirmed') return false;
    await applyTransition(deps, store, locked, 'paid', { actor: 'system', actorId: null });
    return true;
  });
  if (paid) publishLive(deps.live, orderChanged({ ...order, status: 'paid' }));
  return { paid };
}

const mayRead = (actor: Actor, artisanId: string) => actor.userId === artisanId || actor.role === 'admin';

export interface PassbookView extends Passbook {
  orders: (Passbook['orders'][number] & { order?: OrderRecord })[];
}

/** Her passbook projected from the ledger (owner and admins). */
export async function viewPassbook(deps: EarnDeps, actor: Actor, artisanId: string): Promise<PassbookView> {
  if (!mayRead(actor, artisanId)) throw actor.role === 'artisan' ? forbidden() : notFound('passbook');
  const contact = await deps.store.contact(artisanId);
  if (!contact || contact.role !== 'artisan') throw notFound('passbook');
  const book = passbookFor(await deps.store.entriesOfArtisan(artisanId), artisanId);
  const orders = await Promise.all(
    book.orders.map(async (o) => ({ ...o, order: await deps.store.getOrder(o.orderId) })),
  );
  return { ...book, orders };
}

export interface PayoutInput {
  artisanId: string;
  vpa: string;
  /** Default: everything available. */
  amountPaise?: number;
}

/**
 * An admin pays her out to her UPI ID: the ledger moves the money to "in transit" under a per-artisan
 * lock (never more than available), then the Payments port is asked; a provider that confirms at once
 * settles it, the embedded manual provider leaves it for `settlePayout`.
 */
export async function initiatePayout(
  deps: EarnDeps,
  actor: Actor,
  input: PayoutInput,
): Promise<PayoutRecord> {
  if (actor.role !== 'admin') throw forbidden();
  const contact = await deps.store.contact(input.artisanId);
  if (!contact || contact.role !== 'artisan') throw notFound('artisan');
  const payout = await deps.store.transaction(async (store) => {
    await store.lockArtisanLedger(input.artisanId);
    const available = -(await store.balance(artisanPayable(input.artisanId)));
    const amountPaise = input.amountPaise ?? available;
    const now = deps.clock.now();
    const record: PayoutRecord = {
      id: deps.ids.uuid(),
      artisanId: input.artisanId,
      amountPaise,
      vpa: input.vpa,
      provider: deps.payments.provider,
      providerRef: null,
      status: 'initiated',
      createdBy: actor.userId,
      createdAt: now,
      finishedAt: null,
    };
    try {
      const entry = postPayoutInitiated(
        { payoutId: record.id, artisanId: record.artisanId, amountPaise },
        available,
        now,
      );
      await store.insertPayout(record);
      await store.postEntry(entry);
    } catch (err) {
      if (err instanceof LedgerError) throw new AppError('conflict', 'earn.payout_too_much', { available });
      throw err;
    }
    return record;
  });
  const result = await deps.payments.payout({
    payoutId: payout.id,
    amountPaise: payout.amountPaise,
    vpa: payout.vpa,
    name: contact.displayName ?? 'Artisan',
    reference: payout.id,
  });
  if (result.providerRef) await deps.store.updatePayout(payout.id, { providerRef: result.providerRef });
  if (result.status === 'pending') return { ...payout, providerRef: result.providerRef };
  return finishPayout(deps, payout.id, result.status === 'processed' ? 'settled' : 'failed');
}

/** Settles (bank confirmed) or fails (money back to her) an initiated payout. Idempotent per payout. */
export async function finishPayout(
  deps: EarnDeps,
  payoutId: string,
  outcome: 'settled' | 'failed',
): Promise<PayoutRecord> {
  return deps.store.transaction(async (store) => {
    const payout = await store.getPayout(payoutId, { forUpdate: true });
    if (!payout) throw notFound('payout');
    if (payout.status === outcome) return payout;
    if (payout.status !== 'initiated') throw conflict('earn.payout_not_pending');
    const now = deps.clock.now();
    const p = { payoutId: payout.id, artisanId: payout.artisanId, amountPaise: payout.amountPaise };
    await store.postEntry(outcome === 'settled' ? postPayoutSettled(p, now) : postPayoutFailed(p, now));
    await store.updatePayout(payout.id, { status: outcome, finishedAt: now });
    return { ...payout, status: outcome, finishedAt: now };
  });
}

/** `POST /admin/payouts/:id/settle`: an operator records a manual settlement. */
export async function settlePayout(deps: EarnDeps, actor: Actor, payoutId: string): Promise<PayoutRecord> {
  if (actor.role !== 'admin') throw forbidden();
  const payout = await finishPayout(deps, payoutId, 'settled');
  await deps.audit.append({
    actorId: actor.userId,
    action: 'payout.settled',
    subjectType: 'payout',
    subjectId: payoutId,
  });
  return payout;
}

export interface FairnessFigure {
  windowDays: number;
  gini: number;
  qualifiedArtisans: number;
  offers: number;
  artisansWithOffers: number;
}

/** Gini coefficient of offer exposure among artisans qualified for any request in the window (zeros included). */
export async function fairnessFigure(deps: EarnDeps, actor: Actor): Promise<FairnessFigure> {
  if (actor.role !== 'admin') throw forbidden();
  const since = new Date(deps.clock.now().getTime() - EXPOSURE_WINDOW_DAYS * 86_400_000);
  const qualified = await deps.store.qualifiedSince(since);
  const counts = await deps.store.offerCounts(qualified, since);
  const values = qualified.map((id) => counts.get(id) ?? 0);
  return {
    windowDays: EXPOSURE_WINDOW_DAYS,
    gini: values.length ? giniCoefficient(values) : 0,
    qualifiedArtisans: qualified.length,
    offers: values.reduce((s, x) => s + x, 0),
    artisansWithOffers: values.filter((x) => x > 0).length,
  };
}

export async function ledgerBalance(deps: EarnDeps, actor: Actor) {
  if (actor.role !== 'admin') throw forbidden();
  return deps.store.trialBalance();
}
