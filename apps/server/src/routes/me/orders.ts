import { problemResponses } from '@shebalance/contracts';
import { myOrdersResponse, pageQuery } from '@shebalance/contracts/earn-lists';
import { listMyOrders } from '@shebalance/core/usecases/earn/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { earnOf } from '../../wiring/earn';

/** `GET /api/v1/me/orders`: her orders as an artisan, or a buyer's as a buyer; newest first, paged. */
export function meOrderRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const deps = earnOf(container);
  return async (app) => {
    app.get(
      '/orders',
      {
        preHandler: guard.require(['artisan', 'buyer']),
        schema: {
          tags: ['earn'],
          summary: 'My orders (as the artisan or as the buyer), newest first, paged with limit/offset',
          security: [{ bearer: [] }],
          querystring: pageQuery,
          response: { 200: myOrdersResponse, ...problemResponses },
        },
      },
      async (request) => {
        const actor = request.actor!;
        const page = await listMyOrders(deps, actor, request.query);
        return {
          you: actor.role as 'artisan' | 'buyer',
          orders: page.items.map((o) => ({
            id: o.id,
            opportunityId: o.opportunityId,
            title: o.title,
            craftId: o.craftId,
            quantity: o.quantity,
            amountPaise: o.amountPaise,
            status: o.status,
            deadline: o.dueAt.toISOString(),
            counterpartName: o.counterpartName,
            createdAt: o.createdAt.toISOString(),
            updatedAt: o.updatedAt.toISOString(),
          })),
          nextOffset: page.nextOffset,
        };
      },
    );
  };
}
