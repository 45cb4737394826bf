import type { EntryKind, JournalEntry } from '@shebalance/core/earn/index';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { ledgerEntries, ledgerLines } from '../schema-earn';
import { rowsOf } from './candidates';

/** The double-entry journal in PostgreSQL: entries (unique deterministic id) and their lines, integer paise. */
export function ledgerRepository(db: Database) {
  async function withLines(entries: (typeof ledgerEntries.$inferSelect)[]): Promise<JournalEntry[]> {
    if (!entries.length) return [];
    const lines = await db
      .select()
      .from(ledgerLines)
      .where(
        inArray(
          ledgerLines.entryId,
          entries.map((e) => e.id),
        ),
      )
      .orderBy(asc(ledgerLines.id));
    const byEntry = new Map<string, JournalEntry['lines']>();
    for (const l of lines) {
      const list = byEntry.get(l.entryId) ?? [];
      list.push({ account: l.account, debit: Number(l.debit), credit: Number(l.credit) });
      byEntry.set(l.entryId, list);
    }
    return entries.map((e) => ({
      id: e.id,
      kind: e.kind as EntryKind,
      at: e.at,
      ref: e.ref,
      lines: byEntry.get(e.id) ?? [],
    }));
  }

  return {
    /** Appends an entry with its lines; returns false (and changes nothing) when the id exists. */
    async post(entry: JournalEntry): Promise<boolean> {
      const inserted = await db
        .insert(ledgerEntries)
        .values({
          id: entry.id,
          kind: entry.kind,
          at: entry.at,
          ref: entry.ref as Record<string, string>,
          artisanId: entry.ref.artisanId ?? null,
        })
        .onConflictDoNothing({ target: ledgerEntries.id })
        .returning({ id: ledgerEntries.id });
      if (!inserted.length) return false;
      await db.insert(ledgerLines).values(entry.lines.map((l) => ({ entryId: entry.id, ...l })));
      return true;
    },
    async ofArtisan(artisanId: string): Promise<JournalEntry[]> {
      const entries = await db
        .select()
        .from(ledgerEntries)
        .where(eq(ledgerEntries.artisanId, artisanId))
        .orderBy(asc(ledgerEntries.seq));
      return withLines(entries);
    },
    async all(): Promise<JournalEntry[]> {
      return withLines(await db.select().from(ledgerEntries).orderBy(asc(ledgerEntries.seq)));
    },
    async trialBalance() {
      const [row] = rowsOf<{ debits: string | number; credits: string | number }>(
        await db.execute(
          sql`select coalesce(sum(debit), 0)::bigint as debits, coalesce(sum(credit), 0)::bigint as credits from ledger_lines`,
        ),
      );
      const debits = Number(row?.debits ?? 0);
      const credits = Number(row?.credits ?? 0);
      return { debits, credits, difference: debits - credits };
    },
    async balance(account: string): Promise<number> {
      const [row] = rowsOf<{ balance: string | number }>(
        await db.execute(
          sql`select coalesce(sum(debit - credit), 0)::bigint as balance from ledger_lines where account = ${account}`,
        ),
      );
      return Number(row?.balance ?? 0);
    },
  };
}
