import { phoneSchema } from '@shebalance/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';

/** Development-only: what the development transport "sent". Not registered in production mode. */
export function devRoutes({ container }: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/outbox',
      {
        schema: {
          tags: ['development'],
          summary: 'Messages the development transport sent to a phone, newest first (not in production)',
          querystring: z.strictObject({
            to: phoneSchema,
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
        },
      },
      async (request) => {
        const messages = await container.devOutbox.list(request.query.to, request.query.limit);
        return { messages: messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })) };
      },
    );
  };
}
