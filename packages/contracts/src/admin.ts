import { z } from 'zod';
import { langSchema, phoneSchema, roleSchema } from './common';

export const userStatusSchema = z.enum(['active', 'disabled']);

/** An account as admins see it: the phone number in full. */
export const adminUserSchema = z
  .object({
    id: z.uuid(),
    phone: z.string(),
    role: roleSchema,
    status: userStatusSchema,
    displayName: z.string().nullable(),
    preferredLanguage: langSchema,
    mfaEnabled: z.boolean(),
    cognitoLinked: z.boolean(),
    isDemo: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'AdminUser' });

export const adminUserListQuery = z.strictObject({
  role: roleSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  lang: langSchema.optional(),
});

export const adminUserList = z.object({
  items: z.array(adminUserSchema),
  limit: z.number(),
  offset: z.number(),
});

export const adminCreateUserBody = z.strictObject({
  phone: phoneSchema,
  role: roleSchema,
  displayName: z.string().trim().min(1).max(80).optional(),
  preferredLanguage: langSchema.optional(),
});

export const adminUpdateUserBody = z
  .strictObject({ role: roleSchema.optional(), status: userStatusSchema.optional() })
  .refine((b) => b.role !== undefined || b.status !== undefined, {
    message: 'give role and/or status',
    path: ['role'],
  });
