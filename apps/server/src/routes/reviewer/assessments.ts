import { decideAssessment } from '@shebalance/core/usecases/assessments/index';
import { idParams, problemResponses } from '@shebalance/contracts';
import {
  assessmentCreatedSchema,
  assessmentListSchema,
  decisionBodySchema,
  reviewerQueueQuery,
} from '@shebalance/contracts/assessments';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { requestLang } from '../../plugins/problem';
import { visionFor } from '../../wiring/vision';
import { enqueueCredentialIssue } from '../../handlers/credentials';
import { craftName } from '../assessments/present';

const tags = ['reviewer'];

/**
 * The reviewer queue (low confidence, authenticity flags, level jumps, appeals) and decisions.
 * Mounted under /reviewer, whose plugin already requires a reviewer or admin with MFA.
 */
export function reviewerAssessmentRoutes({ container }: RouteContext): FastifyPluginAsyncZod {
  const vision = visionFor(container);
  return async (app) => {
    app.get(
      '/',
      {
        schema: {
          tags,
          summary: 'Assessments waiting for a person (default status needs_review), oldest first',
          security: [{ bearer: [] }],
          querystring: reviewerQueueQuery,
          response: { 200: assessmentListSchema, ...problemResponses },
        },
      },
      async (request) => {
        const lang = requestLang(request);
        const rows = await vision
          .assessmentDeps()
          .assessments.listByStatus(request.query.status, request.query.limit);
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

    app.post(
      '/:id/decision',
      {
        schema: {
          tags,
          summary:
            'Confirm or override craft and scores, with a reason (audited; feeds gallery and training)',
          security: [{ bearer: [] }],
          params: idParams,
          body: decisionBodySchema,
          response: { 200: assessmentCreatedSchema, ...problemResponses },
        },
      },
      async (request) => {
        const a = await decideAssessment(vision.decideDeps(), request.actor!, {
          assessmentId: request.params.id,
          action: request.body.action,
          reason: request.body.reason,
          ...(request.body.craft ? { craft: request.body.craft } : {}),
          ...(request.body.scores ? { scores: request.body.scores } : {}),
        });
        // Issue 7 (credentials owner): a reviewer-confirmed assessment gets its credential; idempotent.
        if (a.status === 'scored') await enqueueCredentialIssue(container.jobs.queue, a.id);
        return { id: a.id, status: a.status };
      },
    );
  };
}
