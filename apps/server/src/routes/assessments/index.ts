import { canViewAssessment } from '@shebalance/core/assessments/index';
import { appealAssessment, submitAssessment } from '@shebalance/core/usecases/assessments/index';
import { notFound } from '@shebalance/core';
import { idParams, problemResponses } from '@shebalance/contracts';
import {
  appealBodySchema,
  assessmentCreatedSchema,
  assessmentListSchema,
  assessmentViewSchema,
} from '@shebalance/contracts/assessments';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { requestLang } from '../../plugins/problem';
import { visionFor } from '../../wiring/vision';
import { craftName, presentAssessment } from './present';
import { PHOTO_MULTIPART_LIMITS, readPhotoUpload, withIntakeProblems } from './multipart';

const tags = ['assessments'];

const idempotencyHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, 'Idempotency-Key: 1–200 visible ASCII characters')
    .optional(),
});

/** Snap → Score: submit photos (202 + asynchronous pipeline), read the result, appeal it. */
export function assessmentRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const vision = visionFor(container);
  return async (app) => {
    await app.register(multipart, { limits: PHOTO_MULTIPART_LIMITS });

    app.post(
      '/',
      {
        preHandler: guard.require(['artisan']),
        schema: {
          tags,
          summary:
            'Submit 1–8 photos of her work (multipart `photos`, optional `craft` id); scored asynchronously',
          description:
            'Send an `Idempotency-Key` header (1–200 visible characters) to make a retry safe: the same key from the same artisan answers with the assessment the first request created, never a second one.',
          headers: idempotencyHeaders,
          security: [{ bearer: [] }],
          consumes: ['multipart/form-data'],
          response: { 202: assessmentCreatedSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const lang = requestLang(request);
        const created = await withIntakeProblems(lang, async () => {
          const upload = await readPhotoUpload(request, 'photos');
          const craft = upload.fields.craft?.trim() || undefined;
          return submitAssessment(vision.assessmentDeps(), {
            artisanId: request.actor!.userId,
            photos: upload.photos,
            ...(craft ? { craft } : {}),
            channel: 'api',
            ...(request.headers['idempotency-key']
              ? { idempotencyKey: request.headers['idempotency-key'] }
              : {}),
          });
        });
        return reply.status(202).send({ id: created.id, status: created.status });
      },
    );

    app.get(
      '/:id',
      {
        preHandler: guard.require(),
        schema: {
          tags,
          summary: 'An assessment: status and progress while it runs, then scores, craft, value and feedback',
          security: [{ bearer: [] }],
          params: idParams,
          response: { 200: assessmentViewSchema, ...problemResponses },
        },
      },
      async (request) => {
        const deps = vision.assessmentDeps();
        const a = await deps.assessments.get(request.params.id);
        if (!a || !canViewAssessment(request.actor!, a.artisanId)) throw notFound('assessment');
        const photos = await deps.assessments.photos(a.id);
        return presentAssessment(a, photos, requestLang(request), container.storage.urlFor);
      },
    );

    app.post(
      '/:id/appeal',
      {
        preHandler: guard.require(['artisan']),
        schema: {
          tags,
          summary: 'She disagrees with her result: it goes back to a reviewer',
          security: [{ bearer: [] }],
          params: idParams,
          body: appealBodySchema,
          response: { 200: assessmentCreatedSchema, ...problemResponses },
        },
      },
      async (request) => {
        const a = await appealAssessment(vision.assessmentDeps(), request.actor!, {
          assessmentId: request.params.id,
          reason: request.body.reason,
        });
        return { id: a.id, status: a.status };
      },
    );
  };
}

/** `GET /artisans/:id/assessments`: her list (herself, reviewers, admins). */
export function artisanAssessmentRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const vision = visionFor(container);
  return async (app) => {
    app.get(
      '/:id/assessments',
      {
        preHandler: guard.require(),
        schema: {
          tags,
          summary: "An artisan's assessments, newest first",
          security: [{ bearer: [] }],
          params: idParams,
          response: { 200: assessmentListSchema, ...problemResponses },
        },
      },
      async (request) => {
        if (!canViewAssessment(request.actor!, request.params.id)) throw notFound('artisan');
        const lang = requestLang(request);
        const rows = await vision.assessmentDeps().assessments.listByArtisan(request.params.id, 100);
        return {
          items: rows.map((a) => ({
            id: a.id,
            status: a.status,
            craft: { id: a.craftId, label: craftName(a.craftId, lang) },
            overall: a.scores?.overall ?? null,
            level: a.level,
            reviewReasons: a.reviewReasons,
            createdAt: a.createdAt.toISOString(),
          })),
        };
      },
    );
  };
}
