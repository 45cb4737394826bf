import { meSchema, problemResponses } from '@shebalance/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { presentPrivateArtisan, presentPrivateBuyer, presentUser } from '../presenters';
import { meArtisanRoutes } from './artisan';
import { meBuyerRoutes } from './buyer';
import { meConsentRoutes } from './consents';
import { mePortfolioRoutes } from './portfolio';

export function meRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  const { container, guard } = ctx;
  return async (app) => {
    app.get(
      '/me',
      {
        preHandler: guard.require(undefined, { allowWithoutMfa: true }),
        schema: {
          tags: ['profiles'],
          summary: "The caller's own account and profile",
          security: [{ bearer: [] }],
          response: { 200: meSchema, ...problemResponses },
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
          ...(buyer ? { buyer: presentPrivateBuyer(buyer, user) } : {}),
        };
      },
    );
    await app.register(meArtisanRoutes(ctx), { prefix: '/me' });
    await app.register(meBuyerRoutes(ctx), { prefix: '/me' });
    await app.register(meConsentRoutes(ctx), { prefix: '/me' });
    await app.register(mePortfolioRoutes(ctx), { prefix: '/me' });
  };
}
