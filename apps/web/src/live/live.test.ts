import { describe, expect, it } from 'vitest';
import { createLiveChannel } from './channel';
import { createLiveEvents, type EventSourceLike, type LiveMessage } from './events';

/** A scripted EventSource: the test plays the server's part (open, send, fail). */
class ScriptedSource implements EventSourceLike {
  static opened: ScriptedSource[] = [];
  readyState = 0;
  onmessage: ((e: { data: string }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  closed = false;
  private named = new Map<string, ((e: { data: string }) => void)[]>();
  constructor(readonly url: string) {
    ScriptedSource.opened.push(this);
  }
  addEventListener(type: string, listener: (e: { data: string }) => void) {
    this.named.set(type, [...(this.named.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  emit(type: string, data: object = {}) {
    for (const l of this.named.get(type) ?? []) l({ data: JSON.stringify(data) });
  }
  send(e: LiveMessage) {
    this.onmessage?.({ data: JSON.stringify(e) });
  }
  fail() {
    this.readyState = 2;
    this.onerror?.({});
  }
}

/** Timers the test advances by hand. */
function manualTimers() {
  let now = 0;
  const pending: { at: number; fn: () => void; id: number }[] = [];
  let id = 0;
  return {
    set: (fn: () => void, ms: number) => {
      pending.push({ at: now + ms, fn, id: ++id });
      return id;
    },
    clear: (h: unknown) => {
      const i = pending.findIndex((p) => p.id === h);
      if (i >= 0) pending.splice(i, 1);
    },
    delays: () => pending.map((p) => p.at - now),
    async advance(ms: number) {
      now += ms;
      for (;;) {
        const due = pending.filter((p) => p.at <= now).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        pending.splice(pending.indexOf(due), 1);
        due.fn();
        await settle();
      }
    },
  };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

const event = (id: string, topics: string[], data = {}): LiveMessage => ({
  id,
  type: 'assessment.progress',
  topics,
  data,
});

function setup(identity: { value: string | null } = { value: 'u1:artisan' }) {
  ScriptedSource.opened = [];
  const timers = manualTimers();
  let tickets = 0;
  const sessionListeners = new Set<() => void>();
  const events = createLiveEvents({
    ticket: async () => `t${++tickets}`,
    identity: () => identity.value,
    onSessionChange: (l) => {
      sessionListeners.add(l);
      return () => sessionListeners.delete(l);
    },
    EventSource: ScriptedSource,
    timers,
    retry: { initialMs: 1000, maxMs: 4000 },
  });
  const last = () => ScriptedSource.opened.at(-1)!;
  return { events, timers, last, identity, sessionChanged: () => sessionListeners.forEach((l) => l()) };
}

describe('live events (the app side of GET /api/v1/events)', () => {
  it('opens one stream with a ticket on first use, hands each listener its topic, closes when nobody listens', async () => {
    const { events, last } = setup();
    const a: string[] = [];
    const all: string[] = [];
    const offA = events.subscribe('assessment:1', (e) => a.push(e.id));
    const offAll = events.subscribe('*', (e) => all.push(e.id));
    await settle();
    expect(ScriptedSource.opened.map((s) => s.url)).toEqual(['/api/v1/events?ticket=t1']);
    last().emit('ready');
    expect(events.status()).toBe('open');
    last().send(event('e1', ['assessments', 'assessment:1']));
    last().send(event('e2', ['offers']));
    expect(a).toEqual(['e1']);
    expect(all).toEqual(['e1', 'e2']);
    offA();
    offAll();
    expect(last().closed).toBe(true);
    expect(events.status()).toBe('off');
  });

  it('after an error it reconnects with backoff and a fresh ticket, resuming after the last event', async () => {
    const { events, timers, last } = setup();
    events.subscribe('offers', () => undefined);
    await settle();
    last().emit('ready');
    last().send(event('e7', ['offers']));
    last().fail();
    expect(events.status()).toBe('unavailable');
    expect(timers.delays()).toEqual([1000]);
    await timers.advance(1000);
    expect(last().url).toBe('/api/v1/events?ticket=t2&lastEventId=e7');
    last().fail();
    expect(timers.delays()).toEqual([2000]);
    await timers.advance(2000);
    last().emit('ready');
    expect(events.status()).toBe('open');
    last().fail();
    expect(timers.delays()).toEqual([1000]);
  });

  it('passes a resync to every listener, reconnects at once on reauth, and follows sign-in and sign-out', async () => {
    const identity = { value: null as string | null };
    const { events, last, sessionChanged } = setup(identity);
    const seen: string[] = [];
    events.subscribe('orders', (e) => seen.push(e.type));
    await settle();
    expect(ScriptedSource.opened).toHaveLength(0);
    expect(events.status()).toBe('off');
    identity.value = 'u1:buyer';
    sessionChanged();
    await settle();
    expect(ScriptedSource.opened).toHaveLength(1);
    last().emit('resync');
    expect(seen).toEqual(['live.resync']);
    last().emit('reauth');
    await settle();
    expect(ScriptedSource.opened).toHaveLength(2);
    sessionChanged(); // a token refresh: same person, the stream stays
    await settle();
    expect(ScriptedSource.opened).toHaveLength(2);
    identity.value = null;
    sessionChanged();
    await settle();
    expect(last().closed).toBe(true);
    expect(events.status()).toBe('off');
  });
});

describe('live channel (watch: reload on events, poll as the fallback)', () => {
  it('reloads when an event about the topic arrives, polls quickly without the stream and rarely with it', async () => {
    const { events, timers, last } = setup();
    const channel = createLiveChannel(events, { intervalMs: 1500, openIntervalMs: 20_000, timers });
    let loads = 0;
    const values: number[] = [];
    const stop = channel.watch(
      'assessment:9',
      async () => ++loads,
      (v) => values.push(v),
      { done: (v) => v >= 4 },
    );
    await settle();
    expect(values).toEqual([1]);
    expect(timers.delays()).toContain(1500); // the stream is not open yet: the quick poll
    last().emit('ready');
    last().send(event('x', ['assessment:9']));
    await settle();
    expect(values).toEqual([1, 2]);
    expect(timers.delays()).toContain(20_000);
    last().send(event('y', ['assessment:8']));
    await settle();
    expect(values).toEqual([1, 2]);
    last().fail();
    await settle();
    expect(timers.delays()).toContain(1500);
    await timers.advance(1500);
    expect(values).toEqual([1, 2, 3]);
    await timers.advance(1500);
    expect(values).toEqual([1, 2, 3, 4]);
    await timers.advance(60_000);
    expect(values).toEqual([1, 2, 3, 4]);
    stop();
  });

  it('keeps polling topics the server does not announce at the quick pace, stream or not', async () => {
    const { events, timers, last } = setup();
    events.subscribe('offers', () => undefined);
    await settle();
    last().emit('ready');
    const channel = createLiveChannel(events, { intervalMs: 1500, openIntervalMs: 20_000, timers });
    const values: number[] = [];
    let n = 0;
    const stop = channel.watch(
      'simulator:+919800000000',
      async () => ++n,
      (v) => values.push(v),
    );
    await settle();
    expect(timers.delays()).toEqual([1500]);
    await timers.advance(1500);
    expect(values).toEqual([1, 2]);
    stop();
  });
});
