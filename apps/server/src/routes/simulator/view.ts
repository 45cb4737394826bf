import type { CloudMessage, InboundMessage } from '@shebalance/core/whatsapp/index';
import { renderTemplate } from '@shebalance/core/whatsapp/index';
import { getMedia, inboundFor, outboundFor } from '@shebalance/db/whatsapp/index';
import type { Container } from '../../container';

export interface SimulatorEntry {
  direction: 'in' | 'out';
  id: string;
  at: string;
  /** in: the normalised message she sent; out: the Cloud API message body we sent. */
  message: InboundMessage | CloudMessage;
  status?: string;
  /** A signed link for media (photos, voice notes) the page can load. */
  mediaUrl?: string;
  /** Template text as she reads it. */
  text?: string;
}

/** The picture or file in a template's header (e.g. a certificate sent outside the 24-hour window). */
function templateMediaId(t: Extract<CloudMessage, { type: 'template' }>['template']): string | undefined {
  const p = t.components?.find((c) => c.type === 'header')?.parameters[0];
  return p?.type === 'image' ? p.image.id : p?.type === 'document' ? p.document.id : undefined;
}

async function mediaUrl(container: Container, id: string | undefined): Promise<string | undefined> {
  if (!id) return undefined;
  const media = await getMedia(container.database.db, id);
  return media ? container.storage.urlFor(media.objectKey) : undefined;
}

/** Inbound and outbound messages of one conversation, oldest first. */
export async function conversationView(
  container: Container,
  waId: string,
  limit: number,
): Promise<SimulatorEntry[]> {
  const db = container.database.db;
  const [inbound, outbound] = await Promise.all([inboundFor(db, waId, limit), outboundFor(db, waId, limit)]);
  // Her messages in the order the engine took them (her send time), each followed by what answered
  // it in the order it was queued; a proactive message follows the last message she had sent by then.
  // (Timestamps alone tie on a frozen clock and within a millisecond.)
  const ins = [...inbound].reverse();
  const outs = [...outbound].sort((a, b) => Number(a.seq) - Number(b.seq));
  const groupOf = new Map(ins.map((row, i) => [row.waMessageId, i]));
  const groups: SimulatorEntry[][] = [[], ...ins.map(() => [])];
  for (const [i, row] of ins.entries()) {
    const message = row.message as InboundMessage;
    const content = message.content;
    const url =
      content.kind === 'image' || content.kind === 'audio' || content.kind === 'document'
        ? await mediaUrl(container, content.mediaId)
        : undefined;
    groups[i + 1]!.push({
      direction: 'in',
      id: row.waMessageId,
      at: row.receivedAt.toISOString(),
      message,
      ...(url ? { mediaUrl: url } : {}),
    });
  }
  for (const row of outs) {
    const m = row.payload;
    const ref =
      m.type === 'image'
        ? m.image.id
        : m.type === 'audio'
          ? m.audio.id
          : m.type === 'document'
            ? m.document.id
            : m.type === 'template'
              ? templateMediaId(m.template)
              : undefined;
    const url = await mediaUrl(container, ref);
    const answered = row.replyTo ? groupOf.get(row.replyTo) : undefined;
    const group = answered ?? ins.findLastIndex((r) => r.receivedAt.getTime() <= row.createdAt.getTime());
    groups[group + 1]!.push({
      direction: 'out',
      id: row.id,
      at: row.createdAt.toISOString(),
      message: m,
      status: row.status,
      ...(url ? { mediaUrl: url } : {}),
      ...(m.type === 'template' ? { text: renderTemplate(m.template) } : {}),
    });
  }
  return groups.flat().slice(-limit);
}
