import {
  bigint,
  bigserial,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { mediaObjects, opportunities, users } from './schema';
import { ts, createdAt, jsonArray } from './columns';

/**
 * Earn (issue 4): matches, offers, orders, ratings, disputes, payouts and the double-entry ledger.
 * Buyer requests themselves live in `opportunities` (schema.ts); reference photos are linked here.
 */

/**
 * Reference photos of a buyer request. Those added through `POST /opportunities/:id/reference-photos`
 * went through the Snap → Score intake and carry the vision model's embedding (visual similarity);
 * media linked by id (uploaded through POST /media) are plain attachments without one.
 */
export const opportunityPhotos = pgTable(
  'earn_opportunity_photos',
  {
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    mediaId: uuid('media_id')
      .notNull()
      .references(() => mediaObjects.id, { onDelete: 'cascade' }),
    idx: integer('idx').notNull(),
    /** Float32 embedding, base64 (the assessments' codec); null for plain attachments. */
    embedding: text('embedding'),
    modelId: text('model_id'),
    thumbnailKey: text('thumbnail_key'),
  },
  (t) => [primaryKey({ columns: [t.opportunityId, t.mediaId] })],
);

/**
 * Per-artisan portfolio centroid (mean of the L2-normalised embeddings of the photos of her scored
 * assessments that passed the quality gate), precomputed so matching reads one vector per candidate.
 * `signature` (photo count + newest photo) tells when it is stale.
 */
export const portfolioCentroids = pgTable(
  'earn_portfolio_centroids',
  {
    artisanId: uuid('artisan_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    modelId: text('model_id').notNull(),
    centroid: text('centroid').notNull(),
    photos: integer('photos').notNull(),
    signature: text('signature').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.artisanId, t.modelId] })],
);

/** One run of the matching engine for a request: the ranker, the context and the proposed team. */
export const matchRuns = pgTable(
  'earn_match_runs',
  {
    id: uuid('id').primaryKey(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    rankerId: text('ranker_id').notNull(),
    context: jsonb('context').$type<Record<string, unknown>>().notNull(),
    team: jsonb('team').$type<Record<string, unknown> | null>(),
    qualified: integer('qualified').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('earn_match_runs_opp_idx').on(t.opportunityId, t.createdAt)],
);

/** Each match of a run, with the features it was ranked on (training data for the learned ranker). */
export const matches = pgTable(
  'earn_matches',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => matchRuns.id, { onDelete: 'cascade' }),
    opportunityId: uuid('opportunity_id').notNull(),
    artisanId: uuid('artisan_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    craftId: text('craft_id').notNull(),
    rank: integer('rank').notNull(),
    score: doublePrecision('score').notNull(),
    distanceKm: doublePrecision('distance_km').notNull(),
    capacity: integer('capacity').notNull(),
    level: integer('level').notNull(),
    features: jsonb('features').$type<Record<string, number>>().notNull(),
    reasons: jsonArray<{ key: string; params: Record<string, string | number> }>('reasons'),
    boost: text('boost'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.artisanId] }),
    index('earn_matches_artisan_idx').on(t.artisanId, t.createdAt),
    index('earn_matches_opp_idx').on(t.opportunityId),
  ],
);

/** Offers: sent → accepted | declined | expired | withdrawn. Nobody is asked twice for one request. */
export const offers = pgTable(
  'earn_offers',
  {
    id: uuid('id').primaryKey(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    artisanId: uuid('artisan_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    runId: uuid('run_id').references(() => matchRuns.id, { onDelete: 'set null' }),
    rank: integer('rank').notNull(),
    quantity: integer('quantity').notNull(),
    viaTeam: text('via_team'),
    status: text('status').notNull(),
    sentAt: ts('sent_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    decidedAt: ts('decided_at'),
    declineReason: text('decline_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('earn_offers_opp_artisan_uq').on(t.opportunityId, t.artisanId),
    index('earn_offers_artisan_idx').on(t.artisanId, t.sentAt),
    index('earn_offers_status_idx').on(t.status, t.expiresAt),
  ],
);

/** Orders: one per accepted offer; amounts in integer paise. */
export const orders = pgTable(
  'earn_orders',
  {
    id: uuid('id').primaryKey(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    artisanId: uuid('artisan_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    buyerId: uuid('buyer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    craftId: text('craft_id').notNull(),
    quantity: integer('quantity').notNull(),
    amountPaise: bigint('amount_paise', { mode: 'number' }).notNull(),
    status: text('status').notNull(),
    dueAt: ts('due_at').notNull(),
    deliveredAt: ts('delivered_at'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('earn_orders_offer_uq').on(t.offerId),
    index('earn_orders_artisan_idx').on(t.artisanId, t.status),
    index('earn_orders_buyer_idx').on(t.buyerId),
  ],
);

export const orderEvents = pgTable(
  'earn_order_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    actor: text('actor').notNull(),
    actorId: uuid('actor_id'),
    note: text('note'),
    at: ts('at').notNull(),
  },
  (t) => [index('earn_order_events_order_idx').on(t.orderId, t.seq)],
);

/** Progress photos that passed the quality gate. */
export const orderPhotos = pgTable(
  'earn_order_photos',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    thumbnailKey: text('thumbnail_key').notNull(),
    sha256: text('sha256').notNull(),
    quality: jsonb('quality').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('earn_order_photos_order_idx').on(t.orderId)],
);

/** Both sides rate each other once per order. */
export const ratings = pgTable(
  'earn_ratings',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    raterId: uuid('rater_id').notNull(),
    rateeId: uuid('ratee_id').notNull(),
    raterRole: text('rater_role').notNull(),
    stars: integer('stars').notNull(),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('earn_ratings_order_rater_uq').on(t.orderId, t.raterId),
    index('earn_ratings_ratee_idx').on(t.rateeId),
  ],
);

export const disputes = pgTable(
  'earn_disputes',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    openedBy: uuid('opened_by').notNull(),
    fromStatus: text('from_status').notNull(),
    reason: text('reason'),
    status: text('status').notNull().default('open'),
    resolution: text('resolution'),
    resolvedBy: uuid('resolved_by'),
    resolvedAt: ts('resolved_at'),
    createdAt: createdAt(),
  },
  (t) => [index('earn_disputes_status_idx').on(t.status, t.createdAt)],
);

/** Payouts to an artisan's UPI ID: initiated → settled | failed. */
export const payouts = pgTable(
  'earn_payouts',
  {
    id: uuid('id').primaryKey(),
    artisanId: uuid('artisan_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    amountPaise: bigint('amount_paise', { mode: 'number' }).notNull(),
    vpa: text('vpa').notNull(),
    provider: text('provider').notNull(),
    providerRef: text('provider_ref'),
    status: text('status').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    finishedAt: ts('finished_at'),
  },
  (t) => [index('earn_payouts_artisan_idx').on(t.artisanId, t.createdAt)],
);

/** Double-entry journal: the entry id is deterministic ('order_paid:<orderId>'), so a retry is harmless. */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    at: ts('at').notNull(),
    ref: jsonb('ref').$type<Record<string, string>>().notNull(),
    artisanId: uuid('artisan_id'),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('ledger_entries_artisan_idx').on(t.artisanId, t.seq)],
);

export const ledgerLines = pgTable(
  'ledger_lines',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    entryId: text('entry_id')
      .notNull()
      .references(() => ledgerEntries.id, { onDelete: 'restrict' }),
    account: text('account').notNull(),
    debit: bigint('debit', { mode: 'number' }).notNull(),
    credit: bigint('credit', { mode: 'number' }).notNull(),
  },
  (t) => [index('ledger_lines_entry_idx').on(t.entryId), index('ledger_lines_account_idx').on(t.account)],
);
