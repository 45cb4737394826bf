import type { ApiClient } from './client';
import type { Lang } from '../i18n/langs';
import type { Session, SessionUser } from './types';

export interface OtpSent {
  status: 'sent';
  expiresIn: number;
  resendAfter: number;
}

export type VerifyResult = Session | { mfaRequired: true; mfaToken: string; user: SessionUser };

export function authApi(client: ApiClient) {
  return {
    requestCode: (phone: string) =>
      client.request<OtpSent>('POST', '/api/v1/auth/otp', { json: { phone }, anonymous: true }),
    verify: (input: { phone: string; code: string; role?: 'artisan' | 'buyer'; lang?: Lang }) =>
      client.request<VerifyResult>('POST', '/api/v1/auth/otp/verify', { json: input, anonymous: true }),
  };
}

/** Development only: the link to the outbox where the development transport "sent" her code. */
export function devOutboxUrl(phone: string): string {
  return `/api/v1/dev/outbox?to=${encodeURIComponent(phone)}&limit=1`;
}
