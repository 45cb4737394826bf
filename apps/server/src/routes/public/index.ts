import { AppError } from '@shebalance/core';
import { verifyStoredCredential, viewPublicPortfolio } from '@shebalance/core/usecases/credentials/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { credentialsOf } from '../../wiring/credentials';
import { visitorLang } from '../credentials';
import { renderPortfolioPage } from './portfolio-page';
import { renderNotFoundPage, renderVerifyPage } from './verify-page';

const langQuery = z.object({ lang: z.string().max(10).optional() });
const isNotFound = (e: unknown) => e instanceof AppError && e.kind === 'not_found';

/**
 * Public, server-rendered pages at the root (not under /api/v1): `/verify/:id` and `/p/:handle`.
 * Explicit paths, so they win over the web app's SPA fallback. No script; inline CSS.
 */
export function publicPageRoutes({ container }: RouteContext): FastifyPluginAsyncZod {
  const service = credentialsOf(container);
  return async (app) => {
    app.get(
      '/verify/:id',
      { schema: { hide: true, params: z.object({ id: z.string().max(64) }), querystring: langQuery } },
      async (request, reply) => {
        const lang = visitorLang(request.query, request.headers['accept-language']);
        reply
          .type('text/html; charset=utf-8')
          .header('vary', 'Accept-Language')
          .header('cache-control', 'public, max-age=60');
        try {
          const { record, verification, verdict } = await verifyStoredCredential(
            service.deps,
            request.params.id,
          );
          return reply.send(
            renderVerifyPage({ lang, publicUrl: service.publicUrl, record, verification, verdict }),
          );
        } catch (e) {
          if (!isNotFound(e)) throw e;
          return reply.status(404).send(renderNotFoundPage(lang, `${service.publicUrl}/verify/`));
        }
      },
    );

    app.get(
      '/p/:handle',
      { schema: { hide: true, params: z.object({ handle: z.string().max(80) }), querystring: langQuery } },
      async (request, reply) => {
        const lang = visitorLang(request.query, request.headers['accept-language']);
        reply
          .type('text/html; charset=utf-8')
          .header('vary', 'Accept-Language')
          .header('cache-control', 'no-cache');
        try {
          const portfolio = await viewPublicPortfolio(service.deps, request.params.handle);
          return reply.send(renderPortfolioPage({ lang, publicUrl: service.publicUrl, portfolio }));
        } catch (e) {
          if (!isNotFound(e)) throw e;
          return reply.status(404).send(renderNotFoundPage(lang, `${service.publicUrl}/p/`));
        }
      },
    );
  };
}

/**
 * `/api/v1/public/works/:photoId`: a photo of her work, served only while it is evidence of an
 * unrevoked credential or a work in her public portfolio (thumbnail by default, ?size=full).
 */
export function publicWorkRoutes({ container }: RouteContext): FastifyPluginAsyncZod {
  const { deps } = credentialsOf(container);
  return async (app) => {
    app.get(
      '/public/works/:photoId',
      {
        schema: {
          tags: ['credentials'],
          summary: 'A public work photo (credential evidence or portfolio work)',
          params: z.strictObject({ photoId: z.uuid() }),
          querystring: z.strictObject({ size: z.enum(['thumb', 'full']).default('thumb') }),
        },
      },
      async (request, reply) => {
        const keys = await deps.store.isPublicPhoto(request.params.photoId);
        const object = keys
          ? await container.storage.store.get(
              request.query.size === 'full' ? keys.originalKey : keys.thumbnailKey,
            )
          : undefined;
        if (!object) throw new AppError('not_found', 'media.not_found');
        return reply
          .type(object.contentType)
          .header('cache-control', 'public, max-age=300')
          .header('x-content-type-options', 'nosniff')
          .send(object.body);
      },
    );
  };
}
