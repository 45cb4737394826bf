import { buyerProfileBody, fullBuyerSchema, problemResponses } from '@shebalance/contracts';
import { saveBuyerProfile } from '@shebalance/core/usecases/profiles/save-buyer-profile';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { presentPrivateBuyer } from '../presenters';

/** A buyer's own organisation profile. */
export function meBuyerRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const deps = container.deps;
  return async (app) => {
    app.put(
      '/buyer',
      {
        preValidation: guard.require(['buyer']),
        schema: {
          tags: ['profiles'],
          security: [{ bearer: [] }],
          summary: 'Create or replace her buyer profile',
          description:
            'An optional GSTIN is checked for shape, state code (01–38) and its mod-36 check character.',
          body: buyerProfileBody,
          response: { 200: fullBuyerSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = request.actor!;
        return presentPrivateBuyer(await saveBuyerProfile(deps, actor, request.body), actor.user);
      },
    );
  };
}
