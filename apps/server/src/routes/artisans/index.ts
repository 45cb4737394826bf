import {
  fullArtisanSchema,
  handleParams,
  idParams,
  problemResponses,
  publicArtisanSchema,
} from '@shebalance/contracts';
import { viewArtisan, type ArtisanView } from '@shebalance/core/usecases/profiles/view-artisan';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { presentPrivateArtisan, presentPublicArtisan } from '../presenters';
import { viewerOf } from './viewer';

const tags = ['profiles'];
const artisanView = z.discriminatedUnion('view', [fullArtisanSchema, publicArtisanSchema]);
const present = (v: ArtisanView) =>
  v.view === 'full' ? presentPrivateArtisan(v.profile, v.user) : presentPublicArtisan(v.profile);

export function artisanRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const deps = container.deps;
  return async (app) => {
    app.get(
      '/:id',
      {
        preHandler: guard.optional(),
        schema: {
          tags,
          summary: 'An artisan: the public view, or the full view for herself and admins',
          params: idParams,
          response: { 200: artisanView, ...problemResponses },
        },
      },
      async (request) => present(await viewArtisan(deps, viewerOf(request), { userId: request.params.id })),
    );

    app.get(
      '/by-handle/:handle',
      {
        preHandler: guard.optional(),
        schema: {
          tags,
          summary: 'An artisan by her handle (portfolio links): public view, or full for herself and admins',
          params: handleParams,
          response: { 200: artisanView, ...problemResponses },
        },
      },
      async (request) =>
        present(await viewArtisan(deps, viewerOf(request), { handle: request.params.handle })),
    );
  };
}
