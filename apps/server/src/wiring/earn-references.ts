import { newObjectKey } from '@shebalance/adapters/storage/index';
import type { ReferencePhotoDeps } from '@shebalance/core/usecases/earn/index';
import type { Container } from '../container';
import { earnOf } from './earn';
import { photoIntake, visionFor } from './vision';

/**
 * Reference photos of buyer requests reuse the Snap → Score intake (`photoIntake`: magic bytes, size
 * and pixel limits, upright, EXIF stripped) and the assessments' vision model (safety screen and the
 * same embedding), loaded once per process.
 */
export function referencePhotoDeps(container: Container): ReferencePhotoDeps {
  const vision = visionFor(container);
  return {
    ...earnOf(container),
    intake: photoIntake,
    screen: async (image) => (await vision.assessmentVision()).screen(image),
    objectKey: (kind, ext) => newObjectKey(kind, ext),
  };
}
