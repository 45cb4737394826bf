import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import { SUPPORTED_LANGS } from '@shebalance/core/i18n/lang';
import { ROLES } from '@shebalance/core/identity/roles';

/** A mobile number in any common notation, normalised to E.164 (+919876543210). Indian numbers by default. */
export const phoneSchema = z
  .string()
  .trim()
  .min(6, 'phone number is too short')
  .max(24, 'phone number is too long')
  .transform((value, ctx) => {
    const parsed = parsePhoneNumberFromString(value, 'IN');
    if (!parsed || !parsed.isValid()) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be a valid mobile number in E.164 form, e.g. +919876543210',
      });
      return z.NEVER;
    }
    return parsed.number as string;
  })
  .meta({ description: 'Mobile number, E.164 (e.g. +919876543210)', example: '+919876543210' });

export const langSchema = z.enum(SUPPORTED_LANGS);
export const roleSchema = z.enum(ROLES);
export const uuidSchema = z.uuid();
export const idParams = z.strictObject({ id: z.uuid() });

/** RFC 9457 problem details, as every error is answered. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

export const problemResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  429: problemSchema,
} as const;
