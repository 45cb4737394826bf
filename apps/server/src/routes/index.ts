import type { FastifyPluginAsync } from 'fastify';
import type { RouteContext } from '../app';
import { artisanRoutes } from './artisans';
import { authRoutes } from './auth';
import { devRoutes } from './dev';
import { meRoutes } from './me';

/** Everything under /api/v1. Development-only routes exist only outside production mode. */
export function apiRoutes(ctx: RouteContext): FastifyPluginAsync {
  return async (app) => {
    await app.register(authRoutes(ctx), { prefix: '/auth' });
    await app.register(meRoutes(ctx));
    await app.register(artisanRoutes(ctx), { prefix: '/artisans' });
    if (ctx.container.config.devRoutes) await app.register(devRoutes(ctx), { prefix: '/dev' });
  };
}
