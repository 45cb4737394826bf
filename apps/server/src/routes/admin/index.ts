import type { FastifyPluginAsync } from 'fastify';
import type { RouteContext } from '../../app';
import { adminCredentialRoutes } from './credentials';
import { adminEarnRoutes } from './earn';
import { adminJobRoutes } from './jobs';
import { adminUserRoutes } from './users';
import { adminWhatsAppRoutes } from '../webhooks/staff';

/** Everything under /api/v1/admin: admin role with a TOTP-verified session (checked per route). */
export function adminRoutes(ctx: RouteContext): FastifyPluginAsync {
  return async (app) => {
    await app.register(adminUserRoutes(ctx));
    await app.register(adminJobRoutes(ctx));
    await app.register(adminWhatsAppRoutes(ctx));
    await app.register(adminCredentialRoutes(ctx));
    await app.register(adminEarnRoutes(ctx));
  };
}
