import { PassThrough } from 'node:stream';
import { canSee } from '@shebalance/core/live/index';
import type { LiveBus, LiveEvent, Role } from '@shebalance/core';

export interface StreamOptions {
  viewer: { userId: string; role: Role };
  bus: Pick<LiveBus, 'subscribe' | 'since'>;
  /** The last event the client saw (Last-Event-ID header or ?lastEventId=). */
  lastEventId?: string;
  heartbeatMs: number;
  /** After this the stream asks the client to reconnect with a fresh ticket (bounds revoked access). */
  maxAgeMs: number;
  /** Reconnect delay suggested to EventSource. */
  retryMs: number;
}

/** What the client receives: the event without its audience. */
const frame = (e: LiveEvent) =>
  `id: ${e.id}\ndata: ${JSON.stringify({ id: e.id, type: e.type, topics: e.topics, data: e.data, at: e.at })}\n\n`;

const control = (type: string, data: Record<string, unknown> = {}) =>
  `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

/**
 * One viewer's server-sent event stream: replay of what she missed (when this instance still
 * remembers it, else a resync), then every event she may see, comment heartbeats to keep proxies
 * from closing it, and a `reauth` at the end of its life. `stop` ends it (client gone, shutdown).
 */
export function openEventStream(o: StreamOptions): { body: PassThrough; stop: () => void } {
  const body = new PassThrough();
  let stopped = false;
  const write = (text: string) => {
    if (!stopped) body.write(text);
  };
  write(`retry: ${o.retryMs}\n\n`);
  const unsubscribe = o.bus.subscribe((e) => {
    if (canSee(o.viewer, e)) write(frame(e));
  });
  if (o.lastEventId) {
    const missed = o.bus.since(o.lastEventId);
    if (!missed) write(control('resync'));
    else for (const e of missed) if (canSee(o.viewer, e)) write(frame(e));
  }
  write(control('ready'));
  const heartbeat = setInterval(() => write(': ping\n\n'), o.heartbeatMs);
  const expiry = setTimeout(() => {
    write(control('reauth'));
    stop();
  }, o.maxAgeMs);
  heartbeat.unref?.();
  expiry.unref?.();
  function stop() {
    if (stopped) return;
    stopped = true;
    unsubscribe();
    clearInterval(heartbeat);
    clearTimeout(expiry);
    body.end();
  }
  return { body, stop };
}
