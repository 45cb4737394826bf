import { z } from 'zod';
import { langSchema, phoneSchema, roleSchema } from './common';

export const otpRequestBody = z.strictObject({ phone: phoneSchema });
export const otpRequestReply = z.object({
  status: z.literal('sent'),
  expiresIn: z.number(),
  resendAfter: z.number(),
});

export const otpVerifyBody = z.strictObject({
  phone: phoneSchema,
  code: z.string().regex(/^\d{6}$/, 'must be the 6-digit code'),
  /** For a new phone number: sign up as an artisan (default) or a buyer. */
  role: z.enum(['artisan', 'buyer']).optional(),
  lang: langSchema.optional(),
});

export const sessionUserSchema = z
  .object({
    id: z.uuid(),
    role: roleSchema,
    phone: z.string(),
    displayName: z.string().nullable(),
    preferredLanguage: langSchema,
    mfaEnabled: z.boolean(),
    isDemo: z.boolean(),
  })
  .meta({ id: 'SessionUser' });

export const sessionSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number(),
  tokenType: z.literal('Bearer'),
  user: sessionUserSchema,
});

export const mfaChallengeSchema = z.object({
  mfaRequired: z.literal(true),
  mfaToken: z.string(),
  user: sessionUserSchema,
});

export const refreshBody = z.strictObject({ refreshToken: z.string().min(20).max(200) });
