/**
 * The app's one live connection: server-sent events from GET /api/v1/events, opened with a
 * short-lived ticket (EventSource cannot send the bearer token). It reconnects with backoff and a
 * fresh ticket, resumes from the last event id, and tells every listener to refetch (`live.resync`)
 * when events may have been missed. While it is not open, screens fall back to polling.
 */
export interface LiveMessage {
  id: string;
  type: string;
  topics: string[];
  data: Record<string, unknown>;
  at?: string;
}

export type LiveStatus = 'off' | 'connecting' | 'open' | 'unavailable';

export interface LiveEvents {
  /** `onEvent` hears events about `topic` ('*' for all) and every resync. Opens the stream on first use. */
  subscribe(topic: string, onEvent: (e: LiveMessage) => void): () => void;
  status(): LiveStatus;
  onStatus(listener: () => void): () => void;
}

/** The part of EventSource used here (injectable for tests and for browsers without it). */
export interface EventSourceLike {
  readonly readyState: number;
  onmessage: ((e: { data: string; lastEventId?: string }) => void) | null;
  onerror: ((e: unknown) => void) | null;
  addEventListener(type: string, listener: (e: { data: string }) => void): void;
  close(): void;
}

export interface LiveEventsOptions {
  /** `POST /api/v1/events/ticket` → the ticket. */
  ticket: () => Promise<string>;
  url?: string;
  /** Who is signed in (null: nobody); the stream is hers only. */
  identity: () => string | null;
  /** Session changes: a new identity reopens the stream (when someone listens), sign-out closes it. */
  onSessionChange?: (listener: () => void) => () => void;
  EventSource?: new (url: string) => EventSourceLike;
  retry?: { initialMs?: number; maxMs?: number };
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

const RESYNC: LiveMessage = { id: '', type: 'live.resync', topics: ['*'], data: {} };

export const concerns = (e: LiveMessage, topic: string) =>
  topic === '*' || e.topics.includes(topic) || e.topics.includes('*');

export function createLiveEvents(options: LiveEventsOptions): LiveEvents {
  const url = options.url ?? '/api/v1/events';
  const Source =
    options.EventSource ??
    (typeof EventSource === 'undefined'
      ? undefined
      : (EventSource as unknown as LiveEventsOptions['EventSource']));
  const initial = options.retry?.initialMs ?? 1000;
  const max = options.retry?.maxMs ?? 30_000;
  const timers = options.timers ?? {
    set: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clear: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  const listeners = new Map<number, { topic: string; onEvent: (e: LiveMessage) => void }>();
  const statusListeners = new Set<() => void>();
  let nextKey = 0;
  let state: LiveStatus = 'off';
  let source: EventSourceLike | null = null;
  let lastId = '';
  let delay = initial;
  let retryHandle: unknown;
  let generation = 0;

  const setStatus = (s: LiveStatus) => {
    if (s === state) return;
    state = s;
    for (const l of [...statusListeners]) l();
  };
  const dispatch = (e: LiveMessage) => {
    for (const { topic, onEvent } of [...listeners.values()])
      if (e.type === 'live.resync' || concerns(e, topic)) onEvent(e);
  };
  const wanted = () => listeners.size > 0 && options.identity() !== null;
  let identity = options.identity();

  function close() {
    generation += 1;
    timers.clear(retryHandle);
    source?.close();
    source = null;
  }

  function retryLater() {
    close();
    if (!wanted()) return setStatus('off');
    setStatus('unavailable');
    const mine = generation;
    retryHandle = timers.set(() => {
      if (mine === generation) void connect();
    }, delay);
    delay = Math.min(max, delay * 2);
  }

  async function connect() {
    close();
    if (!wanted()) return setStatus('off');
    if (!Source) return setStatus('unavailable');
    const mine = generation;
    setStatus('connecting');
    let ticket: string;
    try {
      ticket = await options.ticket();
    } catch {
      if (mine === generation) retryLater();
      return;
    }
    if (mine !== generation) return;
    const query = `ticket=${encodeURIComponent(ticket)}${lastId ? `&lastEventId=${encodeURIComponent(lastId)}` : ''}`;
    const es = new Source(`${url}?${query}`);
    source = es;
    es.addEventListener('ready', () => {
      delay = initial;
      setStatus('open');
    });
    es.addEventListener('resync', () => dispatch(RESYNC));
    // The stream's life ended (its ticket's session may have changed): a fresh ticket, at once.
    es.addEventListener('reauth', () => void connect());
    es.onmessage = (m) => {
      let e: LiveMessage;
      try {
        e = JSON.parse(m.data) as LiveMessage;
      } catch {
        return;
      }
      if (e.id) lastId = e.id;
      dispatch(e);
    };
    // EventSource would retry with the same (soon expired) ticket: reconnect ourselves instead.
    es.onerror = () => {
      if (source === es) retryLater();
    };
  }

  options.onSessionChange?.(() => {
    if (options.identity() === identity) return; // a token refresh: the stream stays
    identity = options.identity();
    lastId = '';
    delay = initial;
    void connect();
  });

  return {
    subscribe(topic, onEvent) {
      const key = nextKey++;
      listeners.set(key, { topic, onEvent });
      if (listeners.size === 1 || state === 'off') void connect();
      return () => {
        listeners.delete(key);
        if (listeners.size === 0) {
          close();
          setStatus('off');
        }
      };
    },
    status: () => state,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => void statusListeners.delete(listener);
    },
  };
}
