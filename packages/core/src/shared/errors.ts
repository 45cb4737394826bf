import type { MessageKey } from '../i18n/messages';

/** What went wrong, independent of transport. The HTTP edge maps each kind to a status code in one place. */
export type ErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unavailable';

export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * A typed application error. `messageKey` names a message in the catalogs so that the person who
 * sees it reads it in her language; `params` fill its placeholders.
 */
export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly extra: { retryAfterSeconds?: number; errors?: FieldProblem[]; code?: string } = {},
  ) {
    super(messageKey);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', 'error.not_found', { what });
export const forbidden = (key: MessageKey = 'error.forbidden') => new AppError('forbidden', key);
export const unauthorized = (key: MessageKey = 'error.unauthorized') => new AppError('unauthorized', key);
export const conflict = (key: MessageKey, params: Record<string, string | number> = {}) =>
  new AppError('conflict', key, params);
export const invalid = (
  key: MessageKey,
  params: Record<string, string | number> = {},
  errors?: FieldProblem[],
) => new AppError('validation', key, params, errors ? { errors } : {});
export const rateLimited = (retryAfterSeconds: number, key: MessageKey = 'error.rate_limited') =>
  new AppError('rate_limited', key, { seconds: retryAfterSeconds }, { retryAfterSeconds });
