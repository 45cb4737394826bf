import {
  AssessmentIntakeError,
  MAX_PHOTOS,
  type IntakeRejectReason,
} from '@shebalance/core/assessments/index';
import { AppError, type ErrorKind, type Lang } from '@shebalance/core';
import { DEFAULT_IMAGE_LIMITS } from '@shebalance/ml/image/index';
import { intakeMessage } from '@shebalance/ml/feedback/index';
import type { FastifyRequest } from 'fastify';

/** Multipart limits of photo uploads: one more file than allowed, so "too many" is recognised. */
export const PHOTO_MULTIPART_LIMITS = {
  fileSize: DEFAULT_IMAGE_LIMITS.maxBytes,
  files: MAX_PHOTOS + 1,
  fields: 5,
  fieldSize: 200,
  parts: MAX_PHOTOS + 6,
};

export interface PhotoUpload {
  photos: Buffer[];
  fields: Record<string, string>;
}

/**
 * Reads every part of a photo upload: files under `fileField`, text fields by name. A file over
 * the size limit or a file too many stops the upload at once (nothing has been stored yet).
 */
export async function readPhotoUpload(
  request: FastifyRequest,
  fileField: string,
  maxFiles = MAX_PHOTOS,
): Promise<PhotoUpload> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'error.unsupported_media_type');
  const photos: Buffer[] = [];
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== fileField) {
          await part.toBuffer();
          continue;
        }
        if (photos.length >= maxFiles) throw new AssessmentIntakeError('too_many_photos');
        photos.push(await part.toBuffer());
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AssessmentIntakeError('too_large', photos.length);
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT')
      throw new AssessmentIntakeError('too_many_photos');
    throw error;
  }
  return { photos, fields };
}

const KIND: Record<IntakeRejectReason, ErrorKind> = {
  unsupported_type: 'unsupported_media_type',
  too_large: 'payload_too_large',
  too_many_pixels: 'payload_too_large',
  empty: 'validation',
  corrupt: 'validation',
  too_many_photos: 'validation',
  no_photos: 'validation',
};

/** An intake rejection as a localized 4xx, naming the photo at fault. */
export function intakeProblem(error: AssessmentIntakeError, lang: Lang): AppError {
  const reason = intakeMessage(error.reason, lang, { maxPhotos: MAX_PHOTOS });
  const code = `intake-${error.reason.replace(/_/g, '-')}`;
  return error.photoIndex === undefined
    ? new AppError(KIND[error.reason], 'assessment.photos_rejected', { reason }, { code })
    : new AppError(
        KIND[error.reason],
        'assessment.photo_rejected',
        { photo: error.photoIndex + 1, reason },
        { code },
      );
}

/** Runs `work`, turning intake rejections into localized problems. */
export async function withIntakeProblems<T>(lang: Lang, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AssessmentIntakeError) throw intakeProblem(error, lang);
    throw error;
  }
}
