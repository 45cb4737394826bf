import { createHash, randomUUID } from 'node:crypto';
import type { ObjectStore } from '@shebalance/core';
import {
  messageText,
  TransportError,
  type CloudMessage,
  type WhatsAppTransport,
} from '@shebalance/core/whatsapp/index';
import type { Database } from '@shebalance/db';
import { schema } from '@shebalance/db';
import { getMedia, saveMedia } from '@shebalance/db/whatsapp/index';
import { newObjectKey } from '../storage/keys';

const EXT: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'audio/ogg': 'ogg',
  'audio/webm': 'webm',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'application/pdf': 'pdf',
};
export const extensionFor = (mimeType: string) => EXT[mimeType.split(';')[0]!.trim()] ?? 'bin';

/** Stores bytes as WhatsApp media (object store + whatsapp_media row); returns the media id. */
export async function storeWhatsAppMedia(
  db: Database,
  store: ObjectStore,
  media: {
    bytes: Buffer;
    mimeType: string;
    direction: 'in' | 'out' | 'sim';
    waId?: string | null;
    id?: string;
  },
): Promise<{ id: string; objectKey: string; sha256: string }> {
  const id = media.id ?? `sim${randomUUID().replace(/-/g, '')}`;
  const objectKey = newObjectKey('whatsapp', extensionFor(media.mimeType));
  const sha256 = createHash('sha256').update(media.bytes).digest('hex');
  await store.put(objectKey, media.bytes, media.mimeType);
  await saveMedia(db, {
    id,
    objectKey,
    mimeType: media.mimeType,
    size: media.bytes.length,
    sha256,
    direction: media.direction,
    waId: media.waId ?? null,
  });
  return { id, objectKey, sha256 };
}

/**
 * The embedded default: nothing leaves the machine. Sent messages are already stored in
 * outbound_messages (the simulator renders them); a text rendering also goes to the development outbox.
 */
export class SimulatorTransport implements WhatsAppTransport {
  readonly kind = 'simulator' as const;

  constructor(
    private readonly db: Database,
    private readonly store: ObjectStore,
  ) {}

  async send(message: CloudMessage): Promise<{ waMessageId: string }> {
    const waMessageId = `wamid.SIM${randomUUID().replace(/-/g, '')}`;
    await this.db.insert(schema.devOutbox).values({
      id: randomUUID(),
      to: `+${message.to}`,
      channel: 'whatsapp',
      purpose: message.type === 'template' ? message.template.name : 'conversation',
      text: messageText(message),
      payload: message,
    });
    return { waMessageId };
  }

  async uploadMedia(bytes: Uint8Array, mimeType: string): Promise<{ id: string }> {
    const { id } = await storeWhatsAppMedia(this.db, this.store, {
      bytes: Buffer.from(bytes),
      mimeType,
      direction: 'out',
    });
    return { id };
  }

  async mediaInfo(id: string): Promise<{ url: string; mimeType: string; size: number; sha256?: string }> {
    const media = await getMedia(this.db, id);
    if (!media) throw new TransportError(`unknown media ${id}`, false, 100, 404);
    return {
      url: `simulator-media:${media.id}`,
      mimeType: media.mimeType,
      size: media.size,
      sha256: media.sha256,
    };
  }

  async downloadMedia(url: string): Promise<Uint8Array> {
    const media = url.startsWith('simulator-media:') ? await getMedia(this.db, url.slice(16)) : undefined;
    const object = media ? await this.store.get(media.objectKey) : undefined;
    if (!object) throw new TransportError(`media not found: ${url}`, false, 100, 404);
    return new Uint8Array(object.body);
  }
}
