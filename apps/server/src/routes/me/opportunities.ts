import { problemResponses } from '@shebalance/contracts';
import { myOpportunitiesResponse, pageQuery } from '@shebalance/contracts/earn-lists';
import { listMyOpportunities } from '@shebalance/core/usecases/earn/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { earnOf } from '../../wiring/earn';

/** `GET /api/v1/me/opportunities`: a buyer's own requests, newest first, paged, with offer counts. */
export function meOpportunityRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const deps = earnOf(container);
  return async (app) => {
    app.get(
      '/opportunities',
      {
        preHandler: guard.require(['buyer']),
        schema: {
          tags: ['earn'],
          summary:
            'My requests (buyer), newest first, with offers sent and accepted; paged with limit/offset',
          security: [{ bearer: [] }],
          querystring: pageQuery,
          response: { 200: myOpportunitiesResponse, ...problemResponses },
        },
      },
      async (request) => {
        const page = await listMyOpportunities(deps, request.actor!, request.query);
        return {
          opportunities: page.items.map((o) => ({
            id: o.id,
            title: o.title,
            craftIds: o.craftIds,
            quantity: o.quantity,
            status: o.status,
            deadline: o.deadline.toISOString(),
            offersSent: o.offersSent,
            offersAccepted: o.offersAccepted,
            createdAt: o.createdAt.toISOString(),
            updatedAt: o.updatedAt.toISOString(),
          })),
          nextOffset: page.nextOffset,
        };
      },
    );
  };
}
