import { describe, expect, it } from 'vitest';
import { createRng } from '../shared/prng';
import {
  artisanPayable,
  buyerReceivable,
  PLATFORM_CASH,
  PLATFORM_FEE_REVENUE,
  payoutsInTransit,
} from './accounts';
import { balances, entryProblems, Journal, LedgerError, trialBalance, type JournalEntry } from './journal';
import { passbookFor } from './passbook';
import {
  feeFor,
  postBuyerPayment,
  postBuyerRefund,
  postOrderPaid,
  postPayoutFailed,
  postPayoutInitiated,
  postPayoutSettled,
  type Payout,
} from './postings';

const at = new Date('2025-03-03T04:30:00Z');

describe('fees and entries', () => {
  it('rounds the fee down and never loses a paisa', () => {
    expect(feeFor(999, 250)).toEqual({ feePaise: 24, netPaise: 975 });
    expect(feeFor(150_000, 500)).toEqual({ feePaise: 7_500, netPaise: 142_500 });
    expect(feeFor(1, 10_000)).toEqual({ feePaise: 1, netPaise: 0 });
    expect(feeFor(Number.MAX_SAFE_INTEGER, 9_999).feePaise).toBe(
      Number((BigInt(Number.MAX_SAFE_INTEGER) * 9999n) / 10000n),
    );
    expect(() => feeFor(100.5, 500)).toThrow(LedgerError);
    expect(() => feeFor(100, 10_001)).toThrow(LedgerError);
  });

  it('posts a paid order as one balanced entry', () => {
    const e = postOrderPaid({ id: 'o1', artisanId: 'a1', buyerId: 'b1', amountPaise: 150_000 }, 500, at);
    expect(e.lines).toEqual([
      { account: buyerReceivable('b1'), debit: 150_000, credit: 0 },
      { account: artisanPayable('a1'), debit: 0, credit: 142_500 },
      { account: PLATFORM_FEE_REVENUE, debit: 0, credit: 7_500 },
    ]);
    expect(entryProblems(e)).toEqual([]);
  });

  it('rejects unbalanced, fractional, one-sided or unknown-account entries', () => {
    const bad = (lines: JournalEntry['lines']): JournalEntry => ({
      id: 'x',
      kind: 'buyer_payment',
      at,
      ref: {},
      lines,
    });
    expect(
      entryProblems(
        bad([
          { account: PLATFORM_CASH, debit: 100, credit: 0 },
          { account: buyerReceivable('b'), debit: 0, credit: 99 },
        ]),
      ),
    ).toContain('unbalanced: debits 100 ≠ credits 99');
    expect(
      entryProblems(
        bad([
          { account: PLATFORM_CASH, debit: 1.5, credit: 0 },
          { account: buyerReceivable('b'), debit: 0, credit: 1.5 },
        ]),
      ).length,
    ).toBeGreaterThan(0);
    expect(
      entryProblems(
        bad([
          { account: PLATFORM_CASH, debit: 5, credit: 5 },
          { account: buyerReceivable('b'), debit: 0, credit: 0 },
        ]),
      ).length,
    ).toBeGreaterThan(0);
    expect(
      entryProblems(
        bad([
          { account: 'petty_cash', debit: 5, credit: 0 },
          { account: 'artisan_payable:', debit: 0, credit: 5 },
        ]),
      ).length,
    ).toBe(2);
    expect(() => postPayoutInitiated({ payoutId: 'p', artisanId: 'a', amountPaise: 101 }, 100, at)).toThrow(
      LedgerError,
    );
  });

  it('ignores an identical repost and refuses a conflicting one', () => {
    const journal = new Journal();
    const e = postBuyerPayment({ paymentId: 'pay1', buyerId: 'b1', amountPaise: 500 }, at);
    expect(journal.post(e).posted).toBe(true);
    expect(journal.post({ ...e, lines: e.lines.map((l) => ({ ...l })) }).posted).toBe(false);
    expect(() =>
      journal.post(postBuyerPayment({ paymentId: 'pay1', buyerId: 'b1', amountPaise: 600 }, at)),
    ).toThrow(LedgerError);
    expect(journal.balance(PLATFORM_CASH)).toBe(500);
  });
});

describe('ledger invariants under random operations', () => {
  it('stay balanced, and every passbook agrees with the ledger', () => {
    const rng = createRng(2025);
    const journal = new Journal();
    const artisans = Array.from({ length: 8 }, (_, i) => `a${i}`);
    const buyers = ['b0', 'b1', 'b2', 'b3'];
    const inTransit: Payout[] = [];
    let n = 0;
    let fees = 0;
    let settled = 0;
    const post = (e: JournalEntry) => {
      expect(entryProblems(e)).toEqual([]);
      journal.post(e);
      if (rng.chance(0.05)) expect(journal.post(e).posted).toBe(false); // webhook retries are harmless
    };
    for (let op = 0; op < 4000; op++) {
      const when = new Date(at.getTime() + op * 60_000);
      const roll = rng.next();
      if (roll < 0.4) {
        const order = {
          id: `o${++n}`,
          artisanId: rng.pick(artisans),
          buyerId: rng.pick(buyers),
          amountPaise: rng.int(1, 5_000_000),
        };
        const entry = postOrderPaid(order, rng.pick([0, 1, 250, 500, 1234, 9999, 10_000]), when);
        fees += entry.lines.find((l) => l.account === PLATFORM_FEE_REVENUE)?.credit ?? 0;
        post(entry);
      } else if (roll < 0.6) {
        post(
          postBuyerPayment(
            { paymentId: `pay${++n}`, buyerId: rng.pick(buyers), amountPaise: rng.int(1, 6_000_000) },
            when,
          ),
        );
      } else if (roll < 0.65) {
        post(
          postBuyerRefund(
            { refundId: `r${++n}`, buyerId: rng.pick(buyers), amountPaise: rng.int(1, 100_000) },
            when,
          ),
        );
      } else if (roll < 0.85) {
        const artisanId = rng.pick(artisans);
        const available = -journal.balance(artisanPayable(artisanId));
        if (available > 0) {
          const payout = { payoutId: `p${++n}`, artisanId, amountPaise: rng.int(1, available) };
          post(postPayoutInitiated(payout, available, when));
          inTransit.push(payout);
        }
      } else if (inTransit.length) {
        const payout = inTransit.splice(rng.int(0, inTransit.length - 1), 1)[0]!;
        if (rng.chance(0.8)) {
          post(postPayoutSettled(payout, when));
          settled += payout.amountPaise;
        } else post(postPayoutFailed(payout, when));
      }
      expect(trialBalance(journal.entries()).difference).toBe(0);
    }
    const all = journal.entries();
    expect(all.length).toBeGreaterThan(3000);
    const totals = balances(all);
    expect([...totals.values()].reduce((s, x) => s + x, 0)).toBe(0);
    expect(totals).toEqual(journal.balances());
    expect(-journal.balance(PLATFORM_FEE_REVENUE)).toBe(fees);
    let paidOut = 0;
    for (const artisanId of artisans) {
      const book = passbookFor(all, artisanId);
      expect(book.availablePaise).toBe(-journal.balance(artisanPayable(artisanId)));
      expect(book.availablePaise).toBeGreaterThanOrEqual(0); // she is never paid out more than she earned
      expect(book.inTransitPaise).toBe(-journal.balance(payoutsInTransit(artisanId)));
      expect(book.pendingPaise).toBe(book.earnedPaise - book.paidOutPaise);
      expect(book.orders.reduce((s, o) => s + o.netPaise, 0)).toBe(book.earnedPaise);
      book.orders.forEach((o) => expect(o.netPaise + o.feePaise).toBe(o.grossPaise));
      expect(
        book.payouts.filter((p) => p.status === 'in_transit').reduce((s, p) => s + p.amountPaise, 0),
      ).toBe(book.inTransitPaise);
      paidOut += book.paidOutPaise;
    }
    expect(paidOut).toBe(settled);
    const receivables = buyers.reduce((s, b) => s + journal.balance(buyerReceivable(b)), 0);
    const grossOrders = artisans.reduce(
      (s, a) => s + passbookFor(all, a).orders.reduce((t, o) => t + o.grossPaise, 0),
      0,
    );
    // Cash = what buyers paid − refunds − settled payouts, so cash + receivables = gross orders − settled payouts.
    expect(journal.balance(PLATFORM_CASH) + receivables).toBe(grossOrders - settled);
  });
});
