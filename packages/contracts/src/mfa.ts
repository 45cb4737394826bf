import { z } from 'zod';
import { sessionSchema } from './auth';

const totpCode = z.string().regex(/^\d{6}$/, 'must be the 6-digit code from the authenticator app');
const recoveryCode = z
  .string()
  .trim()
  .regex(/^[\d\s-]{12,20}$/, 'must be one of your recovery codes, like 1234-5678-9012');
const mfaToken = z.string().min(20).max(4000);

const oneFactor = (b: { code?: string; recoveryCode?: string }) =>
  (b.code === undefined) !== (b.recoveryCode === undefined);
const oneFactorMessage = { message: 'give either code or recoveryCode (exactly one)', path: ['code'] };

export const mfaEnrollReply = z.object({
  secret: z
    .string()
    .meta({ description: 'Base32 TOTP secret, for typing into an authenticator app by hand' }),
  otpauthUrl: z.string().meta({ description: 'otpauth:// URI for authenticator apps' }),
  qrDataUrl: z.string().meta({ description: 'The otpauth URI as a PNG QR code (data: URL)' }),
});

export const mfaActivateBody = z.strictObject({ code: totpCode });
export const mfaActivateReply = sessionSchema.extend({
  recoveryCodes: z
    .array(z.string())
    .meta({ description: 'One-time recovery codes, shown only now: keep them safe' }),
});

/** A TOTP code or a one-time recovery code (exactly one). */
export const mfaProofBody = z
  .strictObject({ code: totpCode.optional(), recoveryCode: recoveryCode.optional() })
  .refine(oneFactor, oneFactorMessage);

/** The second sign-in step: the challenge from /auth/otp/verify plus a TOTP or recovery code. */
export const mfaVerifyBody = z
  .strictObject({ mfaToken, code: totpCode.optional(), recoveryCode: recoveryCode.optional() })
  .refine(oneFactor, oneFactorMessage);

export const recoveryCodesReply = z.object({ recoveryCodes: z.array(z.string()) });
