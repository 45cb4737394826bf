import { randomUUID } from 'node:crypto';
import type { InboundMessage, StatusEvent, WebhookBatch } from '@shebalance/core/whatsapp/index';
import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { conversations, outboundMessages, whatsappInbound, whatsappStatusEvents } from '../schema-whatsapp';

const STATUS_RANK = sql`case ${outboundMessages.status} when 'queued' then 0 when 'sent' then 2 when 'delivered' then 3 when 'read' then 4 else 9 end`;
const RANK: Record<StatusEvent['status'], number> = { sent: 2, delivered: 3, read: 4, failed: 5 };

/**
 * Stores one webhook delivery in one transaction: new inbound messages (a message id already stored is
 * skipped: a retried delivery changes nothing), the customer-service window, status events, and each
 * outbound message's status moved forward only. Returns the ids of every message in the delivery.
 */
export async function recordWebhook(
  db: Database,
  batch: WebhookBatch,
): Promise<{ messages: InboundMessage[]; inserted: number }> {
  if (batch.messages.length === 0 && batch.statuses.length === 0) return { messages: [], inserted: 0 };
  return db.transaction(async (tx) => {
    let inserted = 0;
    if (batch.messages.length) {
      const rows = await tx
        .insert(whatsappInbound)
        .values(
          batch.messages.map((m) => ({
            waMessageId: m.waMessageId,
            waFrom: m.from,
            phoneNumberId: m.phoneNumberId,
            kind: m.content.kind,
            message: m,
            sentAt: m.at,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: whatsappInbound.waMessageId });
      inserted = rows.length;
      const latest = new Map<string, InboundMessage>();
      for (const m of batch.messages)
        if (!latest.has(m.from) || latest.get(m.from)!.at < m.at) latest.set(m.from, m);
      for (const m of latest.values()) {
        await tx
          .insert(conversations)
          .values({ waId: m.from, lastInboundAt: m.at, profileName: m.profileName ?? null })
          .onConflictDoUpdate({
            target: conversations.waId,
            set: {
              lastInboundAt: sql`greatest(${conversations.lastInboundAt}, excluded.last_inbound_at)`,
              profileName: sql`coalesce(excluded.profile_name, ${conversations.profileName})`,
            },
          });
      }
    }
    for (const s of batch.statuses) {
      await tx
        .insert(whatsappStatusEvents)
        .values({
          id: randomUUID(),
          waMessageId: s.waMessageId,
          status: s.status,
          at: s.at,
          recipient: s.recipient,
          errors: s.errors,
        })
        .onConflictDoNothing();
      const error = s.errors[0];
      await tx
        .update(outboundMessages)
        .set({
          status: s.status,
          updatedAt: new Date(),
          ...(s.status === 'failed' && error
            ? {
                errorCode: error.code,
                lastError: `${error.title}${error.details ? `: ${error.details}` : ''}`,
              }
            : {}),
        })
        .where(and(eq(outboundMessages.waMessageId, s.waMessageId), sql`${STATUS_RANK} < ${RANK[s.status]}`));
    }
    return { messages: batch.messages, inserted };
  });
}

export interface InboundRow {
  waMessageId: string;
  waFrom: string;
  message: InboundMessage;
  processedAt: Date | null;
  /** A voice note's transcript once recognized (null: not yet, or not a voice note; '' = nothing understood). */
  transcript: string | null;
}

const revive = (m: InboundMessage): InboundMessage => ({ ...m, at: new Date(m.at) });

export async function getInbound(db: Database, waMessageId: string): Promise<InboundRow | undefined> {
  const [row] = await db
    .select()
    .from(whatsappInbound)
    .where(eq(whatsappInbound.waMessageId, waMessageId))
    .limit(1);
  return row
    ? {
        waMessageId: row.waMessageId,
        waFrom: row.waFrom,
        message: revive(row.message as InboundMessage),
        processedAt: row.processedAt,
        transcript: row.transcript,
      }
    : undefined;
}

/** Her unprocessed messages sent up to `upTo`, oldest first (so a burst is answered in order). */
export async function pendingInbound(db: Database, waFrom: string, upTo: Date): Promise<InboundRow[]> {
  const rows = await db
    .select()
    .from(whatsappInbound)
    .where(
      and(
        eq(whatsappInbound.waFrom, waFrom),
        isNull(whatsappInbound.processedAt),
        lte(whatsappInbound.sentAt, upTo),
      ),
    )
    .orderBy(asc(whatsappInbound.sentAt), asc(whatsappInbound.receivedAt))
    .limit(50);
  return rows.map((row) => ({
    waMessageId: row.waMessageId,
    waFrom: row.waFrom,
    message: revive(row.message as InboundMessage),
    processedAt: row.processedAt,
    transcript: row.transcript,
  }));
}

/**
 * Stores what a voice note said (issue 6), before her turn runs; only while it is unprocessed. '' records
 * that nothing was understood. When the media was larger than WhatsApp allows, `fileSize` is written
 * into the message so the turn answers "too large".
 */
export async function setInboundTranscript(
  db: Database,
  waMessageId: string,
  voice: { transcript: string; fileSize?: number },
): Promise<void> {
  await db
    .update(whatsappInbound)
    .set({
      transcript: voice.transcript,
      ...(voice.fileSize !== undefined
        ? {
            message: sql`jsonb_set(${whatsappInbound.message}, '{content,fileSize}', ${String(voice.fileSize)}::jsonb)`,
          }
        : {}),
    })
    .where(and(eq(whatsappInbound.waMessageId, waMessageId), isNull(whatsappInbound.processedAt)));
}

export async function markProcessed(db: Database, ids: string[], at: Date): Promise<void> {
  if (ids.length)
    await db
      .update(whatsappInbound)
      .set({ processedAt: at })
      .where(inArray(whatsappInbound.waMessageId, ids));
}

export async function countInbound(db: Database): Promise<{ total: number; processed: number }> {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      processed: sql<number>`count(${whatsappInbound.processedAt})::int`,
    })
    .from(whatsappInbound);
  return { total: row?.total ?? 0, processed: row?.processed ?? 0 };
}

/**
 * The hot path of the webhook: stores a delivery's messages, opens her service window and (with the
 * database job queue) enqueues one job per message with idempotency key `wa-in:<id>` — in ONE
 * statement (one round trip, one commit, all or nothing). Returns how many messages were new.
 */
export async function storeInboundAndEnqueue(
  db: Database,
  messages: InboundMessage[],
  job?: { name: string; runAt: Date; maxAttempts: number },
): Promise<{ inserted: number }> {
  if (messages.length === 0) return { inserted: 0 };
  const rows = messages.map((m) => ({
    wa_message_id: m.waMessageId,
    wa_from: m.from,
    phone_number_id: m.phoneNumberId,
    kind: m.content.kind,
    message: m,
    sent_at: m.at.toISOString(),
  }));
  const latest = new Map<string, InboundMessage>();
  for (const m of messages) if (!latest.has(m.from) || latest.get(m.from)!.at < m.at) latest.set(m.from, m);
  const contacts = [...latest.values()].map((m) => ({
    wa_id: m.from,
    last_inbound_at: m.at.toISOString(),
    profile_name: m.profileName ?? null,
  }));
  const jobIds = job ? messages.map((m) => ({ id: m.waMessageId })) : [];
  const result = await db.execute(sql`
    with m as (
      insert into whatsapp_inbound (wa_message_id, wa_from, phone_number_id, kind, message, sent_at)
      select x.wa_message_id, x.wa_from, x.phone_number_id, x.kind, x.message, x.sent_at
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as x(wa_message_id text, wa_from text, phone_number_id text, kind text, message jsonb, sent_at timestamptz)
      on conflict do nothing
      returning wa_message_id
    ), c as (
      insert into conversations as cv (wa_id, last_inbound_at, profile_name)
      select y.wa_id, y.last_inbound_at, y.profile_name
      from jsonb_to_recordset(${JSON.stringify(contacts)}::jsonb) as y(wa_id text, last_inbound_at timestamptz, profile_name text)
      on conflict (wa_id) do update set
        last_inbound_at = greatest(cv.last_inbound_at, excluded.last_inbound_at),
        profile_name = coalesce(excluded.profile_name, cv.profile_name)
      returning cv.wa_id
    ), j as (
      insert into jobs (id, name, payload, status, max_attempts, run_at, idempotency_key)
      select gen_random_uuid(), ${job?.name ?? ''}, jsonb_build_object('id', z.id), 'queued', ${job?.maxAttempts ?? 5},
        ${(job?.runAt ?? new Date(0)).toISOString()}::timestamptz, left('wa-in:' || z.id, 200)
      from jsonb_to_recordset(${JSON.stringify(jobIds)}::jsonb) as z(id text)
      on conflict (idempotency_key) do nothing
      returning id
    )
    select (select count(*) from m)::int as inserted, (select count(*) from c)::int as contacts, (select count(*) from j)::int as jobs
  `);
  const row = (result as unknown as { rows: { inserted: number }[] }).rows[0];
  return { inserted: row?.inserted ?? 0 };
}
