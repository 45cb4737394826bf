import { randomUUID } from 'node:crypto';
import type { Lang, User } from '@shebalance/core';
import { initialState, type ConversationState } from '@shebalance/core/conversation/index';
import { phoneToWaId } from '@shebalance/core/whatsapp/index';
import type { Database } from '@shebalance/db';
import { getVoiceSession, lockVoiceSession, saveVoiceSession } from '@shebalance/db/voice/sessions';
import { getConversation, lockConversation, saveConversation } from '@shebalance/db/whatsapp/index';
import type { Container } from '../../container';

/**
 * Where a voice session's conversation state lives (issue 6, ADR 0007):
 * - a signed-in artisan who has a WhatsApp conversation talks to THAT conversation (`conversations`,
 *   keyed by her WhatsApp id, locked like a WhatsApp turn): voice and WhatsApp are one conversation;
 * - a signed-in artisan without one: `voice_sessions` key `user:<userId>` (the sessionId is ignored,
 *   so nobody can read her state by guessing it);
 * - anyone else: `voice_sessions` key `anon:<sessionId>` (a new sessionId is made when none is sent).
 * Voice sessions never write WhatsApp rows, so they cannot corrupt a WhatsApp conversation.
 */
export interface VoiceSession {
  readonly sessionId: string;
  readonly user: User | undefined;
  readonly where:
    { readonly kind: 'whatsapp'; readonly waId: string } | { readonly kind: 'voice'; readonly key: string };
}

export async function resolveSession(
  container: Container,
  user: User | undefined,
  sessionId: string | undefined,
): Promise<VoiceSession> {
  const id = sessionId ?? randomUUID();
  if (!user) return { sessionId: id, user, where: { kind: 'voice', key: `anon:${id}` } };
  const waId = phoneToWaId(user.phone);
  const conversation = await getConversation(container.database.db, waId);
  if (conversation?.state) return { sessionId: id, user, where: { kind: 'whatsapp', waId } };
  return { sessionId: id, user, where: { kind: 'voice', key: `user:${user.id}` } };
}

async function fresh(container: Container, user: User | undefined, lang: Lang): Promise<ConversationState> {
  if (!user) return initialState(lang);
  const profile = await container.deps.repos.artisans.get(user.id);
  return initialState(profile?.preferredLanguage ?? user.preferredLanguage ?? lang, !!profile);
}

/** Her state as it stands (no lock): what the recognizer should listen for. */
export async function peekState(
  container: Container,
  session: VoiceSession,
  lang: Lang,
): Promise<ConversationState> {
  const db = container.database.db;
  if (session.where.kind === 'whatsapp') {
    const row = await getConversation(db, session.where.waId);
    if (row?.state) return row.state as ConversationState;
  } else {
    const row = await getVoiceSession(db, session.where.key);
    if (row?.state) return row.state as ConversationState;
  }
  return fresh(container, session.user, lang);
}

/**
 * Runs `turn` on her state inside one transaction holding her session (or WhatsApp conversation) row,
 * and stores the state it returns. Turns of one session never interleave.
 */
export async function withLockedState<T>(
  container: Container,
  session: VoiceSession,
  lang: Lang,
  turn: (state: ConversationState) => { state: ConversationState; result: T },
): Promise<T> {
  const now = container.deps.clock.now();
  const start = await fresh(container, session.user, lang);
  return container.database.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    if (session.where.kind === 'whatsapp') {
      const row = await lockConversation(tx, session.where.waId);
      const out = turn((row.state as ConversationState | null) ?? start);
      await saveConversation(tx, session.where.waId, { state: out.state }, now);
      return out.result;
    }
    const row = await lockVoiceSession(tx, session.where.key, session.user?.id ?? null);
    const out = turn((row.state as ConversationState | null) ?? start);
    await saveVoiceSession(tx, session.where.key, out.state, now);
    return out.result;
  });
}
