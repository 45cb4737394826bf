import type { JobQueue, Messaging, ObjectStore } from '@shebalance/core';
import { phoneToWaId, template, type WhatsAppTransport } from '@shebalance/core/whatsapp/index';
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
      limiter: new OutboundRateLimiter({ perSecond: config.WHATSAPP_RATE_PER_SECOND }),
    };
    instances.set(container, wa);
  }
  return wa;
}

/**
 * The Messaging port of the container: with MESSAGING_DRIVER=whatsapp, one-time codes and notices go
 * out on WhatsApp through the durable outbound queue (codes as the `sb_otp` template); outside
 * production they are also kept in the development outbox. The simulator driver keeps the outbox only.
 */
export function createMessaging(
  config: Config,
  db: Database,
  queue: JobQueue,
  devOutbox: Messaging,
  clock: { now(): Date },
): Messaging {
  if (config.MESSAGING_DRIVER !== 'whatsapp') return devOutbox;
  return {
    async send(message) {
      const to = phoneToWaId(message.to);
      const code = message.purpose === 'otp' ? /\b(\d{4,8})\b/.exec(message.text)?.[1] : undefined;
      const now = clock.now();
      const conversation = code ? undefined : await getConversation(db, to);
      const [id] = await queueMessages(
        db,
        queue,
        [
          code
            ? {
                messaging_product: 'whatsapp',
                recipient_type: 'individual',
                to,
                type: 'template',
                template: template('sb_otp', 'en', [code]),
              }
            : {
                messaging_product: 'whatsapp',
                recipient_type: 'individual',
                to,
                type: 'text',
                text: { body: message.text },
              },
        ],
        {
          lang: 'en',
          windowOpen: windowOpen(conversation?.lastInboundAt, now),
          purpose: message.purpose,
          now,
        },
      );
      if (!config.isProduction) await devOutbox.send(message);
      return { id: id! };
    },
  };
}
