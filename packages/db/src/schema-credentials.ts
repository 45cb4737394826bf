import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { assessmentPhotos, assessments } from './schema-assessments';
import { users } from './schema';
import { ts } from './columns';

/**
 * The issuer key ring (issue 7): public keys in clear, the current private key sealed through the
 * KeyManagement port (local key file or AWS KMS). One row per issuer DID.
 */
export const issuerKeyRings = pgTable('issuer_key_rings', {
  did: text('did').primaryKey(),
  sealed: jsonb('sealed').$type<Record<string, unknown>>().notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/**
 * Bitstring Status Lists: the GZIP+base64url bitstring and its last signed list credential.
 * `next_index` is bumped in the issuing transaction (row lock) so indexes are never reused.
 */
export const credentialStatusLists = pgTable('credential_status_lists', {
  id: text('id').primaryKey(),
  size: integer('size').notNull(),
  nextIndex: integer('next_index').notNull().default(0),
  encodedList: text('encoded_list').notNull(),
  jwt: text('jwt'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** One Open Badges 3.0 credential per confirmed assessment. */
export const credentials = pgTable(
  'credentials',
  {
    id: uuid('id').primaryKey(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'restrict' }),
    artisanId: uuid('artisan_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    craftId: text('craft_id').notNull(),
    level: integer('level').notNull(),
    lang: text('lang').notNull(),
    statusListId: text('status_list_id')
      .notNull()
      .references(() => credentialStatusLists.id),
    statusIndex: integer('status_index').notNull(),
    /** Photos given as evidence: served publicly while the credential is not revoked. */
    photoIds: jsonb('photo_ids')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    credential: jsonb('credential').$type<Record<string, unknown>>().notNull(),
    jwt: text('jwt').notNull(),
    kid: text('kid').notNull(),
    issuedAt: ts('issued_at').notNull(),
    expiresAt: ts('expires_at'),
    revokedAt: ts('revoked_at'),
    revokedReason: text('revoked_reason'),
    revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('credentials_assessment_uq').on(t.assessmentId),
    uniqueIndex('credentials_status_uq').on(t.statusListId, t.statusIndex),
    index('credentials_artisan_idx').on(t.artisanId, t.issuedAt),
  ],
);

/** The works she picked for her public portfolio, in her order. */
export const portfolioWorks = pgTable(
  'portfolio_works',
  {
    artisanId: uuid('artisan_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    photoId: uuid('photo_id')
      .notNull()
      .references(() => assessmentPhotos.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.artisanId, t.photoId] })],
);
