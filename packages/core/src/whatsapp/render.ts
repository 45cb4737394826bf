import type { OutboundIntent } from '../conversation/types';
import { fit } from '../conversation/prompts';
import { LIMITS } from './validate';
import type { CloudMessage } from './types';

const envelope = (to: string) => ({
  messaging_product: 'whatsapp' as const,
  recipient_type: 'individual' as const,
  to,
});

/** A conversation reply as a Cloud API message to `to` (a WhatsApp id). */
export function renderIntent(to: string, intent: OutboundIntent): CloudMessage {
  switch (intent.kind) {
    case 'text':
      return { ...envelope(to), type: 'text', text: { body: intent.text, preview_url: false } };
    case 'buttons':
      return {
        ...envelope(to),
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: intent.text },
          action: {
            buttons: intent.buttons.map((b) => ({
              type: 'reply',
              reply: { id: b.id, title: fit(b.title, LIMITS.buttonTitle) },
            })),
          },
        },
      };
    case 'list':
      return {
        ...envelope(to),
        type: 'interactive',
        interactive: {
          type: 'list',
          body: { text: intent.text },
          action: {
            button: fit(intent.button, LIMITS.listButton),
            sections: [
              {
                rows: intent.rows.map((r) => ({
                  id: r.id,
                  title: fit(r.title, LIMITS.rowTitle),
                  ...(r.description ? { description: fit(r.description, LIMITS.rowDescription) } : {}),
                })),
              },
            ],
          },
        },
      };
    case 'location_request':
      return {
        ...envelope(to),
        type: 'interactive',
        interactive: {
          type: 'location_request_message',
          body: { text: intent.text },
          action: { name: 'send_location' },
        },
      };
    case 'image':
      return {
        ...envelope(to),
        type: 'image',
        image: {
          id: intent.mediaId,
          ...(intent.caption ? { caption: fit(intent.caption, LIMITS.caption) } : {}),
        },
      };
    case 'document':
      return {
        ...envelope(to),
        type: 'document',
        document: {
          id: intent.mediaId,
          filename: intent.filename,
          ...(intent.caption ? { caption: fit(intent.caption, LIMITS.caption) } : {}),
        },
      };
  }
}
