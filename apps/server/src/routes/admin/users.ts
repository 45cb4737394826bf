import { idParams, problemResponses } from '@shebalance/contracts';
import {
  adminCreateUserBody,
  adminUpdateUserBody,
  adminUserList,
  adminUserListQuery,
  adminUserSchema,
} from '@shebalance/contracts/admin';
import type { User } from '@shebalance/core';
import { createUser } from '@shebalance/core/usecases/admin/create-user';
import { listUsers } from '@shebalance/core/usecases/admin/list-users';
import { updateUser } from '@shebalance/core/usecases/admin/update-user';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';

const tags = ['admin'];
const security = [{ bearer: [] }];

/** Admins see the phone number in full. */
export const presentAdminUser = (user: User) => ({
  id: user.id,
  phone: user.phone,
  role: user.role,
  status: user.status,
  displayName: user.displayName,
  preferredLanguage: user.preferredLanguage,
  mfaEnabled: user.mfaEnabled,
  cognitoLinked: user.cognitoSub !== null,
  isDemo: user.isDemo,
  createdAt: user.createdAt.toISOString(),
});

/** Account management for admins (TOTP-verified sessions only). */
export function adminUserRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const deps = container.deps;
  const adminOnly = guard.require(['admin']);
  return async (app) => {
    app.get(
      '/users',
      {
        preHandler: adminOnly,
        schema: {
          tags,
          security,
          summary: 'List accounts, optionally of one role',
          querystring: adminUserListQuery,
          response: { 200: adminUserList, ...problemResponses },
        },
      },
      async (request) => {
        const page = await listUsers(deps, request.actor!, request.query);
        return { ...page, items: page.items.map(presentAdminUser) };
      },
    );

    app.post(
      '/users',
      {
        preHandler: adminOnly,
        schema: {
          tags,
          security,
          summary: 'Create an account with any role',
          body: adminCreateUserBody,
          response: { 201: adminUserSchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(presentAdminUser(await createUser(deps, request.actor!, request.body))),
    );

    app.patch(
      '/users/:id',
      {
        preHandler: adminOnly,
        schema: {
          tags,
          security,
          summary: 'Change an account’s role or status (disabling ends its sessions)',
          params: idParams,
          body: adminUpdateUserBody,
          response: { 200: adminUserSchema, ...problemResponses },
        },
      },
      async (request) =>
        presentAdminUser(await updateUser(deps, request.actor!, request.params.id, request.body)),
    );
  };
}
