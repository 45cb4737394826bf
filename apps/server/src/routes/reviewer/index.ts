import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { reviewerArtisanRoutes } from './artisans';
import { reviewerAssessmentRoutes } from './assessments';
import { reviewerGroupRoutes } from './groups';
import { reviewerHandoverRoutes } from '../webhooks/staff';

/** Field coordinators' tools: assisted onboarding and self-help groups. Reviewers and admins, with MFA. */
export function reviewerRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Authorise before validating: callers without the right role learn nothing about the body schema.
    app.addHook('preValidation', ctx.guard.require(['reviewer', 'admin']));
    await app.register(reviewerArtisanRoutes(ctx), { prefix: '/artisans' });
    await app.register(reviewerGroupRoutes(ctx), { prefix: '/groups' });
    await app.register(reviewerHandoverRoutes(ctx));
    await app.register(reviewerAssessmentRoutes(ctx), { prefix: '/assessments' });
  };
}
