import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import { signBody, storeWhatsAppMedia } from '@shebalance/adapters/whatsapp/index';
import { phoneSchema, problemResponses } from '@shebalance/contracts';
import { AppError } from '@shebalance/core';
import { getMedia } from '@shebalance/db/whatsapp/index';
import {
  MAX_INBOUND_MEDIA_BYTES,
  phoneToWaId,
  webhookPayload,
  wire,
  type WireMessage,
} from '@shebalance/core/whatsapp/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { whatsappFor } from '../../wiring/messaging';
import { conversationView } from './view';

const message = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text: z.string().min(1).max(4096) }),
  z.strictObject({
    type: z.literal('button'),
    id: z.string().min(1).max(256),
    title: z.string().max(20).default(''),
  }),
  z.strictObject({
    type: z.literal('list'),
    id: z.string().min(1).max(200),
    title: z.string().max(24).default(''),
    description: z.string().max(72).optional(),
  }),
  z.strictObject({
    type: z.literal('location'),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    name: z.string().max(100).optional(),
  }),
  z.strictObject({
    type: z.literal('image'),
    mediaId: z.string().min(1).max(100),
    caption: z.string().max(1024).optional(),
  }),
  z.strictObject({ type: z.literal('audio'), mediaId: z.string().min(1).max(100) }),
]);
type SimMessage = z.infer<typeof message>;

function toWire(m: SimMessage, sizes: { size?: number; mimeType?: string }): WireMessage {
  switch (m.type) {
    case 'text':
      return wire.text(m.text);
    case 'button':
      return wire.button(m.id, m.title);
    case 'list':
      return wire.list(m.id, m.title, m.description);
    case 'location':
      return wire.location(m.latitude, m.longitude, m.name);
    case 'image':
      return wire.image(m.mediaId, sizes.mimeType ?? 'image/jpeg', m.caption);
    case 'audio':
      return wire.audio(m.mediaId, sizes.size);
  }
}

const ALLOWED_MEDIA = /^(image\/(jpeg|png|webp)|audio\/(ogg|webm|mpeg|mp4|wav)|application\/pdf)(;.*)?$/;

/**
 * The WhatsApp simulator's API (development and demos only; not registered in production). What a
 * person types or taps becomes a REAL Cloud API webhook notification, signed with the app secret and
 * injected through /webhooks/whatsapp: exactly the production path.
 */
export function simulatorRoutes({ container }: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    const wa = whatsappFor(container);
    const db = container.database.db;
    await app.register(multipart, { limits: { fileSize: MAX_INBOUND_MEDIA_BYTES, files: 1, fields: 2 } });

    app.post(
      '/send',
      {
        schema: {
          tags: ['development'],
          summary: 'Simulate an artisan sending a WhatsApp message (goes through the signed webhook)',
          body: z.strictObject({ from: phoneSchema, message }),
          response: { 202: z.object({ messageId: z.string() }), ...problemResponses },
        },
      },
      async (request, reply) => {
        const { from, message: m } = request.body;
        const media = m.type === 'image' || m.type === 'audio' ? await getMedia(db, m.mediaId) : undefined;
        if ((m.type === 'image' || m.type === 'audio') && !media)
          throw new AppError('not_found', 'error.not_found', { what: 'media' });
        const id = `wamid.SIMIN${randomUUID().replace(/-/g, '')}`;
        const timestamp = Math.floor(container.deps.clock.now().getTime() / 1000);
        const payload = webhookPayload({
          phoneNumberId: wa.phoneNumberId,
          from: phoneToWaId(from),
          profileName: 'Simulator',
          messages: [
            {
              id,
              timestamp,
              ...toWire(m, { ...(media ? { size: media.size, mimeType: media.mimeType } : {}) }),
            },
          ],
        });
        const raw = JSON.stringify(payload);
        const res = await app.inject({
          method: 'POST',
          url: '/webhooks/whatsapp',
          payload: raw,
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(raw, wa.appSecret) },
        });
        if (res.statusCode !== 200) throw new AppError('unavailable', 'error.unavailable');
        return reply.code(202).send({ messageId: id });
      },
    );

    app.post(
      '/media',
      {
        schema: {
          tags: ['development'],
          summary: 'Upload a photo or voice note for a simulated message (multipart field `file`)',
          consumes: ['multipart/form-data'],
          response: {
            201: z.object({ mediaId: z.string(), mimeType: z.string(), size: z.number() }),
            ...problemResponses,
          },
        },
      },
      async (request, reply) => {
        const file = await request.file();
        if (!file) throw new AppError('validation', 'error.validation');
        if (!ALLOWED_MEDIA.test(file.mimetype))
          throw new AppError('unsupported_media_type', 'error.unsupported_media_type');
        const bytes = await file.toBuffer().catch(() => {
          throw new AppError('payload_too_large', 'error.body_too_large');
        });
        const stored = await storeWhatsAppMedia(db, container.storage.store, {
          bytes,
          mimeType: file.mimetype,
          direction: 'sim',
        });
        return reply.code(201).send({ mediaId: stored.id, mimeType: file.mimetype, size: bytes.length });
      },
    );

    app.get(
      '/messages',
      {
        schema: {
          tags: ['development'],
          summary:
            'The simulated conversation with a phone, oldest first (outbound in Cloud API message shapes)',
          querystring: z.strictObject({
            phone: phoneSchema,
            limit: z.coerce.number().int().min(1).max(500).default(200),
          }),
        },
      },
      async (request) => ({
        messages: await conversationView(container, phoneToWaId(request.query.phone), request.query.limit),
      }),
    );
  };
}
