import {
  artisanProfileBody,
  artisanProfilePatch,
  fullArtisanSchema,
  problemResponses,
} from '@shebalance/contracts';
import { saveArtisanProfile } from '@shebalance/core/usecases/profiles/save-artisan-profile';
import { updateArtisanProfile } from '@shebalance/core/usecases/profiles/update-artisan-profile';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { presentPrivateArtisan } from '../presenters';

const tags = ['profiles'];
const security = [{ bearer: [] }];

/** An artisan's own profile: create or replace it (PUT), or change parts of it (PATCH). */
export function meArtisanRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const deps = container.deps;
  return async (app) => {
    const withUser = async (profile: Parameters<typeof presentPrivateArtisan>[0], userId: string) => {
      const user = await deps.repos.users.findById(userId);
      return presentPrivateArtisan(profile, user!);
    };

    app.put(
      '/artisan',
      {
        preValidation: guard.require(['artisan']),
        schema: {
          tags,
          security,
          summary: 'Create or replace her artisan profile',
          description:
            'State by ISO code or name; a known district is stored under its official name. A location is checked to be in India and stored rounded to about 1 km. Crafts must exist in the taxonomy. The handle is generated once from her name.',
          body: artisanProfileBody,
          response: { 200: fullArtisanSchema, ...problemResponses },
        },
      },
      async (request) =>
        withUser(await saveArtisanProfile(deps, request.actor!, request.body), request.actor!.userId),
    );

    app.patch(
      '/artisan',
      {
        preValidation: guard.require(['artisan']),
        schema: {
          tags,
          security,
          summary: 'Change some fields of her artisan profile',
          body: artisanProfilePatch,
          response: { 200: fullArtisanSchema, ...problemResponses },
        },
      },
      async (request) =>
        withUser(await updateArtisanProfile(deps, request.actor!, request.body), request.actor!.userId),
    );
  };
}
