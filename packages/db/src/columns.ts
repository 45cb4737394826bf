import { sql } from 'drizzle-orm';
import { jsonb, timestamp } from 'drizzle-orm/pg-core';

/** Column helpers every schema file shares: timestamps with time zone, creation time, JSON arrays. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const createdAt = () => ts('created_at').notNull().defaultNow();
export const jsonArray = <T>(name: string) =>
  jsonb(name)
    .$type<T[]>()
    .notNull()
    .default(sql`'[]'::jsonb`);
