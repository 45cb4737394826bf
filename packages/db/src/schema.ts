import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
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
import { ts, createdAt } from './columns';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    phone: text('phone').notNull(),
    role: text('role').notNull(),
    status: text('status').notNull().default('active'),
    displayName: text('display_name'),
    preferredLanguage: text('preferred_language').notNull().default('en'),
    mfaEnabled: boolean('mfa_enabled').notNull().default(false),
    tokensValidAfter: ts('tokens_valid_after'),
    cognitoSub: text('cognito_sub'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_phone_uq').on(t.phone),
    uniqueIndex('users_cognito_sub_uq').on(t.cognitoSub),
    index('users_role_idx').on(t.role),
  ],
);

export const otpRequests = pgTable(
  'otp_requests',
  {
    id: uuid('id').primaryKey(),
    phone: text('phone').notNull(),
    codeHash: text('code_hash').notNull(),
    ip: text('ip').notNull(),
    expiresAt: ts('expires_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lockedAt: ts('locked_at'),
    consumedAt: ts('consumed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('otp_phone_created_idx').on(t.phone, t.createdAt),
    index('otp_ip_created_idx').on(t.ip, t.createdAt),
  ],
);

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    familyId: uuid('family_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    mfa: boolean('mfa').notNull().default(false),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
    revokedAt: ts('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('refresh_token_hash_uq').on(t.tokenHash),
    index('refresh_family_idx').on(t.familyId),
    index('refresh_user_idx').on(t.userId),
  ],
);

export const mfaFactors = pgTable('mfa_factors', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secretSealed: text('secret_sealed').notNull(),
  enabledAt: ts('enabled_at'),
  createdAt: createdAt(),
});

export const recoveryCodes = pgTable(
  'mfa_recovery_codes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: ts('used_at'),
  },
  (t) => [uniqueIndex('recovery_user_code_uq').on(t.userId, t.codeHash)],
);

export const groups = pgTable('groups', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  district: text('district').notNull(),
  state: text('state').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

export const artisans = pgTable(
  'artisans',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    handle: text('handle').notNull(),
    displayName: text('display_name').notNull(),
    preferredLanguage: text('preferred_language').notNull(),
    languages: jsonb('languages')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    district: text('district').notNull(),
    state: text('state').notNull(),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    availabilityDays: jsonb('availability_days')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    hoursPerDay: integer('hours_per_day').notNull().default(0),
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'set null' }),
    isGroupLead: boolean('is_group_lead').notNull().default(false),
    bio: text('bio'),
    portfolioPublic: boolean('portfolio_public').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('artisans_handle_uq').on(t.handle),
    index('artisans_state_idx').on(t.state),
    index('artisans_group_idx').on(t.groupId),
  ],
);

export const artisanCrafts = pgTable(
  'artisan_crafts',
  {
    artisanId: uuid('artisan_id')
      .notNull()
      .references(() => artisans.userId, { onDelete: 'cascade' }),
    craftId: text('craft_id').notNull(),
    capacityPerWeek: integer('capacity_per_week').notNull(),
  },
  (t) => [primaryKey({ columns: [t.artisanId, t.craftId] }), index('artisan_crafts_craft_idx').on(t.craftId)],
);

export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    granted: boolean('granted').notNull(),
    channel: text('channel').notNull(),
    textVersion: text('text_version').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    /** Recording order: the history is append-only and two records may share a timestamp. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('consents_user_idx').on(t.userId, t.createdAt)],
);

export const buyers = pgTable('buyers', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  organisation: text('organisation').notNull(),
  type: text('type').notNull(),
  gstin: text('gstin'),
  district: text('district'),
  state: text('state'),
  lat: doublePrecision('lat'),
  lng: doublePrecision('lng'),
  createdAt: createdAt(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const mediaObjects = pgTable(
  'media_objects',
  {
    id: uuid('id').primaryKey(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    key: text('key').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    purpose: text('purpose').notNull(),
    visibility: text('visibility').notNull().default('private'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('media_key_uq').on(t.key), index('media_owner_idx').on(t.ownerId)],
);

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    runAt: ts('run_at').notNull().defaultNow(),
    lockedUntil: ts('locked_until'),
    lockedBy: text('locked_by'),
    lastError: text('last_error'),
    idempotencyKey: text('idempotency_key'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
  },
  (t) => [
    uniqueIndex('jobs_idempotency_uq').on(t.idempotencyKey),
    index('jobs_ready_idx').on(t.status, t.runAt),
    index('jobs_name_status_idx').on(t.name, t.status),
  ],
);

export const devOutbox = pgTable(
  'dev_outbox',
  {
    id: uuid('id').primaryKey(),
    to: text('to_phone').notNull(),
    channel: text('channel').notNull(),
    purpose: text('purpose').notNull(),
    text: text('text'),
    payload: jsonb('payload'),
    createdAt: createdAt(),
  },
  (t) => [index('dev_outbox_to_idx').on(t.to, t.createdAt)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: createdAt(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    data: jsonb('data'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_subject_idx').on(t.subjectType, t.subjectId)],
);

/** Buyer requests ("opportunities"): what a buyer wants made. Matching, offers and orders build on this. */
export const opportunities = pgTable(
  'opportunities',
  {
    id: uuid('id').primaryKey(),
    buyerId: uuid('buyer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull(),
    craftIds: jsonb('craft_ids').$type<string[]>().notNull(),
    quantity: integer('quantity').notNull(),
    unitPricePaise: integer('unit_price_paise'),
    budgetPaise: integer('budget_paise'),
    currency: text('currency').notNull().default('INR'),
    deadline: ts('deadline').notNull(),
    district: text('district'),
    state: text('state'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    maxDistanceKm: integer('max_distance_km'),
    remoteOk: boolean('remote_ok').notNull().default(false),
    minLevel: integer('min_level').notNull().default(1),
    languages: jsonb('languages')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    status: text('status').notNull().default('open'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('opportunities_buyer_idx').on(t.buyerId),
    index('opportunities_status_idx').on(t.status, t.deadline),
  ],
);
