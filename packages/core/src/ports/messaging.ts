/** A message to a person over a channel (WhatsApp in production; the development outbox by default). */
export interface OutboundText {
  to: string;
  kind: 'text';
  text: string;
  /** Why it was sent: 'otp', 'offer', 'notification' … (never logged with the body for 'otp'). */
  purpose: string;
}

export type OutboundMessage = OutboundText;

export interface Messaging {
  send(message: OutboundMessage): Promise<{ id: string }>;
}
