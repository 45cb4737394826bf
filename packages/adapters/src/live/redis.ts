import type { LiveBus } from '@shebalance/core';
import type { Redis } from 'ioredis';
import { createLiveHub, parseEnvelope, resyncEvent, type LiveEnvelope, type LiveHubOptions } from './hub';

export interface RedisLiveOptions extends LiveHubOptions {
  /** The shared connection (publishing); a duplicate is made for subscribing. */
  redis: Redis;
  channel: string;
}

/**
 * Several instances over Redis publish/subscribe: an event is delivered to this instance's streams
 * at once and published for the others, which deliver it when it arrives (their own echo is skipped).
 * After the subscriber reconnects, streams are told to resync (Redis pub/sub does not replay).
 */
export async function redisLiveBus(options: RedisLiveOptions): Promise<LiveBus & { kind: 'redis' }> {
  const hub = createLiveHub(options);
  const subscriber = options.redis.duplicate();
  let ready = false;
  subscriber.on('message', (channel: string, message: string) => {
    if (channel !== options.channel) return;
    const envelope = parseEnvelope(message);
    if (envelope && envelope.o !== hub.instance) hub.deliver(envelope.e);
  });
  subscriber.on('ready', () => {
    if (ready) hub.deliver(resyncEvent(hub));
    ready = true;
  });
  subscriber.on('error', (error: unknown) => options.onError?.(error));
  await subscriber.subscribe(options.channel);
  ready = true;
  return {
    kind: 'redis',
    publish(input) {
      const event = hub.stamp(input);
      queueMicrotask(() => hub.deliver(event));
      const envelope: LiveEnvelope = { o: hub.instance, e: event };
      options.redis
        .publish(options.channel, JSON.stringify(envelope))
        .catch((e: unknown) => options.onError?.(e));
    },
    subscribe: hub.subscribe,
    since: hub.since,
    async close() {
      await subscriber.quit().catch(() => subscriber.disconnect());
    },
  };
}
