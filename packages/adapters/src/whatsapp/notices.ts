import { createHash } from 'node:crypto';
import type { JobQueue, Lang } from '@shebalance/core';
import type { OutboundIntent } from '@shebalance/core/conversation/index';
import { renderIntent, windowOpen } from '@shebalance/core/whatsapp/index';
import type { Database } from '@shebalance/db';
import { getConversation, getOutbound, insertOutbound } from '@shebalance/db/whatsapp/index';
import { enqueueSends, prepareOutbound } from './outbox';

/** A UUID derived from a key: the same notice always gets the same outbound ids (idempotent jobs). */
export function stableUuid(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface NoticeOptions {
  waId: string;
  lang: Lang;
  /** Why it is sent ('assessment', 'certificate', 'offer'…), stored with each message. */
  purpose: string;
  /** Identifies this notice: a retried job queues nothing twice. */
  key: string;
  now: Date;
  replyTo?: string;
}

/**
 * Queues a proactive message (not a direct reply to her turn) in the durable outbound queue: each
 * part fitted to the 24-hour window (a template outside it), validated, stored under ids derived from
 * `key` (already stored parts are skipped) and enqueued. Returns the ids queued now.
 */
export async function queueNotice(
  db: Database,
  queue: JobQueue,
  intents: OutboundIntent[],
  options: NoticeOptions,
): Promise<string[]> {
  const conversation = await getConversation(db, options.waId);
  const rows = prepareOutbound(
    intents.map((i) => renderIntent(options.waId, i)),
    {
      lang: options.lang,
      windowOpen: windowOpen(conversation?.lastInboundAt, options.now),
      purpose: options.purpose,
      ...(options.replyTo ? { replyTo: options.replyTo } : {}),
      now: options.now,
    },
  ).map((row, i) => ({ ...row, id: stableUuid(`${options.key}:${i}`) }));
  const fresh = [];
  for (const row of rows) if (!(await getOutbound(db, row.id))) fresh.push(row);
  await insertOutbound(db, fresh);
  await enqueueSends(
    queue,
    rows.map((r) => r.id),
  );
  return fresh.map((r) => r.id);
}
