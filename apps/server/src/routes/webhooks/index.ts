import { verifySignature, WriteBatcher } from '@shebalance/adapters/whatsapp/index';
import { AppError } from '@shebalance/core';
import { parseWebhook, WebhookShapeError, type InboundMessage } from '@shebalance/core/whatsapp/index';
import { recordWebhook, storeInboundAndEnqueue } from '@shebalance/db/whatsapp/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { INBOUND_JOB } from '../../handlers/whatsapp';
import { whatsappFor } from '../../wiring/messaging';

/**
 * The WhatsApp Cloud API webhook at /webhooks/whatsapp (outside /api/v1: Meta calls it). GET answers
 * the verification handshake; POST checks the signature over the raw bytes, stores what arrived
 * (deduplicated by message id) and answers 200 at once; the conversation runs on the job queue.
 */
export function webhookRoutes({ container }: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    const wa = whatsappFor(container);
    const inboundWriter = new WriteBatcher<InboundMessage>(async (messages) => {
      await storeInboundAndEnqueue(container.database.db, messages, {
        name: INBOUND_JOB,
        runAt: container.deps.clock.now(),
        maxAttempts: 5,
      });
    });
    // Keep the exact bytes: the signature is over them, not over a re-serialisation.
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );

    app.get(
      '/whatsapp',
      {
        config: { rateLimit: false },
        schema: {
          tags: ['webhooks'],
          summary: 'WhatsApp webhook verification handshake (echoes hub.challenge)',
          querystring: z.object({
            'hub.mode': z.string().optional(),
            'hub.verify_token': z.string().optional(),
            'hub.challenge': z.string().max(200).optional(),
          }),
        },
      },
      async (request, reply) => {
        const q = request.query;
        if (
          q['hub.mode'] !== 'subscribe' ||
          q['hub.verify_token'] !== wa.verifyToken ||
          !q['hub.challenge']
        ) {
          throw new AppError('forbidden', 'error.forbidden');
        }
        return reply.type('text/plain; charset=utf-8').send(q['hub.challenge']);
      },
    );

    app.post(
      '/whatsapp',
      {
        config: { rateLimit: false },
        schema: {
          tags: ['webhooks'],
          summary: 'WhatsApp Cloud API notifications (signed with X-Hub-Signature-256)',
        },
      },
      async (request, reply) => {
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const signature = request.headers['x-hub-signature-256'];
        if (!verifySignature(raw, typeof signature === 'string' ? signature : undefined, wa.appSecret)) {
          throw new AppError('unauthorized', 'error.unauthorized');
        }
        let json: unknown;
        try {
          json = JSON.parse(raw.toString('utf8'));
        } catch {
          throw new AppError('validation', 'error.malformed_json');
        }
        let batch;
        try {
          batch = parseWebhook(json);
        } catch (err) {
          if (err instanceof WebhookShapeError) throw new AppError('validation', 'error.validation');
          throw err;
        }
        const db = container.database.db;
        const queue = container.jobs.queue;
        if (batch.statuses.length) await recordWebhook(db, { messages: [], statuses: batch.statuses });
        if (queue.kind === 'db') {
          // One statement for messages, service window and their jobs (grouped with concurrent deliveries).
          await inboundWriter.add(batch.messages);
        } else {
          await storeInboundAndEnqueue(db, batch.messages);
          // Every message of the delivery (new or retried): the idempotency key makes a retry a no-op, and
          // re-enqueueing covers a crash between storing and enqueueing on the first delivery.
          for (const m of batch.messages) {
            await queue.enqueue(
              INBOUND_JOB,
              { id: m.waMessageId },
              { idempotencyKey: `wa-in:${m.waMessageId}`.slice(0, 200) },
            );
          }
        }
        return reply.code(200).send({ ok: true });
      },
    );
  };
}
