import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { voiceSessions } from '../schema-voice';

/** A voice session's stored conversation state (see schema-voice.ts for the keys). */
export interface VoiceSessionRow {
  key: string;
  userId: string | null;
  state: unknown;
}

/** Loads the session row, creating it when new, and locks it for this transaction. */
export async function lockVoiceSession(
  tx: Database,
  key: string,
  userId: string | null,
): Promise<VoiceSessionRow> {
  await tx.insert(voiceSessions).values({ key, userId }).onConflictDoNothing();
  const rows = await tx.execute(
    sql`select key, user_id, state from voice_sessions where key = ${key} for update`,
  );
  const row = (rows as unknown as { rows: Record<string, unknown>[] }).rows[0]!;
  return { key: row.key as string, userId: (row.user_id as string | null) ?? null, state: row.state ?? null };
}

export async function saveVoiceSession(tx: Database, key: string, state: unknown, at: Date): Promise<void> {
  await tx
    .update(voiceSessions)
    .set({ state, updatedAt: at })
    .where(sql`${voiceSessions.key} = ${key}`);
}

export async function getVoiceSession(db: Database, key: string): Promise<VoiceSessionRow | undefined> {
  const [row] = await db
    .select({ key: voiceSessions.key, userId: voiceSessions.userId, state: voiceSessions.state })
    .from(voiceSessions)
    .where(sql`${voiceSessions.key} = ${key}`)
    .limit(1);
  return row;
}
