import { accountKind } from './accounts';

export const ENTRY_KINDS = [
  'order_paid',
  'buyer_payment',
  'buyer_refund',
  'payout_initiated',
  'payout_settled',
  'payout_failed',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** One side of a posting: exactly one of debit / credit is a positive whole number of paise. */
export interface JournalLine {
  account: string;
  debit: number;
  credit: number;
}

export interface JournalEntry {
  /** Deterministic ('order_paid:<orderId>' …) so posting twice is detectable and harmless. */
  id: string;
  kind: EntryKind;
  at: Date;
  ref: {
    orderId?: string;
    buyerId?: string;
    artisanId?: string;
    payoutId?: string;
    paymentId?: string;
    refundId?: string;
  };
  lines: JournalLine[];
}

const isPaise = (x: number) => Number.isSafeInteger(x) && x >= 0;

/** Problems with an entry; empty when it is well-formed and balanced (Σ debits = Σ credits). */
export function entryProblems(entry: JournalEntry): string[] {
  const problems: string[] = [];
  if (entry.lines.length < 2) problems.push('an entry needs at least two lines');
  let debits = 0;
  let credits = 0;
  entry.lines.forEach((l, i) => {
    if (!accountKind(l.account)) problems.push(`line ${i}: unknown account ${l.account}`);
    if (!isPaise(l.debit) || !isPaise(l.credit)) problems.push(`line ${i}: amounts must be whole paise ≥ 0`);
    if (l.debit > 0 === l.credit > 0)
      problems.push(`line ${i}: exactly one of debit and credit must be positive`);
    debits += l.debit;
    credits += l.credit;
  });
  if (debits !== credits) problems.push(`unbalanced: debits ${debits} ≠ credits ${credits}`);
  return problems;
}

export class LedgerError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'LedgerError';
  }
}

export function assertBalanced(entry: JournalEntry): JournalEntry {
  const problems = entryProblems(entry);
  if (problems.length) throw new LedgerError(problems);
  return entry;
}

/** Balance per account (debit − credit) over entries. */
export function balances(entries: Iterable<JournalEntry>): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries)
    for (const l of e.lines) out.set(l.account, (out.get(l.account) ?? 0) + l.debit - l.credit);
  return out;
}

/** Σ of all balances: zero for any set of balanced entries. */
export function trialBalance(entries: Iterable<JournalEntry>): {
  debits: number;
  credits: number;
  difference: number;
} {
  let debits = 0;
  let credits = 0;
  for (const e of entries) {
    for (const l of e.lines) {
      debits += l.debit;
      credits += l.credit;
    }
  }
  return { debits, credits, difference: debits - credits };
}

const sameEntry = (a: JournalEntry, b: JournalEntry) =>
  JSON.stringify({ ...a, at: a.at.getTime() }) === JSON.stringify({ ...b, at: b.at.getTime() });

/**
 * An append-only journal in memory with running balances (tests, the embedded default, projections).
 * Posting an entry whose id is already there is a no-op when identical and an error otherwise.
 */
export class Journal {
  private readonly list: JournalEntry[] = [];
  private readonly byId = new Map<string, JournalEntry>();
  private readonly running = new Map<string, number>();

  post(entry: JournalEntry): { posted: boolean } {
    const existing = this.byId.get(entry.id);
    if (existing) {
      if (!sameEntry(existing, entry))
        throw new LedgerError([`entry ${entry.id} already posted with different content`]);
      return { posted: false };
    }
    assertBalanced(entry);
    this.list.push(entry);
    this.byId.set(entry.id, entry);
    for (const l of entry.lines)
      this.running.set(l.account, (this.running.get(l.account) ?? 0) + l.debit - l.credit);
    return { posted: true };
  }

  balance(account: string): number {
    return this.running.get(account) ?? 0;
  }

  balances(): ReadonlyMap<string, number> {
    return this.running;
  }

  entries(): readonly JournalEntry[] {
    return this.list;
  }
}
