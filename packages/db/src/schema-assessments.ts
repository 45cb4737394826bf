import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { MarketValueRecord, Scores } from '@shebalance/core/assessments/index';
import { users } from './schema';
import { ts, createdAt, jsonArray } from './columns';

/**
 * One photo skill assessment (Snap → Score). Status: queued → processing → scored | needs_retake |
 * needs_review | rejected | failed. Pipeline results are written in one final transaction; `steps`
 * lists the steps already done so a re-run skips them.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey(),
    artisanId: uuid('artisan_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    channel: text('channel').notNull().default('api'),
    progress: text('progress'),
    steps: jsonArray<string>('steps'),
    declaredCraft: text('declared_craft'),
    craftId: text('craft_id'),
    craftConfidence: doublePrecision('craft_confidence'),
    craftAlternatives: jsonArray<{ craftId: string; confidence: number }>('craft_alternatives'),
    scores: jsonb('scores').$type<Scores>(),
    confidence: doublePrecision('confidence'),
    level: integer('level'),
    marketValue: jsonb('market_value').$type<MarketValueRecord>(),
    /** Feedback message keys; the text is generated on read in the reader's language. */
    feedbackKeys: jsonArray<string>('feedback_keys'),
    retakeProblems: jsonArray<string>('retake_problems'),
    evidence: jsonb('evidence').$type<Record<string, unknown>>(),
    flags: jsonArray<string>('flags'),
    reviewReasons: jsonArray<string>('review_reasons'),
    modelVersion: text('model_version'),
    visionModel: text('vision_model'),
    attempts: integer('attempts').notNull().default(0),
    error: text('error'),
    reviewerId: uuid('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: ts('reviewed_at'),
    reviewReason: text('review_reason'),
    appealReason: text('appeal_reason'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    completedAt: ts('completed_at'),
  },
  (t) => [
    index('assessments_artisan_idx').on(t.artisanId, t.createdAt),
    index('assessments_status_idx').on(t.status, t.createdAt),
  ],
);

export const assessmentPhotos = pgTable(
  'assessment_photos',
  {
    id: uuid('id').primaryKey(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    /** Denormalised owner: duplicate checks compare against other artisans' photos. */
    artisanId: uuid('artisan_id').notNull(),
    idx: integer('idx').notNull(),
    originalKey: text('original_key').notNull(),
    thumbnailKey: text('thumbnail_key').notNull(),
    sha256: text('sha256').notNull(),
    phash: text('phash'),
    dhash: text('dhash'),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    quality: jsonb('quality').$type<Record<string, unknown>>(),
    evidence: jsonb('evidence').$type<Record<string, number>>(),
    /** Float32 embedding, base64 (1792 values for the local model). */
    embedding: text('embedding'),
    safety: jsonb('safety').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('assessment_photos_idx_uq').on(t.assessmentId, t.idx),
    index('assessment_photos_sha_idx').on(t.sha256),
    index('assessment_photos_artisan_idx').on(t.artisanId),
  ],
);

export const galleryReferences = pgTable(
  'gallery_references',
  {
    id: uuid('id').primaryKey(),
    craftId: text('craft_id').notNull(),
    embedding: text('embedding').notNull(),
    modelId: text('model_id').notNull(),
    source: text('source').notNull(),
    photoKey: text('photo_key'),
    assessmentId: uuid('assessment_id').references(() => assessments.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('gallery_refs_model_idx').on(t.modelId, t.craftId)],
);

export const modelVersions = pgTable(
  'model_versions',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    version: text('version').notNull(),
    metrics: jsonb('metrics').$type<Record<string, unknown>>(),
    objectKey: text('object_key').notNull(),
    promotedAt: ts('promoted_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('model_versions_kind_version_uq').on(t.kind, t.version)],
);

/** Reviewer decisions: the grades are the scorer's training data. */
export const assessmentReviews = pgTable(
  'assessment_reviews',
  {
    id: uuid('id').primaryKey(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    reviewerId: uuid('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    craftId: text('craft_id'),
    grades: jsonb('grades').$type<{ technique: number; complexity: number; quality: number }>().notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('assessment_reviews_assessment_idx').on(t.assessmentId, t.createdAt)],
);
