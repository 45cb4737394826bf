import { idParams, problemResponses } from '@shebalance/contracts';
import {
  createOpportunityBody,
  matchesQuery,
  matchResponse,
  offerResponse,
  opportunityResponse,
  sendOffersBody,
  updateOpportunityBody,
} from '@shebalance/contracts/earn';
import { pickLang } from '@shebalance/core';
import {
  cancelOpportunity,
  createOpportunity,
  matchOpportunity,
  sendOffers,
  updateOpportunity,
  viewOpportunity,
} from '@shebalance/core/usecases/earn/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { earnOf } from '../../wiring/earn';
import { presentMatchRun, presentOffer, presentOpportunity } from './present';

const tags = ['earn'];
const security = [{ bearer: [] }];
const stripCurrency = <T extends { currency?: unknown }>({ currency: _c, ...rest }: T) => rest;

/**
 * Buyer requests (issue 4): create, view, edit until offers go out, cancel; match (explained, fair,
 * with a bulk-order team); send offers. Money is integer paise in INR.
 */
export function opportunityRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const deps = earnOf(container);
  return async (app) => {
    app.post(
      '/',
      {
        preHandler: guard.require(['buyer']),
        schema: {
          tags,
          security,
          summary: 'Post a buyer request (amounts in INR paise)',
          body: createOpportunityBody,
          response: { 201: opportunityResponse, ...problemResponses },
        },
      },
      async (request, reply) => {
        const o = await createOpportunity(deps, request.actor!, stripCurrency(request.body));
        return reply.status(201).send(presentOpportunity(o, 'owner'));
      },
    );

    app.get(
      '/:id',
      {
        preHandler: guard.require(),
        schema: {
          tags,
          security,
          summary: 'A buyer request: full for its buyer and admins, limited for matched artisans',
          params: idParams,
          response: { 200: opportunityResponse, ...problemResponses },
        },
      },
      async (request) => {
        const v = await viewOpportunity(deps, request.actor!, request.params.id);
        return presentOpportunity(v.opportunity, v.view);
      },
    );

    app.patch(
      '/:id',
      {
        preHandler: guard.require(['buyer', 'admin']),
        schema: {
          tags,
          security,
          summary: 'Edit a request (only until offers go out)',
          params: idParams,
          body: updateOpportunityBody,
          response: { 200: opportunityResponse, ...problemResponses },
        },
      },
      async (request) => {
        const o = await updateOpportunity(
          deps,
          request.actor!,
          request.params.id,
          stripCurrency(request.body),
        );
        return presentOpportunity(o, 'owner');
      },
    );

    app.post(
      '/:id/cancel',
      {
        preHandler: guard.require(['buyer', 'admin']),
        schema: {
          tags,
          security,
          summary: 'Cancel a request (open offers are withdrawn)',
          params: idParams,
          response: { 200: opportunityResponse, ...problemResponses },
        },
      },
      async (request) =>
        presentOpportunity(await cancelOpportunity(deps, request.actor!, request.params.id), 'owner'),
    );

    app.post(
      '/:id/matches',
      {
        preHandler: guard.require(['buyer', 'admin']),
        schema: {
          tags,
          security,
          summary:
            'Match artisans: top 10, explained, fairness re-ranked; a team when no one can make it all',
          params: idParams,
          querystring: matchesQuery,
          response: { 200: matchResponse, ...problemResponses },
        },
      },
      async (request) => {
        const run = await matchOpportunity(deps, request.actor!, request.params.id);
        return presentMatchRun(run, pickLang(request.query.lang, request.actorLang));
      },
    );

    app.post(
      '/:id/offers',
      {
        preHandler: guard.require(['buyer', 'admin']),
        schema: {
          tags,
          security,
          summary: 'Send offers to chosen matched artisans or to the proposed team',
          params: idParams,
          body: sendOffersBody,
          response: { 201: z.object({ offers: z.array(offerResponse) }), ...problemResponses },
        },
      },
      async (request, reply) => {
        const offers = await sendOffers(deps, request.actor!, request.params.id, request.body);
        return reply.status(201).send({ offers: offers.map((o) => presentOffer(o)) });
      },
    );
  };
}
