import multipart from '@fastify/multipart';
import { newObjectKey, verifyMediaSignature } from '@shebalance/adapters/storage/index';
import { problemResponses } from '@shebalance/contracts';
import { AppError } from '@shebalance/core';
import { schema } from '@shebalance/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';

const MAX_BYTES = 10 * 1024 * 1024;

/** What we accept, by magic bytes (never by file name or declared type). */
export function sniffMedia(buf: Buffer): { contentType: string; ext: string } | undefined {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff)
    return { contentType: 'image/jpeg', ext: 'jpg' };
  if (
    buf.length >= 8 &&
    buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return { contentType: 'image/png', ext: 'png' };
  if (buf.length >= 12 && buf.toString('ascii', 0, 4) === 'RIFF' && buf.toString('ascii', 8, 12) === 'WEBP')
    return { contentType: 'image/webp', ext: 'webp' };
  if (buf.length >= 5 && buf.toString('ascii', 0, 5) === '%PDF-')
    return { contentType: 'application/pdf', ext: 'pdf' };
  return undefined;
}

/**
 * Private media: uploads get a server-generated key (never a user-supplied name) and are served only
 * through signed, expiring links.
 */
export function mediaRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const { store, urlFor, signingSecret } = container.storage;
  return async (app) => {
    await app.register(multipart, { limits: { fileSize: MAX_BYTES, files: 1, fields: 5 } });

    app.post(
      '/',
      {
        preHandler: guard.require(),
        schema: {
          tags: ['media'],
          summary: 'Upload a photo or PDF (multipart field `file`); returns a signed link',
          security: [{ bearer: [] }],
          consumes: ['multipart/form-data'],
          response: {
            201: z.object({ id: z.uuid(), contentType: z.string(), size: z.number(), url: z.string() }),
            ...problemResponses,
          },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart())
          throw new AppError('unsupported_media_type', 'error.unsupported_media_type');
        const file = await request.file();
        if (!file) throw new AppError('validation', 'media.file_missing');
        const body = await file.toBuffer().catch((error: { code?: string }) => {
          if (error.code === 'FST_REQ_FILE_TOO_LARGE')
            throw new AppError('payload_too_large', 'error.body_too_large');
          throw error;
        });
        const kind = body.length ? sniffMedia(body) : undefined;
        if (!kind) throw new AppError('unsupported_media_type', 'media.type_not_allowed');
        const key = newObjectKey('upload', kind.ext);
        await store.put(key, body, kind.contentType);
        const id = container.deps.ids.uuid();
        await container.database.db.insert(schema.mediaObjects).values({
          id,
          ownerId: request.actor!.userId,
          key,
          contentType: kind.contentType,
          size: body.length,
          purpose: 'upload',
        });
        return reply
          .status(201)
          .send({ id, contentType: kind.contentType, size: body.length, url: await urlFor(key) });
      },
    );

    app.get(
      `/*`,
      {
        schema: {
          tags: ['media'],
          summary: 'Fetch private media through a signed, expiring link',
          querystring: z.strictObject({ exp: z.string().max(20), sig: z.string().max(100) }),
        },
      },
      async (request, reply) => {
        const key = (request.params as { '*': string })['*'];
        const verdict = verifyMediaSignature(
          { key, exp: request.query.exp, sig: request.query.sig },
          signingSecret,
          container.deps.clock.now(),
        );
        if (!verdict.ok) throw new AppError('forbidden', 'media.link_invalid');
        const object = await store.get(key);
        if (!object) throw new AppError('not_found', 'media.not_found');
        return reply
          .type(object.contentType)
          .header('cache-control', 'private, max-age=300')
          .header('x-content-type-options', 'nosniff')
          .send(object.body);
      },
    );
  };
}
