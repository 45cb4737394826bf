import { artisanPayable, PLATFORM_FEE_REVENUE, payoutsInTransit } from './accounts';
import type { JournalEntry } from './journal';

/**
 * Her earnings passbook, projected from the journal (proof of income).
 *   earned     Σ her share of paid orders (after the platform fee)
 *   paidOut    Σ payouts the bank confirmed
 *   inTransit  payouts started, not yet confirmed
 *   available  earned money she can withdraw now
 *   pending    earned but not yet in her bank = available + inTransit = earned − paidOut
 */
export interface PassbookOrder {
  orderId: string;
  at: Date;
  grossPaise: number;
  feePaise: number;
  netPaise: number;
}

export interface PassbookPayout {
  payoutId: string;
  startedAt: Date;
  amountPaise: number;
  status: 'in_transit' | 'paid' | 'failed';
  finishedAt: Date | null;
}

export interface Passbook {
  artisanId: string;
  earnedPaise: number;
  pendingPaise: number;
  availablePaise: number;
  inTransitPaise: number;
  paidOutPaise: number;
  orders: PassbookOrder[];
  payouts: PassbookPayout[];
}

const line = (e: JournalEntry, account: string, side: 'debit' | 'credit') =>
  e.lines.reduce((s, l) => (l.account === account ? s + l[side] : s), 0);

export function passbookFor(entries: Iterable<JournalEntry>, artisanId: string): Passbook {
  const payable = artisanPayable(artisanId);
  const transit = payoutsInTransit(artisanId);
  const orders: PassbookOrder[] = [];
  const payouts = new Map<string, PassbookPayout>();
  let available = 0;
  let inTransit = 0;
  let paidOut = 0;
  for (const e of entries) {
    if (e.ref.artisanId !== artisanId) continue;
    available += line(e, payable, 'credit') - line(e, payable, 'debit');
    inTransit += line(e, transit, 'credit') - line(e, transit, 'debit');
    if (e.kind === 'order_paid') {
      const netPaise = line(e, payable, 'credit');
      const feePaise = line(e, PLATFORM_FEE_REVENUE, 'credit');
      orders.push({ orderId: e.ref.orderId!, at: e.at, grossPaise: netPaise + feePaise, feePaise, netPaise });
    } else if (e.kind === 'payout_initiated') {
      payouts.set(e.ref.payoutId!, {
        payoutId: e.ref.payoutId!,
        startedAt: e.at,
        amountPaise: line(e, transit, 'credit'),
        status: 'in_transit',
        finishedAt: null,
      });
    } else if (e.kind === 'payout_settled' || e.kind === 'payout_failed') {
      const amount = line(e, transit, 'debit');
      if (e.kind === 'payout_settled') paidOut += amount;
      const p = payouts.get(e.ref.payoutId!);
      if (p) Object.assign(p, { status: e.kind === 'payout_settled' ? 'paid' : 'failed', finishedAt: e.at });
    }
  }
  const earned = orders.reduce((s, o) => s + o.netPaise, 0);
  return {
    artisanId,
    earnedPaise: earned,
    pendingPaise: available + inTransit,
    availablePaise: available,
    inTransitPaise: inTransit,
    paidOutPaise: paidOut,
    orders,
    payouts: [...payouts.values()],
  };
}
