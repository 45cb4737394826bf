import type { CloudMessage } from './types';

/** The Graph API as SheBalance uses it (Cloud API adapter, simulator, or the test fake behind the former). */
export interface WhatsAppTransport {
  readonly kind: 'cloud' | 'simulator';
  /** POST /{phone-number-id}/messages → the WhatsApp message id. Throws `TransportError`. */
  send(message: CloudMessage): Promise<{ waMessageId: string }>;
  /** POST /{phone-number-id}/media → a media id to send by. */
  uploadMedia(bytes: Uint8Array, mimeType: string, filename: string): Promise<{ id: string }>;
  /** GET /{media-id}: where and how big (check the size before downloading). */
  mediaInfo(id: string): Promise<{ url: string; mimeType: string; size: number; sha256?: string }>;
  /** GET the media URL (authorised). */
  downloadMedia(url: string): Promise<Uint8Array>;
}

/** Codes WhatsApp answers when we should slow down or try again later. */
export const RETRYABLE_CODES: ReadonlySet<number> = new Set([
  4, // application request limit
  80007, // WABA rate limit
  130429, // throughput limit reached
  131000, // something went wrong
  131016, // service unavailable
  131056, // pair rate limit: too many messages to this person
  133004, // server temporarily unavailable
]);

/** A failed Graph API call: `retryable` decides between backing off and recording a permanent failure. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly code?: number,
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'TransportError';
  }

  /** Classifies a Graph API error answer. */
  static fromGraph(httpStatus: number, body: unknown): TransportError {
    const error = (
      body as
        { error?: { code?: unknown; message?: unknown; error_data?: { details?: unknown } } } | undefined
    )?.error;
    const code = typeof error?.code === 'number' ? error.code : undefined;
    const message = typeof error?.message === 'string' ? error.message : `HTTP ${httpStatus}`;
    const retryable =
      httpStatus === 429 || httpStatus >= 500 || (code !== undefined && RETRYABLE_CODES.has(code));
    return new TransportError(message, retryable, code, httpStatus);
  }
}
