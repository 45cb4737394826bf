import type { FastifyPluginAsync } from 'fastify';
import type { RouteContext } from '../app';
import { adminRoutes } from './admin';
import { artisanRoutes } from './artisans';
import { artisanAssessmentRoutes, assessmentRoutes } from './assessments';
import { authRoutes } from './auth';
import { buyerRoutes } from './buyers';
import { craftRoutes } from './crafts';
import { credentialRoutes } from './credentials';
import { publicWorkRoutes } from './public';
import { devRoutes } from './dev';
import { eventRoutes } from './events';
import { simulatorRoutes } from './simulator';
import { mediaRoutes } from './media';
import { meRoutes } from './me';
import { nluRoutes } from './nlu';
import { offerRoutes } from './offers';
import { opportunityRoutes } from './opportunities';
import { orderRoutes } from './orders';
import { passbookRoutes } from './passbook';
import { reviewerRoutes } from './reviewer';
import { visionRoutes } from './vision';
import { voiceRoutes } from './voice';

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
    await app.register(assessmentRoutes(ctx), { prefix: '/assessments' });
    await app.register(artisanAssessmentRoutes(ctx), { prefix: '/artisans' });
    await app.register(visionRoutes(ctx), { prefix: '/vision' });
    await app.register(craftRoutes(ctx), { prefix: '/crafts' });
    await app.register(nluRoutes(ctx), { prefix: '/nlu' });
    await app.register(voiceRoutes(ctx), { prefix: '/voice' });
    await app.register(opportunityRoutes(ctx), { prefix: '/opportunities' });
    await app.register(offerRoutes(ctx));
    await app.register(orderRoutes(ctx), { prefix: '/orders' });
    await app.register(passbookRoutes(ctx), { prefix: '/artisans' });
    await app.register(credentialRoutes(ctx));
    await app.register(publicWorkRoutes(ctx));
    await app.register(eventRoutes(ctx), { prefix: '/events' });
    if (ctx.container.config.devRoutes) await app.register(devRoutes(ctx), { prefix: '/dev' });
    if (ctx.container.config.devRoutes) await app.register(simulatorRoutes(ctx), { prefix: '/simulator' });
  };
}
