import type { Lang } from '../i18n/lang';

/** A message to a person over a channel (WhatsApp in production; the development outbox by default). */
export interface OutboundText {
  to: string;
  kind: 'text';
  text: string;
  /** Why it was sent: 'otp', 'offer', 'notification' … (never logged with the body for 'otp'). */
  purpose: string;
  /**
   * Reply buttons (at most 3, ids the conversation engine understands, e.g. `offer:<id>:accept`): shown
   * by channels that have them (WhatsApp), ignored by the others.
   */
  replies?: { id: string; title: string }[];
  /** Her language, for the channel's own wording (e.g. a WhatsApp template outside the 24-hour window). */
  lang?: Lang;
}

export type OutboundMessage = OutboundText;

export interface Messaging {
  send(message: OutboundMessage): Promise<{ id: string }>;
}
