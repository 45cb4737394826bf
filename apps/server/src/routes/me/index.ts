import { problemResponses, sessionUserSchema } from '@shebalance/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { presentPrivateArtisan, presentUser } from '../presenters';

export function meRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/me',
      {
        preHandler: guard.require(undefined, { allowWithoutMfa: true }),
        schema: {
          tags: ['profiles'],
          summary: "The caller's own account and profile",
          security: [{ bearer: [] }],
          response: { 200: sessionUserSchema.extend({ artisan: z.any().optional(), buyer: z.any().optional(), mfaRequired: z.boolean() }), ...problemResponses },
        },
      },
      async (request) => {
        const actor = request.actor!;
        const user = actor.user;
        const repos = container.deps.repos;
        const artisan = user.role === 'artisan' ? await repos.artisans.get(user.id) : undefined;
        const buyer = user.role === 'buyer' ? await repos.buyers.get(user.id) : undefined;
        return {
          ...presentUser(user),
          mfaRequired: actor.mfaRequiredButMissing,
          ...(artisan ? { artisan: presentPrivateArtisan(artisan, user) } : {}),
          ...(buyer ? { buyer: { ...buyer, createdAt: buyer.createdAt.toISOString(), updatedAt: buyer.updatedAt.toISOString() } } : {}),
        };
      },
    );
  };
}
