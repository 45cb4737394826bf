import { z } from 'zod';
import { langSchema } from './common';

/** Verifiable skill credentials (issue 7): request and response shapes. */

export const credentialIdParams = z.strictObject({ id: z.uuid() });

export const revokeCredentialBody = z.strictObject({
  reason: z.string().trim().min(3).max(500).meta({ description: 'Why it is revoked (audited)' }),
});

export const certificateQuery = z.strictObject({ lang: langSchema.optional() });

export const verificationCheckSchema = z.object({
  check: z.string(),
  ok: z.boolean(),
  code: z.string(),
  message: z.string(),
  skipped: z.boolean().optional(),
});

export const credentialSummarySchema = z.object({
  id: z.uuid(),
  artisanId: z.uuid(),
  craftId: z.string(),
  level: z.number().int().min(1).max(5),
  lang: langSchema,
  issuedAt: z.string(),
  expiresAt: z.string().nullable(),
  revoked: z.boolean(),
  revokedAt: z.string().nullable().optional(),
  revokedReason: z.string().nullable().optional(),
  verifyUrl: z.string(),
});

export const credentialResponseSchema = z.object({
  id: z.uuid(),
  credential: z
    .record(z.string(), z.unknown())
    .meta({ description: 'The Open Badges 3.0 credential (VC data model 1.1)' }),
  jwt: z.string().meta({ description: 'The same credential as a VC-JWT (EdDSA / Ed25519)' }),
  verifyUrl: z.string(),
  revoked: z.boolean(),
});

export const verifyResponseSchema = z.object({
  verified: z.boolean(),
  result: z.enum(['verified', 'revoked', 'expired', 'tampered', 'invalid']),
  checks: z.array(verificationCheckSchema),
  credential: z.record(z.string(), z.unknown()).nullable(),
});

export const verifyJwtBody = z.strictObject({ jwt: z.string().min(1).max(100_000) });

export const artisanCredentialsResponse = z.object({ credentials: z.array(credentialSummarySchema) });

export const portfolioBody = z.strictObject({
  public: z.boolean(),
  works: z
    .array(z.uuid())
    .max(24)
    .optional()
    .meta({ description: 'Photo ids of her assessed work, in order' }),
});

export const portfolioResponse = z.object({
  public: z.boolean(),
  works: z.array(z.uuid()),
  url: z.string(),
});

export const revokeResponse = z.object({
  id: z.uuid(),
  revoked: z.literal(true),
  revokedAt: z.string(),
  reason: z.string(),
});
