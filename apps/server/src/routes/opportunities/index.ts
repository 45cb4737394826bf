import multipart from '@fastify/multipart';
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
import { AppError, pickLang } from '@shebalance/core';
import { AssessmentIntakeError } from '@shebalance/core/assessments/index';
import {
  addReferencePhotos,
  cancelOpportunity,
  MAX_REFERENCE_PHOTOS,
  createOpportunity,
  matchOpportunityNamed,
  sendOffers,
  updateOpportunity,
  viewOpportunity,
} from '@shebalance/core/usecases/earn/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { requestLang } from '../../plugins/problem';
import { earnOf } from '../../wiring/earn';
import { referencePhotoDeps } from '../../wiring/earn-references';
import { PHOTO_MULTIPART_LIMITS, readPhotoUpload, withIntakeProblems } from '../assessments/multipart';
import { presentMatchRun, presentOffer, presentOpportunity } from './present';

const tags = ['earn'];
const security = [{ bearer: [] }];
const referencePhotosResponse = z.object({
  photos: z.array(z.object({ mediaId: z.uuid(), url: z.string(), thumbnailUrl: z.string() })),
  max: z.number().int(),
});
const stripCurrency = <T extends { currency?: unknown }>({ currency: _c, ...rest }: T) => rest;

/**
 * Buyer requests (issue 4): create, view, edit until offers go out, cancel; match (explained, fair,
 * with a bulk-order team); send offers. Money is integer paise in INR.
 */
export function opportunityRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const deps = earnOf(container);
  const references = referencePhotoDeps(container);
  return async (app) => {
    await app.register(multipart, { limits: PHOTO_MULTIPART_LIMITS });

    app.post(
      '/:id/reference-photos',
      {
        preHandler: guard.require(['buyer']),
        schema: {
          tags,
          security,
          summary: `Add reference photos to your request (multipart \`photos\`, at most ${MAX_REFERENCE_PHOTOS} in all): screened and embedded like Snap → Score photos, then used for visual similarity`,
          consumes: ['multipart/form-data'],
          params: idParams,
          response: { 201: referencePhotosResponse, ...problemResponses },
        },
      },
      async (request, reply) => {
        const lang = requestLang(request);
        const photos = await withIntakeProblems(lang, async () => {
          const upload = await readPhotoUpload(request, 'photos', MAX_REFERENCE_PHOTOS).catch((error) => {
            if (error instanceof AssessmentIntakeError && error.reason === 'too_many_photos')
              throw new AppError('validation', 'earn.reference_too_many', { max: MAX_REFERENCE_PHOTOS });
            throw error;
          });
          return addReferencePhotos(references, request.actor!, request.params.id, upload.photos);
        });
        const { urlFor } = container.storage;
        return reply.status(201).send({
          photos: await Promise.all(
            photos.map(async (p) => ({
              mediaId: p.mediaId,
              url: await urlFor(p.key),
              thumbnailUrl: await urlFor(p.thumbnailKey),
            })),
          ),
          max: MAX_REFERENCE_PHOTOS,
        });
      },
    );
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
        const { run, names } = await matchOpportunityNamed(deps, request.actor!, request.params.id);
        return presentMatchRun(run, pickLang(request.query.lang, request.actorLang), names);
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
