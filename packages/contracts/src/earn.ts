import { DECLINE_REASONS, ORDER_STATUSES } from '@shebalance/core/earn/index';
import { z } from 'zod';
import { langSchema } from './common';

/**
 * Earn (issue 4). Money is always integer paise (₹1 = 100 paise) in Indian rupees: `currency` may be
 * given but must be "INR"; anything else is a 400.
 */
const paise = z.number().int().positive().max(100_000_000_000);
const craftId = z.string().trim().min(1).max(64);
const point = z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

const opportunityFields = {
  title: z.string().trim().min(1).max(140).nullish(),
  description: z.string().trim().min(1).max(4000),
  craftIds: z.array(craftId).min(1).max(5),
  quantity: z.number().int().min(1).max(1_000_000),
  unitPricePaise: paise.nullish(),
  budgetPaise: paise.nullish(),
  currency: z.literal('INR').default('INR'),
  deadline: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  location: point.nullish(),
  district: z.string().trim().min(1).max(100).nullish(),
  state: z.string().trim().min(1).max(100).nullish(),
  maxDistanceKm: z.number().positive().max(5000).nullish(),
  remoteOk: z.boolean().default(false),
  minLevel: z.number().int().min(1).max(5).default(1),
  languages: z.array(langSchema).max(5).default([]),
  referenceMediaIds: z.array(z.uuid()).max(10).default([]),
};

export const createOpportunityBody = z.strictObject(opportunityFields);
export const updateOpportunityBody = z.strictObject({
  title: opportunityFields.title,
  description: opportunityFields.description.optional(),
  craftIds: opportunityFields.craftIds.optional(),
  quantity: opportunityFields.quantity.optional(),
  unitPricePaise: opportunityFields.unitPricePaise,
  budgetPaise: opportunityFields.budgetPaise,
  currency: z.literal('INR').optional(),
  deadline: opportunityFields.deadline.optional(),
  location: opportunityFields.location,
  district: opportunityFields.district,
  state: opportunityFields.state,
  maxDistanceKm: opportunityFields.maxDistanceKm,
  remoteOk: z.boolean().optional(),
  minLevel: z.number().int().min(1).max(5).optional(),
  languages: z.array(langSchema).max(5).optional(),
  referenceMediaIds: z.array(z.uuid()).max(10).optional(),
});

export const opportunityResponse = z.object({
  id: z.uuid(),
  view: z.enum(['owner', 'artisan']),
  buyerId: z.uuid().optional(),
  title: z.string(),
  description: z.string(),
  craftIds: z.array(z.string()),
  quantity: z.number().int(),
  unitPricePaise: z.number().int().nullable(),
  budgetPaise: z.number().int().nullable(),
  currency: z.literal('INR'),
  deadline: z.string(),
  district: z.string().nullable(),
  state: z.string().nullable(),
  location: point.nullable().optional(),
  maxDistanceKm: z.number().nullable(),
  remoteOk: z.boolean(),
  minLevel: z.number().int(),
  languages: z.array(z.string()),
  referenceMediaIds: z.array(z.string()).optional(),
  status: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const matchesQuery = z.strictObject({ lang: langSchema.optional() });

export const matchResponse = z.object({
  runId: z.uuid(),
  rankerId: z.string(),
  qualified: z.number().int(),
  matches: z.array(
    z.object({
      artisanId: z.uuid(),
      score: z.number(),
      rank: z.number().int(),
      reasons: z.array(z.string()),
      reasonKeys: z.array(
        z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
      ),
      distanceKm: z.number(),
      capacity: z.number().int(),
      level: z.number().int(),
      craftId: z.string(),
      boost: z.string().nullable(),
      displayName: z.string().optional().meta({ description: "The artisan's profile name" }),
      district: z.string().optional(),
    }),
  ),
  team: z
    .object({
      craftId: z.string(),
      groupId: z.string().nullable(),
      leadArtisanId: z.string().nullable(),
      members: z.array(
        z.object({
          artisanId: z.uuid(),
          quantity: z.number().int(),
          isLead: z.boolean(),
          fromGroup: z.boolean(),
          distanceKm: z.number(),
          reason: z.string(),
          displayName: z.string().optional(),
          district: z.string().optional(),
        }),
      ),
      explanation: z.array(z.string()),
    })
    .optional(),
});

export const sendOffersBody = z
  .strictObject({ artisanIds: z.array(z.uuid()).min(1).max(50).optional(), team: z.boolean().optional() })
  .refine((b) => (b.team === true) !== (b.artisanIds !== undefined), {
    message: 'give either artisanIds or team: true',
  });

export const offerResponse = z.object({
  id: z.uuid(),
  opportunityId: z.uuid(),
  artisanId: z.uuid(),
  rank: z.number().int(),
  quantity: z.number().int(),
  status: z.string(),
  team: z.boolean(),
  sentAt: z.string(),
  expiresAt: z.string(),
  decidedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  amountPaise: z.number().int().optional(),
  opportunity: opportunityResponse.optional(),
  reasons: z
    .array(z.string())
    .optional()
    .meta({ description: 'Why she was matched, from the run that produced the offer, in her language' }),
});

export const declineBody = z.strictObject({ reason: z.enum(DECLINE_REASONS) });

export const orderResponse = z.object({
  id: z.uuid(),
  opportunityId: z.uuid(),
  offerId: z.uuid(),
  artisanId: z.uuid(),
  buyerId: z.uuid(),
  craftId: z.string(),
  quantity: z.number().int(),
  amountPaise: z.number().int(),
  status: z.enum(ORDER_STATUSES),
  dueAt: z.string(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  you: z.string().optional(),
  allowedTransitions: z.array(z.string()).optional(),
  events: z
    .array(
      z.object({
        from: z.string(),
        to: z.string(),
        actor: z.string(),
        at: z.string(),
        note: z.string().nullable(),
      }),
    )
    .optional(),
  ratings: z
    .array(
      z.object({
        raterRole: z.string(),
        stars: z.number().int(),
        comment: z.string().nullable(),
        createdAt: z.string(),
      }),
    )
    .optional(),
  photos: z.array(z.object({ id: z.uuid(), url: z.string(), quality: z.number().nullable() })).optional(),
});

export const acceptResponse = z.object({ offer: offerResponse, order: orderResponse, created: z.boolean() });

export const transitionBody = z.strictObject({
  to: z.string().min(1).max(32),
  note: z.string().trim().max(1000).nullish(),
});

export const ratingBody = z.strictObject({
  stars: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).nullish(),
});

export const ratingResponse = z.object({
  id: z.uuid(),
  orderId: z.uuid(),
  raterRole: z.string(),
  stars: z.number().int(),
  comment: z.string().nullable(),
});

export const passbookQuery = z.strictObject({
  format: z.enum(['json', 'csv', 'pdf']).default('json'),
  lang: langSchema.optional(),
});

export const passbookResponse = z.object({
  artisanId: z.uuid(),
  currency: z.literal('INR'),
  earnedPaise: z.number().int(),
  pendingPaise: z.number().int(),
  availablePaise: z.number().int(),
  inTransitPaise: z.number().int(),
  paidOutPaise: z.number().int(),
  orders: z.array(
    z.object({
      orderId: z.string(),
      at: z.string(),
      grossPaise: z.number().int(),
      feePaise: z.number().int(),
      netPaise: z.number().int(),
      craftId: z.string().nullable(),
      quantity: z.number().int().nullable(),
    }),
  ),
  payouts: z.array(
    z.object({
      payoutId: z.string(),
      startedAt: z.string(),
      amountPaise: z.number().int(),
      status: z.string(),
      finishedAt: z.string().nullable(),
    }),
  ),
});

export const payoutBody = z.strictObject({
  artisanId: z.uuid(),
  vpa: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9.\-_]{2,256}@[a-zA-Z]{2,64}$/, 'must be a UPI ID like name@bank'),
  amountPaise: paise.optional(),
});

export const payoutResponse = z.object({
  id: z.uuid(),
  artisanId: z.uuid(),
  amountPaise: z.number().int(),
  vpa: z.string(),
  provider: z.string(),
  providerRef: z.string().nullable(),
  status: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const resolveDisputeBody = z.strictObject({
  to: z.enum(['confirmed', 'cancelled']),
  note: z.string().trim().max(1000).nullish(),
});

export const disputeResponse = z.object({
  id: z.uuid(),
  orderId: z.uuid(),
  openedBy: z.uuid(),
  fromStatus: z.string(),
  reason: z.string().nullable(),
  status: z.string(),
  resolution: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});

export const fairnessResponse = z.object({
  windowDays: z.number().int(),
  gini: z.number(),
  qualifiedArtisans: z.number().int(),
  offers: z.number().int(),
  artisansWithOffers: z.number().int(),
});

export const trialBalanceResponse = z.object({
  debits: z.number().int(),
  credits: z.number().int(),
  difference: z.number().int(),
});
