import type { DeliveryStatus } from './types';

/**
 * Builds Cloud API webhook notifications exactly as Meta sends them (for the simulator, tests and
 * benchmarks). Message bodies are given in their wire shape, e.g. `{ type: 'text', text: { body } }`.
 */
export type WireMessage = { type: string } & Record<string, unknown>;

export interface WireStatus {
  id: string;
  status: DeliveryStatus;
  timestamp: number;
  recipient_id: string;
  errors?: { code: number; title: string; message?: string; error_data?: { details: string } }[];
}

export function webhookPayload(options: {
  phoneNumberId: string;
  displayPhoneNumber?: string;
  from?: string;
  profileName?: string;
  messages?: (WireMessage & { id: string; timestamp: number; context?: { from: string; id: string } })[];
  statuses?: WireStatus[];
}): Record<string, unknown> {
  const value: Record<string, unknown> = {
    messaging_product: 'whatsapp',
    metadata: {
      display_phone_number: options.displayPhoneNumber ?? '15550000000',
      phone_number_id: options.phoneNumberId,
    },
  };
  if (options.messages?.length && options.from) {
    value.contacts = [{ profile: { name: options.profileName ?? 'Artisan' }, wa_id: options.from }];
    value.messages = options.messages.map(({ id, timestamp, ...body }) => ({
      from: options.from,
      id,
      timestamp: String(timestamp),
      ...body,
    }));
  }
  if (options.statuses?.length)
    value.statuses = options.statuses.map((s) => ({ ...s, timestamp: String(s.timestamp) }));
  return {
    object: 'whatsapp_business_account',
    entry: [{ id: 'WABA_ID', changes: [{ value, field: 'messages' }] }],
  };
}

/** Wire bodies for what a person can send. */
export const wire = {
  text: (body: string): WireMessage => ({ type: 'text', text: { body } }),
  button: (id: string, title: string): WireMessage => ({
    type: 'interactive',
    interactive: { type: 'button_reply', button_reply: { id, title } },
  }),
  list: (id: string, title: string, description?: string): WireMessage => ({
    type: 'interactive',
    interactive: { type: 'list_reply', list_reply: { id, title, ...(description ? { description } : {}) } },
  }),
  quickReply: (payload: string, text: string): WireMessage => ({ type: 'button', button: { payload, text } }),
  location: (latitude: number, longitude: number, name?: string): WireMessage => ({
    type: 'location',
    location: { latitude, longitude, ...(name ? { name } : {}) },
  }),
  image: (id: string, mimeType = 'image/jpeg', caption?: string): WireMessage => ({
    type: 'image',
    image: { id, mime_type: mimeType, sha256: 'x', ...(caption ? { caption } : {}) },
  }),
  audio: (id: string, fileSize?: number): WireMessage => ({
    type: 'audio',
    audio: {
      id,
      mime_type: 'audio/ogg; codecs=opus',
      voice: true,
      ...(fileSize !== undefined ? { file_size: fileSize } : {}),
    },
  }),
  document: (id: string, filename: string): WireMessage => ({
    type: 'document',
    document: { id, filename, mime_type: 'application/pdf' },
  }),
  reaction: (messageId: string, emoji: string): WireMessage => ({
    type: 'reaction',
    reaction: { message_id: messageId, emoji },
  }),
  unsupported: (type = 'unknown'): WireMessage => ({
    type,
    errors: [{ code: 131051, title: 'Message type unknown', message: 'Message type unknown' }],
  }),
};
