import type { ConversationInput } from '../conversation/types';
import type { InboundContent } from './types';

/** WhatsApp accepts audio up to 16 MB; we do not download anything larger (a polite reply instead). */
export const MAX_INBOUND_MEDIA_BYTES = 16 * 1024 * 1024;

const tooLarge = (size: number | undefined) => size !== undefined && size > MAX_INBOUND_MEDIA_BYTES;

/** The channel-agnostic input for a WhatsApp message. */
export function toConversationInput(content: InboundContent, transcript?: string): ConversationInput {
  switch (content.kind) {
    case 'text':
      return { kind: 'text', text: content.text };
    case 'button':
      return { kind: 'button', id: content.id, title: content.title };
    case 'list':
      return { kind: 'list', id: content.id, title: content.title };
    case 'quick_reply':
      // A template's quick-reply button: its payload is the id we set, else its text is her answer.
      return content.payload
        ? { kind: 'button', id: content.payload, title: content.text }
        : { kind: 'text', text: content.text };
    case 'location':
      return { kind: 'location', lat: content.lat, lng: content.lng };
    case 'image':
      return {
        kind: 'image',
        mediaId: content.mediaId,
        ...(tooLarge(content.fileSize) ? { tooLarge: true } : {}),
      };
    case 'audio':
      return {
        kind: 'audio',
        ...(transcript ? { transcript } : {}),
        ...(tooLarge(content.fileSize) ? { tooLarge: true } : {}),
      };
    case 'document':
      return { kind: 'document', ...(tooLarge(content.fileSize) ? { tooLarge: true } : {}) };
    case 'reaction':
      return { kind: 'reaction' };
    case 'unsupported':
      return { kind: 'unsupported', type: content.type };
  }
}
