import type { LiveBus, LiveEvent } from '@shebalance/core';
import type { DatabaseHandle } from '@shebalance/db';
import { sql } from 'drizzle-orm';
import { createLiveHub, parseEnvelope, resyncEvent, type LiveEnvelope, type LiveHubOptions } from './hub';

export interface DatabaseLiveOptions extends LiveHubOptions {
  database: Pick<DatabaseHandle, 'db' | 'kind'>;
  /** A PostgreSQL identifier: lower-case letters, digits and underscores. */
  channel: string;
  /** Reconnect delays of the PostgreSQL listening connection (ms). */
  retry?: { initialMs?: number; maxMs?: number };
}

/** PostgreSQL caps a NOTIFY payload at 8000 bytes; beyond this the data hint is dropped. */
const MAX_PAYLOAD = 7900;

type Unlisten = () => Promise<void>;

/** What LISTEN needs from each driver: PGlite's own `listen`, or one held node-postgres connection. */
interface PgliteClient {
  listen(channel: string, cb: (payload: string) => void): Promise<Unlisten>;
}
interface PgPoolClient {
  query(text: string): Promise<unknown>;
  on(event: 'notification', cb: (m: { channel: string; payload?: string }) => void): void;
  on(event: 'error' | 'end', cb: (e?: unknown) => void): void;
  release(destroy?: boolean | Error): void;
}
interface PgPool {
  connect(): Promise<PgPoolClient>;
}

/**
 * Several instances over one database (the embedded default when Redis is not configured): events
 * travel by NOTIFY on one channel and arrive by LISTEN, on PGlite and on PostgreSQL alike. This
 * instance's streams get an event at once; its own echo from the database is skipped.
 */
export async function databaseLiveBus(options: DatabaseLiveOptions): Promise<LiveBus & { kind: 'database' }> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(options.channel))
    throw new Error(`bad live channel ${options.channel}`);
  const hub = createLiveHub(options);
  const { db, kind } = options.database;
  const client = (db as unknown as { $client: unknown }).$client;
  const receive = (payload: string | undefined) => {
    const envelope = payload ? parseEnvelope(payload) : undefined;
    if (envelope && envelope.o !== hub.instance) hub.deliver(envelope.e);
  };
  const stop =
    kind === 'pglite'
      ? await (client as PgliteClient).listen(options.channel, receive)
      : await holdListener(client as PgPool, options, receive, () => hub.deliver(resyncEvent(hub)));
  // One statement at a time, each carrying everything queued meanwhile: a pool would otherwise
  // send concurrent NOTIFYs on different connections and other instances could see them reordered.
  const queue: string[] = [];
  let sending = false;
  const send = (payload: string) => {
    queue.push(payload);
    if (sending) return;
    sending = true;
    void (async () => {
      while (queue.length) {
        const batch = queue.splice(0, 100);
        await db
          .execute(
            sql`select pg_notify(${options.channel}, p) from json_array_elements_text(${JSON.stringify(batch)}::json) with ordinality as t(p, i) order by i`,
          )
          .catch((e: unknown) => options.onError?.(e));
      }
      sending = false;
    })();
  };
  return {
    kind: 'database',
    publish(input) {
      const event = hub.stamp(input);
      queueMicrotask(() => hub.deliver(event));
      send(encode(hub.instance, event));
    },
    subscribe: hub.subscribe,
    since: hub.since,
    close: stop,
  };
}

function encode(instance: string, event: LiveEvent): string {
  const text = JSON.stringify({ o: instance, e: event } satisfies LiveEnvelope);
  if (Buffer.byteLength(text) <= MAX_PAYLOAD) return text;
  return JSON.stringify({ o: instance, e: { ...event, data: { truncated: true } } } satisfies LiveEnvelope);
}

/**
 * One pooled connection held for LISTEN. When it breaks it is replaced (with backoff) and local
 * streams are told to resync, since notifications sent meanwhile are lost.
 */
async function holdListener(
  pool: PgPool,
  options: DatabaseLiveOptions,
  receive: (payload: string | undefined) => void,
  resync: () => void,
): Promise<Unlisten> {
  const initial = options.retry?.initialMs ?? 500;
  const max = options.retry?.maxMs ?? 30_000;
  let closed = false;
  let current: PgPoolClient | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = initial;

  const connect = async () => {
    const c = await pool.connect();
    let listening = false;
    let broken = false;
    const onBroken = (error?: unknown) => {
      if (broken || closed) return;
      broken = true;
      if (error) options.onError?.(error);
      c.release(true);
      if (current === c) current = undefined;
      if (listening && !closed) schedule();
    };
    c.on('notification', (m) => {
      if (m.channel === options.channel) receive(m.payload);
    });
    c.on('error', onBroken);
    c.on('end', () => onBroken());
    try {
      await c.query(`LISTEN ${options.channel}`);
    } catch (error) {
      onBroken(error);
      throw error;
    }
    if (closed) {
      c.release(true);
      return;
    }
    listening = true;
    current = c;
    delay = initial;
  };
  const schedule = () => {
    timer = setTimeout(() => {
      connect().then(resync, () => {
        delay = Math.min(max, delay * 2);
        if (!closed) schedule();
      });
    }, delay);
    timer.unref?.();
  };

  await connect();
  return async () => {
    closed = true;
    if (timer) clearTimeout(timer);
    const c = current;
    current = undefined;
    // Destroyed, not returned to the pool: LISTEN and the handlers above go with the connection.
    c?.release(true);
  };
}
