import multipart from '@fastify/multipart';
import { AppError } from '@shebalance/core';
import { AssessmentIntakeError } from '@shebalance/core/assessments/index';
import { problemResponses } from '@shebalance/contracts';
import { classifyResultSchema, galleryAddedSchema } from '@shebalance/contracts/assessments';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { requestLang } from '../../plugins/problem';
import { photoIntake, visionFor } from '../../wiring/vision';
import { craftName } from '../assessments/present';
import { PHOTO_MULTIPART_LIMITS, readPhotoUpload, withIntakeProblems } from '../assessments/multipart';
import { addToGallery } from './gallery';

const tags = ['vision'];

/** Reviewer / admin tools over the vision model: the reference gallery and a synchronous classifier. */
export function visionRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  const { container, guard } = ctx;
  const vision = visionFor(container);
  return async (app) => {
    await app.register(multipart, { limits: { ...PHOTO_MULTIPART_LIMITS, files: 33, parts: 40 } });
    app.addHook('preValidation', guard.require(['reviewer', 'admin']));

    app.post(
      '/gallery',
      {
        schema: {
          tags,
          summary: 'Add labelled reference photos (multipart `craft` + `photos`) to the recognition gallery',
          security: [{ bearer: [] }],
          consumes: ['multipart/form-data'],
          response: { 201: galleryAddedSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const lang = requestLang(request);
        const result = await withIntakeProblems(lang, async () => {
          const upload = await readPhotoUpload(request, 'photos', 32);
          const craftId = upload.fields.craft?.trim() ?? '';
          if (upload.photos.length === 0) throw new AssessmentIntakeError('no_photos');
          const added = await addToGallery(container, {
            craftId,
            photos: upload.photos,
            createdBy: request.actor!.userId,
            source: 'import',
          });
          return { craft: craftId, ...added };
        });
        return reply.status(201).send(result);
      },
    );

    app.post(
      '/classify',
      {
        schema: {
          tags,
          summary: 'Recognise the craft in one photo (multipart `photo`), synchronously',
          security: [{ bearer: [] }],
          consumes: ['multipart/form-data'],
          response: { 200: classifyResultSchema, ...problemResponses },
        },
      },
      async (request) => {
        const lang = requestLang(request);
        const normalized = await withIntakeProblems(lang, async () => {
          const upload = await readPhotoUpload(request, 'photo', 1);
          const photo = upload.photos[0];
          if (!photo) throw new AssessmentIntakeError('no_photos');
          photoIntake.check(photo, 0);
          return photoIntake.normalize(photo, 0);
        });
        const av = await vision.assessmentVision();
        const screen = await av.screen(normalized.image);
        if (screen.explicit) throw new AppError('validation', 'assessment.rejected_explicit');
        const r = await av.recognize([screen.embedding]);
        if (!r) throw new AppError('conflict', 'vision.gallery_empty');
        return {
          craft: { id: r.craftId, label: craftName(r.craftId, lang)!, confidence: r.confidence },
          alternatives: r.alternatives.map((a) => ({
            id: a.craftId,
            label: craftName(a.craftId, lang)!,
            confidence: a.confidence,
          })),
          modelId: av.modelId,
        };
      },
    );
  };
}
