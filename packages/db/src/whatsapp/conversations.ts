import { randomUUID } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { conversations, handovers, whatsappInbound, whatsappMedia } from '../schema-whatsapp';

export interface ConversationRow {
  waId: string;
  userId: string | null;
  state: unknown;
  lastInboundAt: Date | null;
  profileName: string | null;
}

/** Loads her conversation row and locks it for this transaction (turns of one person never interleave). */
export async function lockConversation(tx: Database, waId: string): Promise<ConversationRow> {
  await tx.insert(conversations).values({ waId }).onConflictDoNothing();
  const rows = await tx.execute(
    sql`select wa_id, user_id, state, last_inbound_at, profile_name from conversations where wa_id = ${waId} for update`,
  );
  const row = (rows as unknown as { rows: Record<string, unknown>[] }).rows[0]!;
  return {
    waId: row.wa_id as string,
    userId: (row.user_id as string | null) ?? null,
    state: row.state ?? null,
    lastInboundAt: row.last_inbound_at ? new Date(row.last_inbound_at as string) : null,
    profileName: (row.profile_name as string | null) ?? null,
  };
}

export async function getConversation(db: Database, waId: string): Promise<ConversationRow | undefined> {
  const [row] = await db.select().from(conversations).where(eq(conversations.waId, waId)).limit(1);
  return row;
}

export async function saveConversation(
  tx: Database,
  waId: string,
  patch: { state: unknown; userId?: string | null },
  at: Date,
): Promise<void> {
  await tx
    .update(conversations)
    .set({
      state: patch.state,
      updatedAt: at,
      ...(patch.userId !== undefined ? { userId: patch.userId } : {}),
    })
    .where(eq(conversations.waId, waId));
}

export interface HandoverRow {
  id: string;
  waId: string;
  userId: string | null;
  channel: string;
  reason: string;
  lastText: string | null;
  status: string;
  createdAt: Date;
}

export async function createHandover(
  tx: Database,
  h: {
    waId: string;
    userId: string | null;
    channel: string;
    reason: string;
    lastText?: string;
    sourceMessageId: string;
    at: Date;
  },
): Promise<void> {
  await tx
    .insert(handovers)
    .values({
      id: randomUUID(),
      waId: h.waId,
      userId: h.userId,
      channel: h.channel,
      reason: h.reason,
      lastText: h.lastText ?? null,
      sourceMessageId: h.sourceMessageId,
      createdAt: h.at,
    })
    .onConflictDoNothing();
}

export async function listHandovers(
  db: Database,
  filter: { status?: string; limit: number; offset: number },
): Promise<HandoverRow[]> {
  return db
    .select({
      id: handovers.id,
      waId: handovers.waId,
      userId: handovers.userId,
      channel: handovers.channel,
      reason: handovers.reason,
      lastText: handovers.lastText,
      status: handovers.status,
      createdAt: handovers.createdAt,
    })
    .from(handovers)
    .where(filter.status ? eq(handovers.status, filter.status) : undefined)
    .orderBy(desc(handovers.createdAt))
    .limit(filter.limit)
    .offset(filter.offset);
}

export interface MediaRow {
  id: string;
  objectKey: string;
  mimeType: string;
  size: number;
  sha256: string;
  direction: string;
  waId: string | null;
}

export async function saveMedia(db: Database, m: MediaRow): Promise<void> {
  await db.insert(whatsappMedia).values(m).onConflictDoNothing();
}

export async function getMedia(db: Database, id: string): Promise<MediaRow | undefined> {
  const [row] = await db.select().from(whatsappMedia).where(eq(whatsappMedia.id, id)).limit(1);
  return row;
}

export async function inboundFor(db: Database, waFrom: string, limit: number) {
  return db
    .select()
    .from(whatsappInbound)
    .where(eq(whatsappInbound.waFrom, waFrom))
    .orderBy(desc(whatsappInbound.sentAt), desc(whatsappInbound.receivedAt))
    .limit(limit);
}
