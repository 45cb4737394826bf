import { randomUUID } from 'node:crypto';
import type { JobQueue, Lang } from '@shebalance/core';
import {
  assertSendable,
  fitToWindow,
  TransportError,
  type CloudMessage,
  type WhatsAppTransport,
} from '@shebalance/core/whatsapp/index';
import type { Database } from '@shebalance/db';
import {
  countAttempt,
  earlierQueued,
  getOutbound,
  insertOutbound,
  markFailed,
  markRetry,
  markSent,
  queuedOutboundIds,
  type NewOutbound,
} from '@shebalance/db/whatsapp/index';
import type { OutboundRateLimiter } from './rate-limit';

export const SEND_JOB = 'whatsapp.send';
export const SEND_MAX_ATTEMPTS = 8;

/**
 * Prepares messages for the durable outbound queue: each is fitted to the customer-service window
 * (a template outside it) and validated against the Cloud API limits BEFORE it is stored (throws
 * `OutboundLimitError`). Store the rows with `insertOutbound` (inside the caller's transaction), then
 * `enqueueSends` after commit.
 */
export function prepareOutbound(
  messages: CloudMessage[],
  options: { lang: Lang; windowOpen: boolean; purpose: string; replyTo?: string; now: Date },
): NewOutbound[] {
  return messages.map((m, i) => ({
    id: randomUUID(),
    payload: assertSendable(fitToWindow(m, options.lang, options.windowOpen)),
    purpose: options.purpose,
    replyTo: options.replyTo ?? null,
    // Keep the order of a multi-message reply stable even within one millisecond.
    createdAt: new Date(options.now.getTime() + i),
  }));
}

export async function enqueueSends(queue: JobQueue, ids: string[]): Promise<void> {
  for (const id of ids)
    await queue.enqueue(
      SEND_JOB,
      { id },
      { idempotencyKey: `wa-send:${id}`, maxAttempts: SEND_MAX_ATTEMPTS },
    );
}

/** Validates, stores and enqueues in one go (for callers without a transaction of their own, e.g. OTPs). */
export async function queueMessages(
  db: Database,
  queue: JobQueue,
  messages: CloudMessage[],
  options: Parameters<typeof prepareOutbound>[1],
): Promise<string[]> {
  const rows = prepareOutbound(messages, options);
  await insertOutbound(db, rows);
  await enqueueSends(
    queue,
    rows.map((r) => r.id),
  );
  return rows.map((r) => r.id);
}

/** Re-enqueues every message still waiting (after a restart, or when a queue other than the database lost jobs). */
export async function recoverQueued(db: Database, queue: JobQueue): Promise<number> {
  const ids = await queuedOutboundIds(db);
  await enqueueSends(queue, ids);
  return ids.length;
}

export interface DeliveryDeps {
  db: Database;
  transport: WhatsAppTransport;
  limiter: OutboundRateLimiter;
  now: () => Date;
}

/**
 * Sends one queued message (the `whatsapp.send` job). Idempotent: a message already sent is skipped.
 * Rate limits and 5xx answers throw (the job queue retries with backoff); permanent errors, and the
 * last attempt, are recorded as failed.
 */
export async function deliverOutbound(
  deps: DeliveryDeps,
  id: string,
  attempt: number,
  maxAttempts = SEND_MAX_ATTEMPTS,
): Promise<void> {
  const row = await getOutbound(deps.db, id);
  if (!row || row.status !== 'queued') return;
  await inOrder(row.waTo, async () => {
    // Earlier messages to her go first, so the parts of a reply arrive in the order they were written.
    for (const earlier of await earlierQueued(deps.db, row.waTo, row.id)) {
      await sendOne(deps, earlier, 1, maxAttempts);
    }
    await sendOne(deps, id, attempt, maxAttempts);
  });
}

/** One send chain per recipient in this process (jobs for the same person never overtake each other). */
const chains = new Map<string, Promise<unknown>>();
async function inOrder(key: string, work: () => Promise<void>): Promise<void> {
  const previous = chains.get(key) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(work);
  chains.set(key, run);
  try {
    await run;
  } finally {
    if (chains.get(key) === run) chains.delete(key);
  }
}

async function sendOne(deps: DeliveryDeps, id: string, attempt: number, maxAttempts: number): Promise<void> {
  const row = await getOutbound(deps.db, id);
  if (!row || row.status !== 'queued') return;
  const pairWait = await deps.limiter.acquire(row.waTo);
  if (pairWait > 0)
    throw new TransportError(`pair rate limit for this recipient: retry in ${pairWait} ms`, true, 131056);
  await countAttempt(deps.db, id, deps.now());
  try {
    const { waMessageId } = await deps.transport.send(row.payload);
    await markSent(deps.db, id, waMessageId, deps.now());
  } catch (err) {
    const error =
      err instanceof TransportError ? err : new TransportError((err as Error).message ?? String(err), false);
    const detail = { ...(error.code !== undefined ? { code: error.code } : {}), message: error.message };
    if (error.retryable && attempt < maxAttempts) {
      await markRetry(deps.db, id, detail, deps.now());
      throw error;
    }
    await markFailed(deps.db, id, detail, deps.now());
  }
}
