import { craftLabel, crafts } from '@shebalance/core';
import { problemResponses } from '@shebalance/contracts';
import { craftListSchema } from '@shebalance/contracts/assessments';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { requestLang } from '../../plugins/problem';

/** The craft taxonomy, labelled in the caller's language (public). */
export function craftRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/',
      {
        preHandler: ctx.guard.optional(),
        schema: {
          tags: ['crafts'],
          summary: 'The craft taxonomy with labels in the caller’s language',
          response: { 200: craftListSchema, ...problemResponses },
        },
      },
      async (request) => {
        const lang = requestLang(request);
        return {
          items: crafts.map((c) => ({
            id: c.id,
            label: craftLabel(c, lang),
            names: { ...c.names },
            category: c.category,
            unit: c.unit,
            priceInrPerPiece: { min: c.priceInrPerPiece.min, max: c.priceInrPerPiece.max },
          })),
        };
      },
    );
  };
}
