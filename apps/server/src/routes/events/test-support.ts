/** A server-sent events reader over a real HTTP connection (what EventSource does, minus reconnects). */
export interface SseMessage {
  id?: string;
  event: string;
  data: { type: string; topics?: string[]; data?: Record<string, unknown>; id?: string };
}

export interface SseStream {
  status: number;
  /** Every message received so far, in order. */
  received: SseMessage[];
  /** Resolves with the first message (already received or still to come) that matches. */
  next(match: (m: SseMessage) => boolean): Promise<SseMessage>;
  close(): void;
}

export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  const controller = new AbortController();
  const res = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: controller.signal,
  });
  const received: SseMessage[] = [];
  const waiters: { match: (m: SseMessage) => boolean; resolve: (m: SseMessage) => void }[] = [];
  const stream: SseStream = {
    status: res.status,
    received,
    next(match) {
      const found = received.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    close: () => controller.abort(),
  };
  if (res.status !== 200 || !res.body) {
    received.push({ event: 'error', data: { type: 'http', data: { body: await res.text() } } });
    return stream;
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const dispatch = (block: string) => {
    const m: SseMessage = { event: 'message', data: { type: '' } };
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith(':') || !line) continue;
      const at = line.indexOf(':');
      const field = at < 0 ? line : line.slice(0, at);
      const value = at < 0 ? '' : line.slice(at + 1).replace(/^ /, '');
      if (field === 'id') m.id = value;
      else if (field === 'event') m.event = value;
      else if (field === 'data') data += value;
    }
    if (!data) return;
    m.data = JSON.parse(data) as SseMessage['data'];
    received.push(m);
    for (const w of [...waiters])
      if (w.match(m)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
  };
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      /* aborted */
    }
  })();
  await stream.next((m) => m.event === 'ready');
  return stream;
}

export const ofType = (type: string, key?: string, value?: unknown) => (m: SseMessage) =>
  m.data.type === type && (key === undefined || m.data.data?.[key] === value);
