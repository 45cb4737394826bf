import multipart from '@fastify/multipart';
import { newObjectKey } from '@shebalance/adapters/storage/index';
import { idParams, problemResponses } from '@shebalance/contracts';
import { orderResponse, ratingBody, ratingResponse, transitionBody } from '@shebalance/contracts/earn';
import { AppError, pickLang } from '@shebalance/core';
import {
  rateOrder,
  recordOrderPhoto,
  transitionOrder,
  viewOrder,
} from '@shebalance/core/usecases/earn/index';
import { retakeTips } from '@shebalance/ml/feedback/index';
import { isImageRejected, normalizeImage } from '@shebalance/ml/image/index';
import { assessPhotoQuality } from '@shebalance/ml/quality/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { earnOf } from '../../wiring/earn';
import { presentOrder } from '../opportunities/present';

const tags = ['earn'];
const security = [{ bearer: [] }];
const MAX_PHOTO_BYTES = 12 * 1024 * 1024;

/** Orders: the order with its history, state-machine moves, ratings both ways, progress photos. */
export function orderRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const deps = earnOf(container);
  const present = async (actor: NonNullable<Parameters<typeof viewOrder>[1]>, id: string) => {
    const view = await viewOrder(deps, actor, id);
    const urls = new Map(
      await Promise.all(
        view.photos.map(
          async (p) => [p.thumbnailKey, await container.storage.urlFor(p.thumbnailKey)] as const,
        ),
      ),
    );
    return presentOrder(view.order, view, (key) => urls.get(key) ?? '');
  };
  return async (app) => {
    await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 2 } });

    app.get(
      '/:id',
      {
        preHandler: guard.require(),
        schema: {
          tags,
          security,
          summary: 'An order (its artisan, its buyer, admins)',
          params: idParams,
          response: { 200: orderResponse, ...problemResponses },
        },
      },
      async (request) => present(request.actor!, request.params.id),
    );

    app.post(
      '/:id/transition',
      {
        preHandler: guard.require(),
        schema: {
          tags,
          security,
          summary: 'Move the order (illegal moves 409, moves not yours 403)',
          params: idParams,
          body: transitionBody,
          response: { 200: orderResponse, ...problemResponses },
        },
      },
      async (request) => {
        await transitionOrder(deps, request.actor!, request.params.id, request.body.to, request.body.note);
        return present(request.actor!, request.params.id);
      },
    );

    app.post(
      '/:id/rating',
      {
        preHandler: guard.require(['artisan', 'buyer']),
        schema: {
          tags,
          security,
          summary: 'Rate the other side of a delivered order (once)',
          params: idParams,
          body: ratingBody,
          response: { 201: ratingResponse, ...problemResponses },
        },
      },
      async (request, reply) => {
        const r = await rateOrder(deps, request.actor!, request.params.id, request.body);
        return reply
          .status(201)
          .send({ id: r.id, orderId: r.orderId, raterRole: r.raterRole, stars: r.stars, comment: r.comment });
      },
    );

    app.post(
      '/:id/photos',
      {
        preHandler: guard.require(['artisan', 'admin']),
        schema: {
          tags,
          security,
          summary: 'A progress photo (multipart `file`), through the Snap → Score quality gate',
          consumes: ['multipart/form-data'],
          params: idParams,
          response: { 201: orderResponse, ...problemResponses },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart())
          throw new AppError('unsupported_media_type', 'error.unsupported_media_type');
        const file = await request.file();
        if (!file) throw new AppError('validation', 'media.file_missing');
        const body = await file.toBuffer().catch(() => {
          throw new AppError('payload_too_large', 'error.body_too_large');
        });
        const normalized = await normalizeImage(body).catch((err: unknown) => {
          if (isImageRejected(err)) throw new AppError('unsupported_media_type', 'media.type_not_allowed');
          throw err;
        });
        const quality = assessPhotoQuality(normalized.analysis);
        if (!quality.ok) {
          const lang = pickLang(request.actorLang);
          throw new AppError(
            'validation',
            'earn.photo_rejected',
            { tips: retakeTips(quality.problems, lang).join(' ') },
            {
              errors: quality.problems.map((p) => ({ path: 'file', message: p })),
            },
          );
        }
        await recordOrderPhoto(deps, request.actor!, request.params.id, {
          image: normalized.image.data,
          thumbnail: normalized.thumbnail.data,
          sha256: normalized.sha256,
          quality: { score: quality.score, problems: quality.problems },
          keys: { image: newObjectKey('order-photo', 'jpg'), thumbnail: newObjectKey('order-thumb', 'jpg') },
        });
        return reply.status(201).send(await present(request.actor!, request.params.id));
      },
    );
  };
}
