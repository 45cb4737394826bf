import type { CloudMessage } from '@shebalance/core/whatsapp/index';
import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { outboundMessages } from '../schema-whatsapp';

export interface OutboundRow {
  id: string;
  /** Insertion order (identity): the order she receives them in. */
  seq: number;
  waTo: string;
  type: string;
  payload: CloudMessage;
  purpose: string;
  status: string;
  attempts: number;
  waMessageId: string | null;
  errorCode: number | null;
  lastError: string | null;
  replyTo: string | null;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
}

export interface NewOutbound {
  id: string;
  payload: CloudMessage;
  purpose: string;
  replyTo?: string | null;
  createdAt: Date;
}

export async function insertOutbound(db: Database, rows: NewOutbound[]): Promise<void> {
  if (!rows.length) return;
  await db.insert(outboundMessages).values(
    rows.map((r) => ({
      id: r.id,
      waTo: r.payload.to,
      type: r.payload.type,
      payload: r.payload,
      purpose: r.purpose,
      replyTo: r.replyTo ?? null,
      createdAt: r.createdAt,
      updatedAt: r.createdAt,
    })),
  );
}

export async function getOutbound(db: Database, id: string): Promise<OutboundRow | undefined> {
  const [row] = await db.select().from(outboundMessages).where(eq(outboundMessages.id, id)).limit(1);
  return row as OutboundRow | undefined;
}

/** Counts an attempt (before the transport is called), so a crash mid-send is still counted. */
export async function countAttempt(db: Database, id: string, at: Date): Promise<void> {
  await db
    .update(outboundMessages)
    .set({ attempts: sql`${outboundMessages.attempts} + 1`, updatedAt: at })
    .where(eq(outboundMessages.id, id));
}

/** Sent: WhatsApp accepted it (a status webhook may already have moved it further: keep that). */
export async function markSent(db: Database, id: string, waMessageId: string, at: Date): Promise<void> {
  await db
    .update(outboundMessages)
    .set({
      waMessageId,
      sentAt: at,
      updatedAt: at,
      status: sql`case when ${outboundMessages.status} = 'queued' then 'sent' else ${outboundMessages.status} end`,
    })
    .where(eq(outboundMessages.id, id));
}

export async function markRetry(
  db: Database,
  id: string,
  error: { code?: number; message: string },
  at: Date,
): Promise<void> {
  await db
    .update(outboundMessages)
    .set({ errorCode: error.code ?? null, lastError: error.message, updatedAt: at })
    .where(eq(outboundMessages.id, id));
}

/** A permanent failure: recorded and listed for admins; never retried on its own. */
export async function markFailed(
  db: Database,
  id: string,
  error: { code?: number; message: string },
  at: Date,
): Promise<void> {
  await db
    .update(outboundMessages)
    .set({ status: 'failed', errorCode: error.code ?? null, lastError: error.message, updatedAt: at })
    .where(eq(outboundMessages.id, id));
}

export async function listFailures(
  db: Database,
  page: { limit: number; offset: number },
): Promise<OutboundRow[]> {
  const rows = await db
    .select()
    .from(outboundMessages)
    .where(eq(outboundMessages.status, 'failed'))
    .orderBy(desc(outboundMessages.updatedAt))
    .limit(page.limit)
    .offset(page.offset);
  return rows as OutboundRow[];
}

/** Messages still waiting to be sent (for re-enqueueing after a restart). */
export async function queuedOutboundIds(db: Database, limit = 1000): Promise<string[]> {
  const rows = await db
    .select({ id: outboundMessages.id })
    .from(outboundMessages)
    .where(eq(outboundMessages.status, 'queued'))
    .orderBy(asc(outboundMessages.seq))
    .limit(limit);
  return rows.map((r) => r.id);
}

export async function outboundFor(db: Database, waTo: string, limit: number): Promise<OutboundRow[]> {
  const rows = await db
    .select()
    .from(outboundMessages)
    .where(eq(outboundMessages.waTo, waTo))
    .orderBy(desc(outboundMessages.seq))
    .limit(limit);
  return rows as OutboundRow[];
}

export async function outboundByStatus(db: Database, ids: string[]): Promise<Record<string, string>> {
  if (!ids.length) return {};
  const rows = await db
    .select({ id: outboundMessages.id, status: outboundMessages.status })
    .from(outboundMessages)
    .where(and(inArray(outboundMessages.id, ids)));
  return Object.fromEntries(rows.map((r) => [r.id, r.status]));
}

/** Messages to `waTo` still queued that were written before message `id` (oldest first). */
export async function earlierQueued(db: Database, waTo: string, id: string): Promise<string[]> {
  const before = db
    .select({ seq: outboundMessages.seq })
    .from(outboundMessages)
    .where(eq(outboundMessages.id, id));
  const rows = await db
    .select({ id: outboundMessages.id })
    .from(outboundMessages)
    .where(
      and(
        eq(outboundMessages.waTo, waTo),
        eq(outboundMessages.status, 'queued'),
        lt(outboundMessages.seq, before),
      ),
    )
    .orderBy(asc(outboundMessages.seq))
    .limit(20);
  return rows.map((r) => r.id);
}
