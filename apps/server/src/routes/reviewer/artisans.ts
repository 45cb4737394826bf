import {
  idParams,
  managedArtisanPatch,
  managedArtisanSchema,
  managedListQuery,
  onboardArtisanBody,
  onboardArtisanReply,
  problemResponses,
} from '@shebalance/contracts';
import { getManagedArtisan } from '@shebalance/core/usecases/profiles/get-managed-artisan';
import { listManagedArtisans } from '@shebalance/core/usecases/profiles/list-managed-artisans';
import { onboardArtisan } from '@shebalance/core/usecases/profiles/onboard-artisan';
import { updateManagedArtisan } from '@shebalance/core/usecases/profiles/update-managed-artisan';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { presentConsent, presentManagedArtisan } from '../presenters';

const tags = ['reviewer'];
const security = [{ bearer: [] }];

/** Assisted onboarding: reviewers register artisans on their behalf and look after them. */
export function reviewerArtisanRoutes({ container }: RouteContext): FastifyPluginAsyncZod {
  const deps = container.deps;
  return async (app) => {
    app.post(
      '',
      {
        schema: {
          tags,
          security,
          summary: 'Register an artisan on her behalf, with the consents she gave',
          description:
            'Creates her account (role artisan), profile and consent records (channel "reviewer", recorded by the caller) in one transaction, then sends her a welcome message in her language. 409 if the phone already has an account.',
          body: onboardArtisanBody,
          response: { 201: onboardArtisanReply, ...problemResponses },
        },
      },
      async (request, reply) => {
        const actor = request.actor!;
        const done = await onboardArtisan(deps, actor, request.body);
        return reply.status(201).send({
          artisan: presentManagedArtisan(done.profile, done.user, actor),
          consents: done.consents.map(presentConsent),
          welcomeSent: done.welcomeSent,
        });
      },
    );

    app.get(
      '',
      {
        schema: {
          tags,
          security,
          summary: 'Artisans the caller onboarded (admins: anyone’s with createdBy=<id>, or all)',
          querystring: managedListQuery,
          response: {
            200: z.object({ items: z.array(managedArtisanSchema), limit: z.number(), offset: z.number() }),
            ...problemResponses,
          },
        },
      },
      async (request) => {
        const actor = request.actor!;
        const { createdBy, groupId, limit, offset } = request.query;
        const items = await listManagedArtisans(deps, actor, { createdBy, groupId, limit, offset });
        return { items: items.map((m) => presentManagedArtisan(m.profile, m.user, actor)), limit, offset };
      },
    );

    app.get(
      '/:id',
      {
        schema: {
          tags,
          security,
          summary: 'One artisan the caller manages, with her current consents',
          params: idParams,
          response: { 200: managedArtisanSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = request.actor!;
        const m = await getManagedArtisan(deps, actor, request.params.id);
        return presentManagedArtisan(m.profile, m.user, actor, m.consents);
      },
    );

    app.patch(
      '/:id',
      {
        schema: {
          tags,
          security,
          summary: 'Update an artisan the caller onboarded (admins: any), including group and group lead',
          params: idParams,
          body: managedArtisanPatch,
          response: { 200: managedArtisanSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = request.actor!;
        const m = await updateManagedArtisan(deps, actor, request.params.id, request.body);
        return presentManagedArtisan(m.profile, m.user, actor);
      },
    );
  };
}
