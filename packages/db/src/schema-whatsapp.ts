import { bigint, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './schema';
import { ts, createdAt } from './columns';

/** Every inbound WhatsApp message, once: the primary key is WhatsApp's message id (retries dedupe). */
export const whatsappInbound = pgTable(
  'whatsapp_inbound',
  {
    waMessageId: text('wa_message_id').primaryKey(),
    waFrom: text('wa_from').notNull(),
    phoneNumberId: text('phone_number_id').notNull(),
    kind: text('kind').notNull(),
    /** The normalised message (core `InboundMessage`). */
    message: jsonb('message').notNull(),
    /** A voice note's transcript (issue 6), recognized before her turn runs; '' = heard nothing usable. */
    transcript: text('transcript'),
    sentAt: ts('sent_at').notNull(),
    receivedAt: createdAt(),
    processedAt: ts('processed_at'),
  },
  (t) => [index('whatsapp_inbound_from_idx').on(t.waFrom, t.processedAt, t.sentAt)],
);

/** Delivery statuses as WhatsApp reported them (one row per message and status, whatever the order). */
export const whatsappStatusEvents = pgTable(
  'whatsapp_status_events',
  {
    id: uuid('id').primaryKey(),
    waMessageId: text('wa_message_id').notNull(),
    status: text('status').notNull(),
    at: ts('at').notNull(),
    recipient: text('recipient').notNull(),
    errors: jsonb('errors').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('whatsapp_status_events_uq').on(t.waMessageId, t.status)],
);

/** The durable outbound queue: every message we send, validated, with its delivery state. */
export const outboundMessages = pgTable(
  'outbound_messages',
  {
    id: uuid('id').primaryKey(),
    /** Insertion order: the order she must receive them in (timestamps tie within a millisecond). */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    waTo: text('wa_to').notNull(),
    type: text('type').notNull(),
    /** The Cloud API request body (also what the simulator renders). */
    payload: jsonb('payload').notNull(),
    purpose: text('purpose').notNull(),
    /** queued → sent → delivered → read; or failed (permanent, with the error). */
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    waMessageId: text('wa_message_id'),
    errorCode: integer('error_code'),
    lastError: text('last_error'),
    /** The inbound message this answers (ordering in the simulator), if any. */
    replyTo: text('reply_to'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    sentAt: ts('sent_at'),
  },
  (t) => [
    uniqueIndex('outbound_messages_wa_id_uq').on(t.waMessageId),
    index('outbound_messages_to_idx').on(t.waTo, t.seq),
    index('outbound_messages_status_idx').on(t.status, t.updatedAt),
  ],
);

/** One conversation per WhatsApp number: the engine's state and the customer-service window. */
export const conversations = pgTable('conversations', {
  waId: text('wa_id').primaryKey(),
  userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
  state: jsonb('state'),
  lastInboundAt: ts('last_inbound_at'),
  profileName: text('profile_name'),
  createdAt: createdAt(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Media exchanged over WhatsApp: bytes live in the object store under `objectKey`. */
export const whatsappMedia = pgTable('whatsapp_media', {
  id: text('id').primaryKey(),
  objectKey: text('object_key').notNull(),
  mimeType: text('mime_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  /** in: she sent it; out: we uploaded it; sim: uploaded by the simulator for a simulated message. */
  direction: text('direction').notNull(),
  waId: text('wa_id'),
  createdAt: createdAt(),
});

/** She asked for a person: a reviewer picks it up from their queue. */
export const handovers = pgTable(
  'handovers',
  {
    id: uuid('id').primaryKey(),
    waId: text('wa_id').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    channel: text('channel').notNull(),
    reason: text('reason').notNull(),
    lastText: text('last_text'),
    status: text('status').notNull().default('open'),
    /** The inbound message that asked (one handover per message, however often it is processed). */
    sourceMessageId: text('source_message_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('handovers_status_idx').on(t.status, t.createdAt),
    uniqueIndex('handovers_source_uq').on(t.sourceMessageId),
  ],
);
