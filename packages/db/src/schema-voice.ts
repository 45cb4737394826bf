import { jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './schema';
import { createdAt, ts } from './columns';

/**
 * Conversation state of voice sessions that have no WhatsApp conversation (issue 6): the app's
 * microphone and `POST /api/v1/voice`. Keyed `anon:<sessionId>` for anonymous callers and
 * `user:<userId>` for a signed-in artisan without a WhatsApp conversation; a signed-in artisan who
 * has one talks to her WhatsApp conversation instead (`conversations`, locked the same way). Kept
 * apart from `conversations` so voice sessions never look like WhatsApp numbers.
 */
export const voiceSessions = pgTable('voice_sessions', {
  key: text('key').primaryKey(),
  userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
  state: jsonb('state'),
  createdAt: createdAt(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
