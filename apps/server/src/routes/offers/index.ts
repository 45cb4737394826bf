import { idParams, problemResponses } from '@shebalance/contracts';
import { acceptResponse, declineBody, matchesQuery, offerResponse } from '@shebalance/contracts/earn';
import { pickLang } from '@shebalance/core';
import { renderMatchReason } from '@shebalance/core/earn/index';
import { acceptOffer, declineOffer, listMyOffers } from '@shebalance/core/usecases/earn/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { earnOf } from '../../wiring/earn';
import { presentOffer, presentOrder } from '../opportunities/present';

const tags = ['earn'];
const security = [{ bearer: [] }];

/** Her offers: the list in the app, accept (idempotent, race-safe) and decline with a reason. */
export function offerRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const deps = earnOf(container);
  return async (app) => {
    app.get(
      '/me/offers',
      {
        preHandler: guard.require(['artisan']),
        schema: {
          tags,
          security,
          summary: 'My work offers, newest first, each with why she was matched (in her language)',
          querystring: matchesQuery,
          response: { 200: z.object({ offers: z.array(offerResponse) }), ...problemResponses },
        },
      },
      async (request) => {
        const mine = await listMyOffers(deps, request.actor!, { reasons: true });
        const lang = pickLang(request.query.lang, request.actorLang);
        return {
          offers: mine.map((m) => ({
            ...presentOffer(m.offer, { amountPaise: m.amountPaise, opportunity: m.opportunity }),
            reasons: (m.reasons ?? []).map((r) => renderMatchReason(r, lang, 'artisan')),
          })),
        };
      },
    );

    app.post(
      '/offers/:id/accept',
      {
        preHandler: guard.require(['artisan']),
        schema: {
          tags,
          security,
          summary: 'Accept an offer: creates the order (accepting again returns it)',
          params: idParams,
          response: { 200: acceptResponse, 201: acceptResponse, ...problemResponses },
        },
      },
      async (request, reply) => {
        const r = await acceptOffer(deps, request.actor!, request.params.id);
        return reply
          .status(r.created ? 201 : 200)
          .send({ offer: presentOffer(r.offer), order: presentOrder(r.order), created: r.created });
      },
    );

    app.post(
      '/offers/:id/decline',
      {
        preHandler: guard.require(['artisan']),
        schema: {
          tags,
          security,
          summary: 'Decline an offer with a reason; it moves to the next match',
          params: idParams,
          body: declineBody,
          response: { 200: offerResponse, ...problemResponses },
        },
      },
      async (request) =>
        presentOffer(await declineOffer(deps, request.actor!, request.params.id, request.body.reason)),
    );
  };
}
