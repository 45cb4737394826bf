import { problemResponses } from '@shebalance/contracts';
import { listFailures, listHandovers } from '@shebalance/db/whatsapp/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';

const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

/** GET /api/v1/admin/whatsapp/failures: outbound messages WhatsApp refused for good, newest first. */
export function adminWhatsAppRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/whatsapp/failures',
      {
        preHandler: guard.require(['admin']),
        schema: {
          tags: ['admin'],
          summary: 'Outbound WhatsApp messages that failed permanently (with the Graph API error)',
          security: [{ bearer: [] }],
          querystring: z.strictObject(page),
          response: { 200: z.object({ failures: z.array(z.any()) }), ...problemResponses },
        },
      },
      async (request) => {
        const rows = await listFailures(container.database.db, request.query);
        return {
          failures: rows.map((r) => ({
            id: r.id,
            to: `+${r.waTo}`,
            type: r.type,
            purpose: r.purpose,
            attempts: r.attempts,
            errorCode: r.errorCode,
            error: r.lastError,
            createdAt: r.createdAt.toISOString(),
            failedAt: r.updatedAt.toISOString(),
          })),
        };
      },
    );
  };
}

/** GET /api/v1/reviewer/handovers: people who asked to talk to a person (guarded by the reviewer scope). */
export function reviewerHandoverRoutes({ container }: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/handovers',
      {
        schema: {
          tags: ['reviewer'],
          summary: 'Conversations handed over to a person, newest first',
          security: [{ bearer: [] }],
          querystring: z.strictObject({ status: z.enum(['open', 'closed']).optional(), ...page }),
          response: { 200: z.object({ handovers: z.array(z.any()) }), ...problemResponses },
        },
      },
      async (request) => {
        const rows = await listHandovers(container.database.db, request.query);
        return {
          handovers: rows.map((h) => ({
            id: h.id,
            phone: `+${h.waId}`,
            userId: h.userId,
            channel: h.channel,
            reason: h.reason,
            lastText: h.lastText,
            status: h.status,
            createdAt: h.createdAt.toISOString(),
          })),
        };
      },
    );
  };
}
