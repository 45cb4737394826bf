import { problemResponses } from '@shebalance/contracts';
import { portfolioBody, portfolioResponse } from '@shebalance/contracts/credentials';
import {
  credentialUrls,
  updatePortfolio,
  viewMyPortfolio,
} from '@shebalance/core/usecases/credentials/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { credentialsOf } from '../../wiring/credentials';

/**
 * `GET /api/v1/me/portfolio`: her portfolio state; `PUT` { public, works }: she shows (with consent)
 * or hides it.
 */
export function mePortfolioRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const service = credentialsOf(container);
  return async (app) => {
    app.get(
      '/portfolio',
      {
        preHandler: guard.require(['artisan']),
        schema: {
          tags: ['profiles'],
          summary: 'Her portfolio state: shown or hidden, and the works she chose',
          security: [{ bearer: [] }],
          response: { 200: portfolioResponse, ...problemResponses },
        },
      },
      async (request) => {
        const { profile, works } = await viewMyPortfolio(service.deps, request.actor!);
        return {
          public: profile.portfolioPublic,
          works,
          url: credentialUrls(service.publicUrl).portfolio(profile.handle),
        };
      },
    );
    app.put(
      '/portfolio',
      {
        preHandler: guard.require(['artisan']),
        schema: {
          tags: ['profiles'],
          summary:
            'Show or hide her public portfolio and choose its works (showing needs public_portfolio consent)',
          security: [{ bearer: [] }],
          body: portfolioBody,
          response: { 200: portfolioResponse, ...problemResponses },
        },
      },
      async (request) => {
        const { profile, works } = await updatePortfolio(service.deps, request.actor!, request.body);
        return {
          public: profile.portfolioPublic,
          works,
          url: credentialUrls(service.publicUrl).portfolio(profile.handle),
        };
      },
    );
  };
}
