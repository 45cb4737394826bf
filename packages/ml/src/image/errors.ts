/**
 * Why an uploaded photo was refused at intake. The server maps each reason to a localized 4xx
 * (see `REJECT_HTTP_STATUS` and the `intake.<reason>` keys in the feedback catalogs).
 */
export type ImageRejectReason = 'unsupported_type' | 'too_large' | 'too_many_pixels' | 'empty' | 'corrupt';

export const IMAGE_REJECT_REASONS: readonly ImageRejectReason[] = [
  'unsupported_type',
  'too_large',
  'too_many_pixels',
  'empty',
  'corrupt',
];

/** Suggested HTTP status per reason (RFC 9110 semantics). */
export const REJECT_HTTP_STATUS: Readonly<Record<ImageRejectReason, number>> = {
  unsupported_type: 415,
  too_large: 413,
  too_many_pixels: 413,
  empty: 400,
  corrupt: 422,
};

/** A typed intake error: `reason` is machine-readable, `details` carries the measured numbers. */
export class ImageRejected extends Error {
  constructor(
    readonly reason: ImageRejectReason,
    readonly details: Record<string, number | string> = {},
    options?: { cause?: unknown },
  ) {
    super(`image rejected: ${reason}`, options);
    this.name = 'ImageRejected';
  }
}

export function isImageRejected(error: unknown): error is ImageRejected {
  return error instanceof ImageRejected;
}
