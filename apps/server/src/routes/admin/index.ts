import type { FastifyPluginAsync } from 'fastify';
import type { RouteContext } from '../../app';
import { adminJobRoutes } from './jobs';
import { adminUserRoutes } from './users';

/** Everything under /api/v1/admin: admin role with a TOTP-verified session (checked per route). */
export function adminRoutes(ctx: RouteContext): FastifyPluginAsync {
  return async (app) => {
    await app.register(adminUserRoutes(ctx));
    await app.register(adminJobRoutes(ctx));
  };
}
