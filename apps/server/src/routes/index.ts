import type { FastifyPluginAsync } from 'fastify';
import type { RouteContext } from '../app';
import { adminRoutes } from './admin';
import { artisanRoutes } from './artisans';
import { authRoutes } from './auth';
import { buyerRoutes } from './buyers';
import { devRoutes } from './dev';
import { mediaRoutes } from './media';
import { meRoutes } from './me';
import { reviewerRoutes } from './reviewer';

/** Everything under /api/v1. Development-only routes exist only outside production mode. */
export function apiRoutes(ctx: RouteContext): FastifyPluginAsync {
  return async (app) => {
    await app.register(authRoutes(ctx), { prefix: '/auth' });
    await app.register(meRoutes(ctx));
    await app.register(artisanRoutes(ctx), { prefix: '/artisans' });
    await app.register(buyerRoutes(ctx), { prefix: '/buyers' });
    await app.register(reviewerRoutes(ctx), { prefix: '/reviewer' });
    await app.register(adminRoutes(ctx), { prefix: '/admin' });
    await app.register(mediaRoutes(ctx), { prefix: '/media' });
    if (ctx.container.config.devRoutes) await app.register(devRoutes(ctx), { prefix: '/dev' });
  };
}
