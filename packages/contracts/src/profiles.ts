import { z } from 'zod';
import { BUYER_TYPES, CONSENT_CHANNELS, CONSENT_PURPOSES, WEEKDAYS } from '@shebalance/core/profiles/types';
import { sessionUserSchema } from './auth';
import { langSchema, phoneSchema } from './common';

const text = (max: number) => z.string().trim().min(1).max(max);
const unique = <T>(items: T[]) => new Set(items).size === items.length;
const nonEmpty = (body: object) => Object.keys(body).length > 0;

// ─── Inputs ─────────────────────────────────────────────────────────────────

export const geoPointSchema = z
  .strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
  .meta({ id: 'GeoPoint', description: 'Degrees (WGS 84). Stored rounded to about 1 km; must be in India.' });

export const availabilitySchema = z
  .strictObject({
    days: z.array(z.enum(WEEKDAYS)).max(7).refine(unique, 'days must not repeat'),
    hoursPerDay: z.number().int().min(0).max(16),
  })
  .meta({ id: 'Availability' });

export const artisanCraftSchema = z
  .strictObject({
    craftId: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .meta({ description: 'An id from the craft taxonomy, e.g. "madhubani"' }),
    capacityPerWeek: z
      .number()
      .int()
      .min(0)
      .max(10_000)
      .meta({ description: 'Pieces she can make in a week' }),
  })
  .meta({ id: 'ArtisanCraft' });

const craftList = z
  .array(artisanCraftSchema)
  .min(1)
  .max(12)
  .refine((crafts) => unique(crafts.map((c) => c.craftId)), 'each craft once');

const artisanFields = {
  displayName: text(80),
  preferredLanguage: langSchema,
  languages: z.array(langSchema).max(8).optional(),
  district: text(80).meta({
    description: 'District as she says it; stored under its official name when known',
  }),
  state: text(60).meta({ description: 'State or UT: ISO code ("UP"), name or Hindi name' }),
  location: geoPointSchema.nullable().optional(),
  availability: availabilitySchema,
  crafts: craftList,
  groupId: z.uuid().nullable().optional(),
  bio: z.string().trim().max(1000).nullable().optional(),
  portfolioPublic: z
    .boolean()
    .optional()
    .meta({ description: 'Show her portfolio publicly; needs public_portfolio consent' }),
};

/** PUT /me/artisan: her whole profile. */
export const artisanProfileBody = z.strictObject(artisanFields).meta({ id: 'ArtisanProfileBody' });

/** PATCH /me/artisan: any of the same fields. */
export const artisanProfilePatch = z
  .strictObject(artisanFields)
  .partial()
  .refine(nonEmpty, 'send at least one field')
  .meta({ id: 'ArtisanProfilePatch' });

/** PATCH /reviewer/artisans/:id: as her own patch, plus the group lead flag. */
export const managedArtisanPatch = z
  .strictObject({ ...artisanFields, isGroupLead: z.boolean() })
  .partial()
  .refine(nonEmpty, 'send at least one field')
  .meta({ id: 'ManagedArtisanPatch' });

export const onboardArtisanBody = z
  .strictObject({
    phone: phoneSchema,
    ...artisanFields,
    isGroupLead: z.boolean().optional(),
    consents: z
      .array(
        z.strictObject({
          purpose: z.enum(CONSENT_PURPOSES),
          granted: z.boolean(),
          textVersion: text(40).optional(),
        }),
      )
      .max(CONSENT_PURPOSES.length)
      .refine((list) => unique(list.map((c) => c.purpose)), 'each purpose once'),
  })
  .meta({ id: 'OnboardArtisanBody' });

export const consentBody = z
  .strictObject({
    purpose: z.enum(CONSENT_PURPOSES),
    granted: z.boolean(),
    /** 'reviewer' is recorded only through assisted onboarding. */
    channel: z.enum(['app', 'whatsapp', 'voice']),
    textVersion: text(40).meta({
      description: 'Version of the consent text she was shown or read, e.g. "2026-01"',
    }),
  })
  .meta({ id: 'ConsentBody' });

export const buyerProfileBody = z
  .strictObject({
    organisation: text(120),
    type: z.enum(BUYER_TYPES),
    gstin: z
      .string()
      .trim()
      .max(24)
      .nullable()
      .optional()
      .meta({ description: '15-character GSTIN; checksum verified' }),
    district: text(80).nullable().optional(),
    state: text(60).nullable().optional(),
    location: geoPointSchema.nullable().optional(),
  })
  .refine((b) => !b.district || !!b.state, { message: 'a district needs its state', path: ['state'] })
  .meta({ id: 'BuyerProfileBody' });

export const groupBody = z
  .strictObject({
    name: text(120),
    kind: z.enum(['shg', 'cooperative']),
    district: text(80),
    state: text(60),
  })
  .meta({ id: 'GroupBody' });

const paging = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  lang: langSchema.optional(),
};

export const managedListQuery = z.strictObject({
  createdBy: z.union([z.literal('me'), z.uuid()]).optional(),
  groupId: z.uuid().optional(),
  ...paging,
});

export const groupListQuery = z.strictObject({ state: text(60).optional(), ...paging });
export const langQuery = z.strictObject({ lang: langSchema.optional() });
export const handleParams = z.strictObject({ handle: z.string().regex(/^[a-z0-9-]{1,64}$/) });

// ─── Outputs ────────────────────────────────────────────────────────────────

const isoDate = z.iso.datetime();

export const publicArtisanSchema = z
  .object({
    view: z.literal('public'),
    id: z.uuid(),
    handle: z.string(),
    displayName: z.string(),
    languages: z.array(langSchema),
    district: z.string(),
    state: z.string(),
    stateName: z.string(),
    crafts: z.array(z.object({ craftId: z.string() })),
    bio: z.string().nullable(),
    portfolioPublic: z.boolean(),
  })
  .meta({
    id: 'ArtisanPublic',
    description: 'What anyone may see: no phone, location, availability or consents.',
  });

const privateArtisanFields = {
  phone: z.string(),
  preferredLanguage: langSchema,
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  availability: z.object({ days: z.array(z.enum(WEEKDAYS)), hoursPerDay: z.number() }),
  crafts: z.array(z.object({ craftId: z.string(), capacityPerWeek: z.number() })),
  groupId: z.uuid().nullable(),
  isGroupLead: z.boolean(),
  createdBy: z.uuid().nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
};

export const fullArtisanSchema = publicArtisanSchema
  .extend({ view: z.literal('full'), ...privateArtisanFields })
  .meta({ id: 'ArtisanFull', description: 'Her own view (and admins’).' });

export const consentStatusSchema = z
  .object({
    purpose: z.enum(CONSENT_PURPOSES),
    status: z.enum(['granted', 'withdrawn', 'not_asked']),
    since: isoDate.nullable(),
    channel: z.enum(CONSENT_CHANNELS).nullable(),
    textVersion: z.string().nullable(),
  })
  .meta({ id: 'ConsentStatus' });

export const consentRecordSchema = z
  .object({
    id: z.uuid(),
    purpose: z.enum(CONSENT_PURPOSES),
    granted: z.boolean(),
    channel: z.enum(CONSENT_CHANNELS),
    textVersion: z.string(),
    recordedBy: z.uuid().nullable(),
    recordedAt: isoDate,
  })
  .meta({ id: 'ConsentRecord' });

export const consentOverviewSchema = z
  .object({ current: z.array(consentStatusSchema), history: z.array(consentRecordSchema) })
  .meta({ id: 'ConsentOverview' });

export const managedArtisanSchema = publicArtisanSchema
  .extend({
    view: z.literal('managed'),
    ...privateArtisanFields,
    phone: z.string().meta({ description: 'Masked (+91******3210) for reviewers; in full for admins' }),
    consents: z.array(consentStatusSchema).optional(),
  })
  .meta({ id: 'ArtisanManaged', description: 'What a reviewer who onboarded her (or an admin) sees.' });

export const publicBuyerSchema = z
  .object({
    view: z.literal('public'),
    id: z.uuid(),
    organisation: z.string(),
    type: z.enum(BUYER_TYPES),
    district: z.string().nullable(),
    state: z.string().nullable(),
    stateName: z.string().nullable(),
  })
  .meta({ id: 'BuyerPublic' });

export const fullBuyerSchema = publicBuyerSchema
  .extend({
    view: z.literal('full'),
    phone: z.string(),
    gstin: z.string().nullable(),
    location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .meta({ id: 'BuyerFull' });

export const groupSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(['shg', 'cooperative']),
    district: z.string(),
    state: z.string(),
    stateName: z.string(),
    createdBy: z.uuid().nullable(),
    createdAt: isoDate.nullable(),
  })
  .meta({ id: 'Group' });

export const groupDetailSchema = groupSchema
  .extend({
    members: z.array(
      z.object({
        id: z.uuid(),
        handle: z.string(),
        displayName: z.string(),
        isGroupLead: z.boolean(),
        crafts: z.array(z.object({ craftId: z.string() })),
      }),
    ),
  })
  .meta({ id: 'GroupDetail' });

export const onboardArtisanReply = z.object({
  artisan: managedArtisanSchema,
  consents: z.array(consentRecordSchema),
  welcomeSent: z.boolean(),
});

export const meSchema = sessionUserSchema
  .extend({
    mfaRequired: z.boolean(),
    artisan: fullArtisanSchema.optional(),
    buyer: fullBuyerSchema.optional(),
  })
  .meta({ id: 'Me' });
