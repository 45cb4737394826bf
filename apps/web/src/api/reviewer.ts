import type { ApiClient } from './client';
import type { Lang } from '../i18n/langs';
import type { Session, Weekday } from './types';

/** Staff sign-in second step (TOTP) and the reviewer's tools: queue, decisions, onboarding, gallery. */
export interface MfaEnrollment {
  secret: string;
  otpauthUrl: string;
  qrDataUrl: string;
}

export interface QueueItem {
  id: string;
  status: string;
  craft: { id: string | null; label: string | null };
  overall: number | null;
  level: number | null;
  reviewReasons: string[];
  createdAt: string;
}

export interface Scores {
  technique: number;
  complexity: number;
  quality: number;
  overall: number;
}

export interface AssessmentDetail {
  id: string;
  status: string;
  craft: { id: string | null; label: string | null; confidence: number | null; declaredLabel: string | null };
  alternatives: { id: string; label: string; confidence: number }[];
  scores: Scores | null;
  level: number | null;
  evidence: Record<string, unknown>;
  flags: string[];
  reviewReasons: string[];
  photos: { index: number; thumbnailUrl: string; width: number; height: number }[];
  createdAt: string;
}

export interface Decision {
  action: 'confirm' | 'override';
  reason: string;
  craft?: string;
  scores?: { technique?: number; complexity?: number; quality?: number };
}

export const CONSENT_PURPOSES = [
  'platform_terms',
  'skill_assessment',
  'public_portfolio',
  'buyer_contact',
  'voice_processing',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export interface OnboardInput {
  phone: string;
  displayName: string;
  preferredLanguage: Lang;
  district: string;
  state: string;
  availability: { days: Weekday[]; hoursPerDay: number };
  crafts: { craftId: string; capacityPerWeek: number }[];
  consents: { purpose: ConsentPurpose; granted: boolean; textVersion?: string }[];
}

export interface ManagedArtisan {
  id: string;
  displayName: string;
  phone: string;
  district: string;
  stateName: string;
  crafts: { craftId: string; capacityPerWeek: number }[];
  createdAt: string;
}

export function staffAuthApi(client: ApiClient) {
  return {
    verify: (mfaToken: string, proof: { code: string } | { recoveryCode: string }) =>
      client.request<Session>('POST', '/api/v1/auth/mfa/verify', {
        json: { mfaToken, ...proof },
        anonymous: true,
      }),
    enroll: () => client.request<MfaEnrollment>('POST', '/api/v1/auth/mfa/enroll'),
    activate: (code: string) =>
      client.request<Session & { recoveryCodes: string[] }>('POST', '/api/v1/auth/mfa/activate', {
        json: { code },
      }),
    stepUp: (code: string) => client.request<Session>('POST', '/api/v1/auth/mfa/step-up', { json: { code } }),
  };
}

export function reviewerApi(client: ApiClient) {
  return {
    queue: (status = 'needs_review') =>
      client.get<{ items: QueueItem[] }>(`/api/v1/reviewer/assessments?status=${status}&limit=50`),
    assessment: (id: string) => client.get<AssessmentDetail>(`/api/v1/assessments/${encodeURIComponent(id)}`),
    decide: (id: string, body: Decision) =>
      client.request<{ id: string; status: string }>(
        'POST',
        `/api/v1/reviewer/assessments/${encodeURIComponent(id)}/decision`,
        { json: body },
      ),
    onboard: (body: OnboardInput) =>
      client.request<{ artisan: ManagedArtisan; welcomeSent: boolean }>('POST', '/api/v1/reviewer/artisans', {
        json: body,
      }),
    managed: () => client.get<{ items: ManagedArtisan[] }>('/api/v1/reviewer/artisans?createdBy=me&limit=50'),
    addToGallery: (craft: string, photos: File[]) => {
      const form = new FormData();
      form.append('craft', craft);
      for (const p of photos) form.append('photos', p, p.name);
      return client.request<{ craft: string; added: number; total: number }>(
        'POST',
        '/api/v1/vision/gallery',
        {
          form,
        },
      );
    },
  };
}
