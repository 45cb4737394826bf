import type { JobQueue, Messaging, ObjectStore, OutboundMessage } from '@shebalance/core';
import { fit } from '@shebalance/core/conversation/index';
import {
  LIMITS,
  phoneToWaId,
  template,
  type CloudMessage,
  type WhatsAppTransport,
} from '@shebalance/core/whatsapp/index';
import {
  OutboundRateLimiter,
  queueMessages,
  SimulatorTransport,
  WhatsAppCloudTransport,
} from '@shebalance/adapters/whatsapp/index';
import { getConversation } from '@shebalance/db/whatsapp/index';
import type { Database } from '@shebalance/db';
import { windowOpen } from '@shebalance/core/whatsapp/index';
import type { Config } from '../config';
import type { Container } from '../container';

export interface WhatsApp {
  appSecret: string;
  verifyToken: string;
  phoneNumberId: string;
  transport: WhatsAppTransport;
  limiter: OutboundRateLimiter;
}

/** Refuses the embedded development secrets when real WhatsApp traffic is configured. */
export function checkWhatsAppConfig(config: Config): void {
  if (config.MESSAGING_DRIVER !== 'whatsapp') return;
  const problems: string[] = [];
  if (!config.WHATSAPP_TOKEN) problems.push('WHATSAPP_TOKEN: required when MESSAGING_DRIVER=whatsapp');
  if (config.isProduction && config.WHATSAPP_APP_SECRET.startsWith('dev-'))
    problems.push('WHATSAPP_APP_SECRET: set the Meta app secret');
  if (config.isProduction && config.WHATSAPP_VERIFY_TOKEN.startsWith('dev-'))
    problems.push('WHATSAPP_VERIFY_TOKEN: set your own verify token');
  if (problems.length) throw new Error(`Invalid WhatsApp configuration:\n  - ${problems.join('\n  - ')}`);
}

export function createTransport(config: Config, db: Database, store: ObjectStore): WhatsAppTransport {
  checkWhatsAppConfig(config);
  return config.MESSAGING_DRIVER === 'whatsapp'
    ? new WhatsAppCloudTransport({
        graphUrl: config.WHATSAPP_GRAPH_URL,
        token: config.WHATSAPP_TOKEN!,
        phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID,
      })
    : new SimulatorTransport(db, store);
}

const instances = new WeakMap<Container, WhatsApp>();

/** The WhatsApp channel of a container (one transport and one rate limiter per process). */
export function whatsappFor(container: Container): WhatsApp {
  let wa = instances.get(container);
  if (!wa) {
    const { config } = container;
    wa = {
      appSecret: config.WHATSAPP_APP_SECRET,
      verifyToken: config.WHATSAPP_VERIFY_TOKEN,
      phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID,
      transport: createTransport(config, container.database.db, container.storage.store),
      limiter: new OutboundRateLimiter({
        perSecond: config.WHATSAPP_RATE_PER_SECOND,
        pairBurst: config.WHATSAPP_PAIR_BURST,
      }),
    };
    instances.set(container, wa);
  }
  return wa;
}

/** The Cloud API message for a Messaging-port message (window open: buttons; closed: a template). */
export function whatsappMessageFor(message: OutboundMessage, to: string, open: boolean): CloudMessage {
  const envelope = { messaging_product: 'whatsapp' as const, recipient_type: 'individual' as const, to };
  const lang = message.lang ?? 'en';
  const code = message.purpose === 'otp' ? /\b(\d{4,8})\b/.exec(message.text)?.[1] : undefined;
  if (code) return { ...envelope, type: 'template', template: template('sb_otp', 'en', [code]) };
  const replies = message.replies?.slice(0, LIMITS.maxButtons) ?? [];
  if (replies.length && open)
    return {
      ...envelope,
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: fit(message.text, LIMITS.interactiveBody) },
        action: {
          buttons: replies.map((r) => ({
            type: 'reply' as const,
            reply: { id: r.id, title: fit(r.title, LIMITS.buttonTitle) },
          })),
        },
      },
    };
  if (replies.length && message.purpose === 'offer') {
    // Outside the window: the approved offer template, its quick-reply buttons carrying the same ids.
    const t = template('sb_offer_new', lang, [message.text]);
    return {
      ...envelope,
      type: 'template',
      template: {
        ...t,
        components: [
          ...(t.components ?? []),
          ...replies.map((r, i) => ({
            type: 'button' as const,
            sub_type: 'quick_reply' as const,
            index: String(i),
            parameters: [{ type: 'payload' as const, payload: r.id }],
          })),
        ],
      },
    };
  }
  return { ...envelope, type: 'text', text: { body: fit(message.text, LIMITS.textBody) } };
}

/**
 * The Messaging port of the container: with MESSAGING_DRIVER=whatsapp, one-time codes and notices go
 * out on WhatsApp through the durable outbound queue (codes as the `sb_otp` template, offers with
 * Accept / Decline buttons); outside production they are also kept in the development outbox. With
 * the simulator driver, notices to someone chatting in the simulator go to her simulated WhatsApp
 * (the simulator transport also records them in the outbox); everything else stays in the outbox.
 */
export function createMessaging(
  config: Config,
  db: Database,
  queue: JobQueue,
  devOutbox: Messaging,
  clock: { now(): Date },
): Messaging {
  const whatsapp = config.MESSAGING_DRIVER === 'whatsapp';
  return {
    async send(message) {
      const to = phoneToWaId(message.to);
      const now = clock.now();
      const conversation = message.purpose === 'otp' ? undefined : await getConversation(db, to);
      if (!whatsapp && !conversation) return devOutbox.send(message);
      const open = windowOpen(conversation?.lastInboundAt, now);
      const [id] = await queueMessages(db, queue, [whatsappMessageFor(message, to, open)], {
        lang: message.lang ?? 'en',
        windowOpen: open,
        purpose: message.purpose,
        now,
      });
      if (whatsapp && !config.isProduction) await devOutbox.send(message);
      return { id: id! };
    },
  };
}
