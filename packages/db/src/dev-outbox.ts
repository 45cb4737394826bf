import { randomUUID } from 'node:crypto';
import type { Messaging } from '@shebalance/core';
import { desc, eq } from 'drizzle-orm';
import type { Database } from './client';
import { devOutbox } from './schema';

/**
 * The development transport: messages are stored, not delivered, so a developer (or a test) can read
 * the code that was "sent" to a phone at GET /api/v1/dev/outbox. Never used in production mode.
 */
export function devOutboxMessaging(db: Database): Messaging & {
  list(
    to: string,
    limit?: number,
  ): Promise<
    { id: string; to: string; channel: string; purpose: string; text: string | null; createdAt: Date }[]
  >;
} {
  return {
    async send(message) {
      const id = randomUUID();
      await db.insert(devOutbox).values({
        id,
        to: message.to,
        channel: 'dev',
        purpose: message.purpose,
        text: message.text,
        payload: null,
      });
      return { id };
    },
    async list(to, limit = 50) {
      return db
        .select({
          id: devOutbox.id,
          to: devOutbox.to,
          channel: devOutbox.channel,
          purpose: devOutbox.purpose,
          text: devOutbox.text,
          createdAt: devOutbox.createdAt,
        })
        .from(devOutbox)
        .where(eq(devOutbox.to, to))
        .orderBy(desc(devOutbox.createdAt), desc(devOutbox.id))
        .limit(limit);
    },
  };
}
