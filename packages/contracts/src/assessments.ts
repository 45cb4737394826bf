import { ASSESSMENT_STATUSES, PIPELINE_STEPS } from '@shebalance/core/assessments/index';
import { z } from 'zod';

/** Snap → Score contract (issue 3). Field names are stable: outside checks depend on them. */
export const assessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);

export const assessmentCreatedSchema = z.object({ id: z.uuid(), status: assessmentStatusSchema });

const score = z.number().int().min(0).max(100);

export const craftGuessSchema = z.object({
  id: z.string(),
  label: z.string(),
  confidence: z.number().min(0).max(1),
});

export const assessmentViewSchema = z.object({
  id: z.uuid(),
  status: assessmentStatusSchema,
  progress: z.enum(PIPELINE_STEPS).nullable(),
  craft: z.object({
    id: z.string().nullable(),
    label: z.string().nullable(),
    confidence: z.number().min(0).max(1).nullable(),
    /** The craft id she declared (null when she did not say). */
    declared: z.string().nullable(),
    declaredLabel: z.string().nullable(),
  }),
  alternatives: z.array(craftGuessSchema),
  scores: z.object({ technique: score, complexity: score, quality: score, overall: score }).nullable(),
  confidence: z.number().nullable(),
  level: z.number().int().min(1).max(5).nullable(),
  levelInfo: z
    .object({
      name: z.string(),
      description: z.string(),
      nsqf: z.object({ min: z.number(), max: z.number() }),
    })
    .nullable(),
  marketValue: z
    .object({
      min: z.number(),
      max: z.number(),
      currency: z.literal('INR'),
      explanation: z.array(z.string()),
    })
    .nullable(),
  feedback: z.array(z.string()),
  retakeTips: z.array(z.string()),
  message: z.string().nullable(),
  evidence: z.record(z.string(), z.unknown()),
  explanation: z.record(z.string(), z.unknown()).nullable(),
  flags: z.array(z.string()),
  reviewReasons: z.array(z.string()),
  modelVersion: z.string().nullable(),
  visionModel: z.string().nullable(),
  photos: z.array(
    z.object({
      index: z.number().int(),
      thumbnailUrl: z.string(),
      width: z.number().int(),
      height: z.number().int(),
      quality: z.object({ ok: z.boolean(), score: z.number(), problems: z.array(z.string()) }).nullable(),
    }),
  ),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
});
export type AssessmentView = z.infer<typeof assessmentViewSchema>;

export const assessmentListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      status: assessmentStatusSchema,
      craft: z.object({ id: z.string().nullable(), label: z.string().nullable() }),
      overall: score.nullable(),
      level: z.number().int().nullable(),
      reviewReasons: z.array(z.string()),
      createdAt: z.string(),
    }),
  ),
});

export const reviewerQueueQuery = z.strictObject({
  status: assessmentStatusSchema.default('needs_review'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const decisionBodySchema = z.strictObject({
  action: z.enum(['confirm', 'override']),
  craft: z.string().min(1).max(60).optional(),
  scores: z
    .strictObject({ technique: score.optional(), complexity: score.optional(), quality: score.optional() })
    .optional(),
  reason: z.string().trim().min(3).max(500),
});

export const appealBodySchema = z.strictObject({ reason: z.string().trim().min(3).max(500) });

export const classifyResultSchema = z.object({
  craft: craftGuessSchema,
  alternatives: z.array(craftGuessSchema),
  modelId: z.string(),
});

export const galleryAddedSchema = z.object({
  craft: z.string(),
  added: z.number().int(),
  total: z.number().int(),
});

export const craftListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      names: z.record(z.string(), z.string()),
      category: z.string(),
      unit: z.string(),
      priceInrPerPiece: z.object({ min: z.number(), max: z.number() }),
    }),
  ),
});
