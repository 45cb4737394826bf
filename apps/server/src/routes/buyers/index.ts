import { fullBuyerSchema, idParams, problemResponses, publicBuyerSchema } from '@shebalance/contracts';
import { viewBuyer } from '@shebalance/core/usecases/profiles/view-buyer';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { viewerOf } from '../artisans/viewer';
import { presentPrivateBuyer, presentPublicBuyer } from '../presenters';

export function buyerRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const deps = container.deps;
  return async (app) => {
    app.get(
      '/:id',
      {
        preHandler: guard.optional(),
        schema: {
          tags: ['profiles'],
          summary: 'A buyer: the public view, or the full view for herself and admins',
          params: idParams,
          response: {
            200: z.discriminatedUnion('view', [fullBuyerSchema, publicBuyerSchema]),
            ...problemResponses,
          },
        },
      },
      async (request) => {
        const v = await viewBuyer(deps, viewerOf(request), request.params.id);
        return v.view === 'full' ? presentPrivateBuyer(v.profile, v.user) : presentPublicBuyer(v.profile);
      },
    );
  };
}
