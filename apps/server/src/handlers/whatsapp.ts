import {
  deliverOutbound,
  enqueueSends,
  processInbound,
  SEND_JOB,
  storeWhatsAppMedia,
  type TurnDeps,
} from '@shebalance/adapters/whatsapp/index';
import { MAX_INBOUND_MEDIA_BYTES } from '@shebalance/core/whatsapp/index';
import { createRepositories, withEntityCache, type Database } from '@shebalance/db';
import { getMedia } from '@shebalance/db/whatsapp/index';
import { expectedReplyMatch, parse } from '@shebalance/ml/nlu/index';
import { z } from 'zod';
import type { Container } from '../container';
import { whatsappFor } from '../wiring/messaging';
import { speakVoiceReplies, transcribeVoiceNote } from './whatsapp-voice';
import {
  accountSnapshot,
  enqueueActions,
  registerWhatsAppJourneyHandlers,
  submitWhatsAppPhotos,
} from './whatsapp-journeys';

export const INBOUND_JOB = 'whatsapp.inbound';
export const PHOTOS_JOB = 'whatsapp.photos';

const byId = z.object({ id: z.string().min(1).max(200) });
const photos = z.object({
  waId: z.string(),
  mediaIds: z.array(z.string()).max(10),
  userId: z.string().nullable(),
  lang: z.enum(['en', 'hi', 'ta', 'bn', 'mr']).default('en'),
});

/** The conversation engine's dependencies over this container (NLU as a port, repositories per transaction). */
export function turnDeps(container: Container): TurnDeps {
  return {
    db: container.database.db,
    clock: container.deps.clock,
    ids: container.deps.ids,
    engine: {
      nlu: {
        parse: (text, lang) => parse(text, { lang }),
        match: (text, options) => expectedReplyMatch(text, options),
      },
      // Photos go to the assessment pipeline (whatsapp.photos job); her result comes back here.
      capabilities: { scoring: true },
    },
    account: (tx, userId) => accountSnapshot(container, tx, userId),
    repositories(tx: Database) {
      const touched = new Set<string>();
      return {
        repos: withEntityCache(createRepositories(tx), container.cache, touched),
        afterCommit: () => touched.forEach((key) => container.cache.invalidate(key)),
      };
    },
  };
}

/**
 * WhatsApp background work: one `whatsapp.inbound` job per inbound message (idempotency key = message
 * id), one `whatsapp.send` job per outbound message, and `whatsapp.photos` to fetch the photos she sent.
 */
export function registerWhatsAppHandlers(container: Container): void {
  const { registry, queue } = container.jobs;
  const deps = turnDeps(container);
  registry.register<{ id: string }>(
    INBOUND_JOB,
    async ({ id }, context) => {
      await transcribeVoiceNote(container, id, context.attempt); // voice notes: STT before the locked turn
      const outcome = await processInbound(deps, id);
      await enqueueSends(queue, outcome.outbound);
      await speakVoiceReplies(container, outcome); // …and her reply to a voice note is spoken too
      await enqueueActions(queue, outcome.actions);
      for (const p of outcome.photos) {
        await queue.enqueue(PHOTOS_JOB, p, {
          idempotencyKey: `wa-photos:${p.mediaIds.join(',')}`.slice(0, 200),
        });
      }
    },
    { parse: (p) => byId.parse(p) },
  );
  registry.register<{ id: string }>(
    SEND_JOB,
    async ({ id }, context) => {
      const wa = whatsappFor(container);
      await deliverOutbound(
        {
          db: container.database.db,
          transport: wa.transport,
          limiter: wa.limiter,
          now: () => container.deps.clock.now(),
        },
        id,
        context.attempt,
      );
    },
    { parse: (p) => byId.parse(p) },
  );
  registry.register<z.infer<typeof photos>>(
    PHOTOS_JOB,
    async ({ waId, mediaIds, userId, lang }) => {
      const { transport } = whatsappFor(container);
      const db = container.database.db;
      const photos: Buffer[] = [];
      for (const id of mediaIds) {
        const known = await getMedia(db, id);
        if (known && known.direction !== 'sim') {
          const stored = await container.storage.store.get(known.objectKey);
          if (stored) photos.push(Buffer.from(stored.body));
          continue;
        }
        const info = await transport.mediaInfo(id);
        if (info.size > MAX_INBOUND_MEDIA_BYTES) continue;
        const bytes = Buffer.from(await transport.downloadMedia(info.url));
        photos.push(bytes);
        if (known) continue; // simulator media: the bytes are already in our store
        await storeWhatsAppMedia(db, container.storage.store, {
          id,
          bytes,
          mimeType: info.mimeType,
          direction: 'in',
          waId,
        });
      }
      // Stored: now scored by the same pipeline as the HTTP API (her result comes back on WhatsApp).
      if (userId && photos.length)
        await submitWhatsAppPhotos(container, { waId, userId, lang, photos, key: mediaIds.join(',') });
    },
    { parse: (p) => photos.parse(p) },
  );
  registerWhatsAppJourneyHandlers(container);
}
