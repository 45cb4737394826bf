import { idParams, problemResponses } from '@shebalance/contracts';
import { notFound } from '@shebalance/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { presentPrivateArtisan, presentPublicArtisan } from '../presenters';

export function artisanRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const repos = container.deps.repos;
  return async (app) => {
    app.get(
      '/:id',
      {
        preHandler: guard.optional(),
        schema: {
          tags: ['profiles'],
          summary: 'An artisan: the public view, or the full view for herself and admins',
          params: idParams,
          response: { 200: z.record(z.string(), z.unknown()), ...problemResponses },
        },
      },
      async (request) => {
        const artisan = await repos.artisans.get(request.params.id);
        if (!artisan) throw notFound('artisan');
        const actor = request.actor;
        const full = actor && !actor.mfaRequiredButMissing && (actor.userId === artisan.userId || actor.role === 'admin');
        if (!full) return { ...presentPublicArtisan(artisan), view: 'public' };
        const user = (await repos.users.findById(artisan.userId))!;
        return presentPrivateArtisan(artisan, user);
      },
    );
  };
}
