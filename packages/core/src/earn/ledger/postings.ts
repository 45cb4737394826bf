import {
  artisanPayable,
  buyerReceivable,
  payoutsInTransit,
  PLATFORM_CASH,
  PLATFORM_FEE_REVENUE,
} from './accounts';
import { assertBalanced, LedgerError, type JournalEntry, type JournalLine } from './journal';

/**
 * The journal entries of the Earn money flow.
 *
 *   order paid        Dr buyer_receivable:<b> gross · Cr artisan_payable:<a> net · Cr platform_fee_revenue fee
 *   buyer payment     Dr platform_cash · Cr buyer_receivable:<b>          (before or after the order is paid)
 *   buyer refund      Dr buyer_receivable:<b> · Cr platform_cash
 *   payout initiated  Dr artisan_payable:<a> · Cr payouts_in_transit:<a>   (never more than she has)
 *   payout settled    Dr payouts_in_transit:<a> · Cr platform_cash
 *   payout failed     Dr payouts_in_transit:<a> · Cr artisan_payable:<a>   (the money is hers again)
 *
 * Fee rounding: fee = ⌊gross × feeBps / 10 000⌋ (rounded down, in the artisan's favour) and
 * net = gross − fee, so fee + net = gross exactly and no paisa is lost.
 */
export const MAX_FEE_BPS = 10_000;

export function feeFor(grossPaise: number, feeBps: number): { feePaise: number; netPaise: number } {
  if (!Number.isSafeInteger(grossPaise) || grossPaise <= 0)
    throw new LedgerError(['gross must be a positive whole number of paise']);
  if (!Number.isInteger(feeBps) || feeBps < 0 || feeBps > MAX_FEE_BPS)
    throw new LedgerError(['fee must be 0–10 000 basis points']);
  const feePaise = Number((BigInt(grossPaise) * BigInt(feeBps)) / BigInt(MAX_FEE_BPS));
  return { feePaise, netPaise: grossPaise - feePaise };
}

const dr = (account: string, amount: number): JournalLine => ({ account, debit: amount, credit: 0 });
const cr = (account: string, amount: number): JournalLine => ({ account, debit: 0, credit: amount });
const positive = (amount: number, what: string) => {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new LedgerError([`${what} must be a positive whole number of paise`]);
};

export interface PaidOrder {
  id: string;
  artisanId: string;
  buyerId: string;
  amountPaise: number;
}

/** The order reached `paid`: her earning (after the platform fee) is credited to her. */
export function postOrderPaid(order: PaidOrder, feeBps: number, at: Date): JournalEntry {
  const { feePaise, netPaise } = feeFor(order.amountPaise, feeBps);
  const lines = [dr(buyerReceivable(order.buyerId), order.amountPaise)];
  if (netPaise > 0) lines.push(cr(artisanPayable(order.artisanId), netPaise));
  if (feePaise > 0) lines.push(cr(PLATFORM_FEE_REVENUE, feePaise));
  return assertBalanced({
    id: `order_paid:${order.id}`,
    kind: 'order_paid',
    at,
    ref: { orderId: order.id, artisanId: order.artisanId, buyerId: order.buyerId },
    lines,
  });
}

export function postBuyerPayment(
  p: { paymentId: string; buyerId: string; amountPaise: number; orderId?: string },
  at: Date,
): JournalEntry {
  positive(p.amountPaise, 'payment');
  return assertBalanced({
    id: `buyer_payment:${p.paymentId}`,
    kind: 'buyer_payment',
    at,
    ref: { paymentId: p.paymentId, buyerId: p.buyerId, ...(p.orderId ? { orderId: p.orderId } : {}) },
    lines: [dr(PLATFORM_CASH, p.amountPaise), cr(buyerReceivable(p.buyerId), p.amountPaise)],
  });
}

export function postBuyerRefund(
  r: { refundId: string; buyerId: string; amountPaise: number; orderId?: string },
  at: Date,
): JournalEntry {
  positive(r.amountPaise, 'refund');
  return assertBalanced({
    id: `buyer_refund:${r.refundId}`,
    kind: 'buyer_refund',
    at,
    ref: { refundId: r.refundId, buyerId: r.buyerId, ...(r.orderId ? { orderId: r.orderId } : {}) },
    lines: [dr(buyerReceivable(r.buyerId), r.amountPaise), cr(PLATFORM_CASH, r.amountPaise)],
  });
}

export interface Payout {
  payoutId: string;
  artisanId: string;
  amountPaise: number;
}

/** `availablePaise` is what she has now: −balance(artisan_payable:<id>). */
export function postPayoutInitiated(p: Payout, availablePaise: number, at: Date): JournalEntry {
  positive(p.amountPaise, 'payout');
  if (p.amountPaise > availablePaise)
    throw new LedgerError([`payout ${p.amountPaise} exceeds available ${availablePaise}`]);
  return payoutEntry('payout_initiated', p, at, [
    dr(artisanPayable(p.artisanId), p.amountPaise),
    cr(payoutsInTransit(p.artisanId), p.amountPaise),
  ]);
}

export function postPayoutSettled(p: Payout, at: Date): JournalEntry {
  positive(p.amountPaise, 'payout');
  return payoutEntry('payout_settled', p, at, [
    dr(payoutsInTransit(p.artisanId), p.amountPaise),
    cr(PLATFORM_CASH, p.amountPaise),
  ]);
}

export function postPayoutFailed(p: Payout, at: Date): JournalEntry {
  positive(p.amountPaise, 'payout');
  return payoutEntry('payout_failed', p, at, [
    dr(payoutsInTransit(p.artisanId), p.amountPaise),
    cr(artisanPayable(p.artisanId), p.amountPaise),
  ]);
}

function payoutEntry(
  kind: 'payout_initiated' | 'payout_settled' | 'payout_failed',
  p: Payout,
  at: Date,
  lines: JournalLine[],
): JournalEntry {
  return assertBalanced({
    id: `${kind}:${p.payoutId}`,
    kind,
    at,
    ref: { payoutId: p.payoutId, artisanId: p.artisanId },
    lines,
  });
}
