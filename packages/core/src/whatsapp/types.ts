/**
 * The WhatsApp Business Cloud API wire format (Graph API v21): what the webhook delivers and what
 * POST /{phone-number-id}/messages accepts. Pure types, no transport.
 */

/** A media object is referenced by an uploaded media id or by a public link. */
export type MediaRef = { id: string; link?: never } | { link: string; id?: never };

export interface ReplyButton {
  type: 'reply';
  reply: { id: string; title: string };
}

export interface ListRow {
  id: string;
  title: string;
  description?: string;
}

export interface ListSection {
  title?: string;
  rows: ListRow[];
}

export type InteractiveHeader = { type: 'text'; text: string };

export type Interactive =
  | {
      type: 'button';
      header?: InteractiveHeader;
      body: { text: string };
      footer?: { text: string };
      action: { buttons: ReplyButton[] };
    }
  | {
      type: 'list';
      header?: InteractiveHeader;
      body: { text: string };
      footer?: { text: string };
      action: { button: string; sections: ListSection[] };
    }
  | {
      type: 'location_request_message';
      body: { text: string };
      action: { name: 'send_location' };
    };

export interface TemplateParameter {
  type: 'text';
  text: string;
}

export interface TemplateComponent {
  type: 'header' | 'body' | 'button';
  sub_type?: 'quick_reply' | 'url';
  index?: string;
  parameters: (
    | TemplateParameter
    | { type: 'payload'; payload: string }
    | { type: 'image'; image: { id: string } }
    | { type: 'document'; document: { id: string; filename?: string } }
  )[];
}

export interface Template {
  name: string;
  language: { code: string };
  components?: TemplateComponent[];
}

interface Envelope {
  messaging_product: 'whatsapp';
  recipient_type: 'individual';
  /** The recipient's WhatsApp id: her number in international format, digits only. */
  to: string;
}

/** The JSON body of POST /{phone-number-id}/messages. */
export type CloudMessage = Envelope &
  (
    | { type: 'text'; text: { body: string; preview_url?: boolean } }
    | { type: 'interactive'; interactive: Interactive }
    | { type: 'image'; image: MediaRef & { caption?: string } }
    | { type: 'document'; document: MediaRef & { caption?: string; filename?: string } }
    | { type: 'audio'; audio: MediaRef }
    | { type: 'template'; template: Template }
  );

export type CloudMessageType = CloudMessage['type'];

/** What she sent, normalised from any webhook message shape. */
export type InboundContent =
  | { kind: 'text'; text: string }
  | { kind: 'button'; id: string; title: string }
  | { kind: 'list'; id: string; title: string; description?: string }
  | { kind: 'quick_reply'; payload: string; text: string }
  | { kind: 'location'; lat: number; lng: number; name?: string; address?: string }
  | { kind: 'image'; mediaId: string; mimeType: string; sha256?: string; caption?: string; fileSize?: number }
  | { kind: 'audio'; mediaId: string; mimeType: string; voice: boolean; fileSize?: number }
  | {
      kind: 'document';
      mediaId: string;
      mimeType: string;
      filename?: string;
      caption?: string;
      fileSize?: number;
    }
  | { kind: 'reaction'; messageId: string; emoji?: string }
  | { kind: 'unsupported'; type: string; errorCode?: number };

export interface InboundMessage {
  waMessageId: string;
  /** Sender's WhatsApp id (digits). */
  from: string;
  at: Date;
  phoneNumberId: string;
  profileName?: string;
  /** The message she replied to, when she used "reply". */
  contextId?: string;
  content: InboundContent;
}

export const DELIVERY_STATUSES = ['sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface StatusError {
  code: number;
  title: string;
  message?: string;
  details?: string;
}

export interface StatusEvent {
  waMessageId: string;
  status: DeliveryStatus;
  at: Date;
  recipient: string;
  phoneNumberId: string;
  errors: StatusError[];
}

export interface WebhookBatch {
  messages: InboundMessage[];
  statuses: StatusEvent[];
}
