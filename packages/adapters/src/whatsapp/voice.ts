import type { JobQueue, Lang } from '@shebalance/core';
import type { CloudMessage, WhatsAppTransport } from '@shebalance/core/whatsapp/index';
import type { Database } from '@shebalance/db';
import { getConversation, getInbound, getOutbound, insertOutbound } from '@shebalance/db/whatsapp/index';
import { enqueueSends, prepareOutbound } from './outbox';

/**
 * Her reply to a voice note is also spoken (issue 6): after the turn has stored its text replies, the
 * same words (bodies and the options she can tap or say) are synthesized in her conversation's
 * language, uploaded through the transport's media upload and queued as ONE audio message after the
 * text replies (the outbound queue delivers in insertion order).
 */
export interface SpokenReplyDeps {
  db: Database;
  queue: JobQueue;
  transport: WhatsAppTransport;
  /** Text → encoded speech WhatsApp accepts (MP3 or OGG/Opus), e.g. the cached espeak-ng TTS. */
  synthesize(text: string, lang: Lang): Promise<{ body: Buffer; contentType: string }>;
  now(): Date;
}

/** The words of Cloud API messages as one text to speak: bodies, then button titles and list rows. */
export function spokenText(messages: readonly CloudMessage[]): string {
  const parts: string[] = [];
  for (const m of messages) {
    if (m.type === 'text') parts.push(m.text.body);
    if (m.type !== 'interactive') continue;
    const i = m.interactive as {
      body?: { text?: string };
      action?: {
        buttons?: { reply?: { title?: string } }[];
        sections?: { rows?: { title?: string }[] }[];
      };
    };
    const lines = [i.body?.text ?? ''];
    for (const b of i.action?.buttons ?? []) lines.push(b.reply?.title ?? '');
    const rows = (i.action?.sections ?? []).flatMap((s) => s.rows ?? []);
    rows.forEach((r, n) => lines.push(`${n + 1}. ${r.title ?? ''}`));
    parts.push(lines.filter(Boolean).join('\n'));
  }
  return parts.filter(Boolean).join('\n\n');
}

const EXTENSIONS: Record<string, string> = { 'audio/mpeg': 'mp3', 'audio/ogg': 'ogg' };

/**
 * For each processed inbound message that was a voice note, speaks the text replies queued for it.
 * Returns the ids of the audio messages queued (already enqueued for sending).
 */
export async function queueSpokenReplies(
  deps: SpokenReplyDeps,
  turn: { processed: readonly string[]; outbound: readonly string[] },
): Promise<string[]> {
  const queued: string[] = [];
  const replies = [];
  for (const id of turn.outbound) {
    const row = await getOutbound(deps.db, id);
    if (row) replies.push(row);
  }
  for (const inboundId of turn.processed) {
    const inbound = await getInbound(deps.db, inboundId);
    if (!inbound || inbound.message.content.kind !== 'audio') continue;
    const answered = replies.filter((r) => r.replyTo === inboundId);
    const text = spokenText(answered.map((r) => r.payload));
    if (!text) continue;
    const state = (await getConversation(deps.db, inbound.waFrom))?.state as { lang?: Lang } | null;
    const lang: Lang = state?.lang ?? 'en';
    const speech = await deps.synthesize(text, lang);
    const mime = speech.contentType.split(';')[0]!.trim();
    const media = await deps.transport.uploadMedia(
      new Uint8Array(speech.body),
      mime,
      `reply.${EXTENSIONS[mime] ?? 'mp3'}`,
    );
    const message: CloudMessage = {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: inbound.waFrom,
      type: 'audio',
      audio: { id: media.id },
    };
    const rows = prepareOutbound([message], {
      lang,
      windowOpen: true,
      purpose: 'conversation',
      replyTo: inboundId,
      // Just after the text it speaks (views that order by time keep it last, even on a frozen clock).
      now: new Date(Math.max(deps.now().getTime(), ...answered.map((r) => r.createdAt.getTime() + 1))),
    });
    await insertOutbound(deps.db, rows);
    queued.push(...rows.map((r) => r.id));
  }
  await enqueueSends(deps.queue, queued);
  return queued;
}
