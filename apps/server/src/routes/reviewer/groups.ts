import {
  groupBody,
  groupDetailSchema,
  groupListQuery,
  groupSchema,
  idParams,
  problemResponses,
} from '@shebalance/contracts';
import { createGroup } from '@shebalance/core/usecases/profiles/create-group';
import { getGroup } from '@shebalance/core/usecases/profiles/get-group';
import { listGroups } from '@shebalance/core/usecases/profiles/list-groups';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { presentGroup } from '../presenters';

const tags = ['reviewer'];
const security = [{ bearer: [] }];

/** Self-help groups and cooperatives. Artisans join through their profile's groupId; reviewers set the lead. */
export function reviewerGroupRoutes({ container }: RouteContext): FastifyPluginAsyncZod {
  const deps = container.deps;
  return async (app) => {
    app.post(
      '',
      {
        schema: {
          tags,
          security,
          summary: 'Register a self-help group or cooperative',
          body: groupBody,
          response: { 201: groupSchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(presentGroup(await createGroup(deps, request.actor!, request.body))),
    );

    app.get(
      '',
      {
        schema: {
          tags,
          security,
          summary: 'Groups by name, optionally in one state',
          querystring: groupListQuery,
          response: {
            200: z.object({ items: z.array(groupSchema), limit: z.number(), offset: z.number() }),
            ...problemResponses,
          },
        },
      },
      async (request) => {
        const { state, limit, offset } = request.query;
        const groups = await listGroups(deps, request.actor!, { state, limit, offset });
        return { items: groups.map(presentGroup), limit, offset };
      },
    );

    app.get(
      '/:id',
      {
        schema: {
          tags,
          security,
          summary: 'A group and its members (lead first)',
          params: idParams,
          response: { 200: groupDetailSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { group, members } = await getGroup(deps, request.actor!, request.params.id);
        return {
          ...presentGroup(group),
          members: members.map((m) => ({
            id: m.userId,
            handle: m.handle,
            displayName: m.displayName,
            isGroupLead: m.isGroupLead,
            crafts: m.crafts.map((c) => ({ craftId: c.craftId })),
          })),
        };
      },
    );
  };
}
