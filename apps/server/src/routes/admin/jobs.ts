import { JOB_STATUSES } from '@shebalance/adapters/jobs/index';
import { problemResponses } from '@shebalance/contracts';
import { AppError } from '@shebalance/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';

const tags = ['admin'];

/** The job queue and its dead letters, for admins. */
export function adminJobRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const queue = container.jobs.queue;
  return async (app) => {
    const admin = guard.require(['admin']);
    app.get(
      '/jobs',
      {
        preHandler: admin,
        schema: {
          tags,
          summary: 'Background jobs, newest first, with counts by status (dead = dead letters)',
          security: [{ bearer: [] }],
          querystring: z.strictObject({
            status: z.enum(JOB_STATUSES).optional(),
            name: z.string().max(100).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
            offset: z.coerce.number().int().min(0).default(0),
          }),
          response: {
            200: z.object({
              kind: z.string(),
              counts: z.record(z.string(), z.number()),
              jobs: z.array(z.any()),
            }),
            ...problemResponses,
          },
        },
      },
      async (request) => {
        const [jobs, counts] = await Promise.all([queue.listJobs(request.query), queue.countsByStatus()]);
        return { kind: queue.kind, counts, jobs };
      },
    );
    app.post(
      '/jobs/:id/retry',
      {
        preHandler: admin,
        schema: {
          tags,
          summary: 'Re-queue a dead job with a fresh set of attempts',
          security: [{ bearer: [] }],
          params: z.strictObject({ id: z.string().min(1).max(200) }),
          response: { 202: z.object({ status: z.literal('queued') }), ...problemResponses },
        },
      },
      async (request, reply) => {
        if (!(await queue.retryDeadJob(request.params.id))) throw new AppError('not_found', 'jobs.not_found');
        await container.deps.repos.audit.append({
          actorId: request.actor!.userId,
          action: 'job.retried',
          subjectType: 'job',
          subjectId: request.params.id,
        });
        return reply.status(202).send({ status: 'queued' });
      },
    );
  };
}
