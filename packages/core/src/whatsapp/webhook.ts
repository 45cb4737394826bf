import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  type InboundContent,
  type InboundMessage,
  type StatusError,
  type StatusEvent,
  type WebhookBatch,
} from './types';

/** The body is JSON but not a WhatsApp Business Account notification. */
export class WebhookShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookShapeError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const when = (timestamp: unknown): Date => new Date((num(timestamp) ?? 0) * 1000);

/**
 * Parses a Cloud API webhook notification: every entry, every `messages` change, every message and
 * status in it. Unknown message types become `unsupported` (never dropped); malformed items are skipped.
 */
export function parseWebhook(body: unknown): WebhookBatch {
  if (!isObj(body) || body.object !== 'whatsapp_business_account' || !Array.isArray(body.entry)) {
    throw new WebhookShapeError('not a whatsapp_business_account notification');
  }
  const batch: WebhookBatch = { messages: [], statuses: [] };
  for (const entry of body.entry) {
    if (!isObj(entry)) continue;
    for (const change of list(entry.changes)) {
      if (!isObj(change) || change.field !== 'messages' || !isObj(change.value)) continue;
      const value = change.value;
      const phoneNumberId = (isObj(value.metadata) && str(value.metadata.phone_number_id)) || '';
      const names = new Map<string, string>();
      for (const c of list(value.contacts)) {
        if (isObj(c) && str(c.wa_id) && isObj(c.profile) && str(c.profile.name))
          names.set(c.wa_id as string, c.profile.name as string);
      }
      for (const m of list(value.messages)) {
        const parsed = parseMessage(m, phoneNumberId, names);
        if (parsed) batch.messages.push(parsed);
      }
      for (const s of list(value.statuses)) {
        const parsed = parseStatus(s, phoneNumberId);
        if (parsed) batch.statuses.push(parsed);
      }
    }
  }
  return batch;
}

function parseMessage(
  m: unknown,
  phoneNumberId: string,
  names: Map<string, string>,
): InboundMessage | undefined {
  if (!isObj(m)) return undefined;
  const id = str(m.id);
  const from = str(m.from);
  if (!id || !from) return undefined;
  const contextId = isObj(m.context) ? str(m.context.id) : undefined;
  const profileName = names.get(from);
  return {
    waMessageId: id,
    from,
    at: when(m.timestamp),
    phoneNumberId,
    ...(profileName ? { profileName } : {}),
    ...(contextId ? { contextId } : {}),
    content: parseContent(m),
  };
}

function media(
  v: unknown,
): { mediaId: string; mimeType: string; sha256?: string; fileSize?: number } | undefined {
  if (!isObj(v) || !str(v.id)) return undefined;
  const fileSize = num(v.file_size);
  const sha256 = str(v.sha256);
  return {
    mediaId: v.id as string,
    mimeType: str(v.mime_type) ?? 'application/octet-stream',
    ...(sha256 ? { sha256 } : {}),
    ...(fileSize !== undefined ? { fileSize } : {}),
  };
}

function unsupported(m: Obj): InboundContent {
  const code = isObj(list(m.errors)[0]) ? num((list(m.errors)[0] as Obj).code) : undefined;
  return {
    kind: 'unsupported',
    type: str(m.type) ?? 'unknown',
    ...(code !== undefined ? { errorCode: code } : {}),
  };
}

function parseContent(m: Obj): InboundContent {
  switch (m.type) {
    case 'text':
      return isObj(m.text) && typeof m.text.body === 'string'
        ? { kind: 'text', text: m.text.body }
        : unsupported(m);
    case 'interactive': {
      const i = isObj(m.interactive) ? m.interactive : {};
      if (i.type === 'button_reply' && isObj(i.button_reply) && str(i.button_reply.id)) {
        return { kind: 'button', id: i.button_reply.id as string, title: str(i.button_reply.title) ?? '' };
      }
      if (i.type === 'list_reply' && isObj(i.list_reply) && str(i.list_reply.id)) {
        const description = str(i.list_reply.description);
        return {
          kind: 'list',
          id: i.list_reply.id as string,
          title: str(i.list_reply.title) ?? '',
          ...(description ? { description } : {}),
        };
      }
      return unsupported(m);
    }
    case 'button':
      return isObj(m.button)
        ? { kind: 'quick_reply', payload: str(m.button.payload) ?? '', text: str(m.button.text) ?? '' }
        : unsupported(m);
    case 'location': {
      const l = isObj(m.location) ? m.location : {};
      const lat = num(l.latitude);
      const lng = num(l.longitude);
      if (lat === undefined || lng === undefined) return unsupported(m);
      const name = str(l.name);
      const address = str(l.address);
      return { kind: 'location', lat, lng, ...(name ? { name } : {}), ...(address ? { address } : {}) };
    }
    case 'image': {
      const md = media(m.image);
      if (!md) return unsupported(m);
      const caption = str((m.image as Obj).caption);
      return { kind: 'image', ...md, ...(caption ? { caption } : {}) };
    }
    case 'audio': {
      const md = media(m.audio);
      if (!md) return unsupported(m);
      return { kind: 'audio', ...md, voice: (m.audio as Obj).voice === true };
    }
    case 'document': {
      const md = media(m.document);
      if (!md) return unsupported(m);
      const d = m.document as Obj;
      const filename = str(d.filename);
      const caption = str(d.caption);
      return { kind: 'document', ...md, ...(filename ? { filename } : {}), ...(caption ? { caption } : {}) };
    }
    case 'reaction': {
      const r = isObj(m.reaction) ? m.reaction : {};
      const emoji = str(r.emoji);
      return { kind: 'reaction', messageId: str(r.message_id) ?? '', ...(emoji ? { emoji } : {}) };
    }
    default:
      return unsupported(m);
  }
}

function parseStatus(s: unknown, phoneNumberId: string): StatusEvent | undefined {
  if (!isObj(s) || !str(s.id) || !(DELIVERY_STATUSES as readonly unknown[]).includes(s.status))
    return undefined;
  const errors: StatusError[] = list(s.errors)
    .filter(isObj)
    .map((e) => ({
      code: num(e.code) ?? 0,
      title: str(e.title) ?? '',
      ...(str(e.message) ? { message: e.message as string } : {}),
      ...(isObj(e.error_data) && str(e.error_data.details)
        ? { details: e.error_data.details as string }
        : {}),
    }));
  return {
    waMessageId: s.id as string,
    status: s.status as DeliveryStatus,
    at: when(s.timestamp),
    recipient: str(s.recipient_id) ?? '',
    phoneNumberId,
    errors,
  };
}

const RANK: Record<DeliveryStatus | 'queued' | 'sending', number> = {
  queued: 0,
  sending: 1,
  sent: 2,
  delivered: 3,
  read: 4,
  failed: 5,
};

/**
 * Whether a status update may replace the current one: statuses only move forward (a late 'sent'
 * never overwrites 'read'); 'failed' is final and may arrive after 'sent'.
 */
export function statusAdvances(current: string, next: DeliveryStatus): boolean {
  const from = RANK[current as DeliveryStatus] ?? 0;
  if (current === 'failed' || current === 'dead') return false;
  return RANK[next] > from;
}

/** WhatsApp ids are E.164 digits without '+'. */
export const waIdToPhone = (waId: string): string => `+${waId.replace(/\D/g, '')}`;
export const phoneToWaId = (phone: string): string => phone.replace(/\D/g, '');
