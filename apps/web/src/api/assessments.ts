import type { ApiClient } from './client';

/** The assessment API (Snap → Score). Shapes follow packages/core/src/assessments/types.ts. */
export type AssessmentStatus =
  'queued' | 'processing' | 'needs_retake' | 'needs_review' | 'scored' | 'rejected' | 'failed';

export const FINAL_STATUSES: readonly AssessmentStatus[] = [
  'needs_retake',
  'needs_review',
  'scored',
  'rejected',
  'failed',
];

/** GET /api/v1/assessments/:id (packages/contracts/src/assessments.ts), the fields the app shows. */
export interface Assessment {
  id: string;
  status: AssessmentStatus;
  progress?: string | null;
  craft?: { id: string | null; label: string | null } | null;
  scores?: { technique: number; complexity: number; quality: number; overall: number } | null;
  level?: number | null;
  levelInfo?: { name: string; description: string } | null;
  marketValue?: { min: number; max: number; currency?: string; explanation?: string } | null;
  /** Advice in her language, one line each. */
  feedback?: string[] | string | null;
  retakeTips?: string[];
  message?: string | null;
}

export const ASSESSMENTS_PATH = '/api/v1/assessments';

export function assessmentsApi(client: ApiClient) {
  return {
    get: (id: string, signal?: AbortSignal) =>
      client.get<Assessment>(`${ASSESSMENTS_PATH}/${encodeURIComponent(id)}`, signal ? { signal } : {}),
  };
}

export function isFinal(a: Pick<Assessment, 'status'>): boolean {
  return FINAL_STATUSES.includes(a.status);
}

/** Feedback as lines to show and read aloud. */
export function feedbackLines(a: Pick<Assessment, 'feedback' | 'retakeTips' | 'message'>): string[] {
  const feedback = typeof a.feedback === 'string' ? [a.feedback] : (a.feedback ?? []);
  return [a.message ?? '', ...feedback, ...(a.retakeTips ?? [])].filter(
    (l) => typeof l === 'string' && l.length > 0,
  );
}
