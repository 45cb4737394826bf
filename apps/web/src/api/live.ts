/**
 * Live updates as screens see them: `watch` a topic and get fresh values. The app's channel
 * (`createLiveChannel` in ../live) reloads on the server's events and polls while the event stream
 * is down; `createPollingChannel` below is the plain polling variant (no event stream at all).
 */
export interface LiveChannel {
  /** Calls `onValue` with fresh values until `done(value)` is true or the returned stop is called. */
  watch<T>(
    topic: string,
    load: (signal: AbortSignal) => Promise<T>,
    onValue: (value: T) => void,
    options?: { done?: (value: T) => boolean; onError?: (error: unknown) => void },
  ): () => void;
}

export interface PollingOptions {
  /** Milliseconds between polls; grows after errors, up to `maxDelayMs`. */
  intervalMs?: number;
  maxDelayMs?: number;
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

export function createPollingChannel(options: PollingOptions = {}): LiveChannel {
  const interval = options.intervalMs ?? 1500;
  const maxDelay = options.maxDelayMs ?? 15_000;
  const timers = options.timers ?? {
    set: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clear: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  return {
    watch(_topic, load, onValue, o = {}) {
      let stopped = false;
      let handle: unknown;
      let delay = interval;
      const controller = new AbortController();
      const tick = async () => {
        try {
          const value = await load(controller.signal);
          if (stopped) return;
          delay = interval;
          onValue(value);
          if (o.done?.(value)) return;
        } catch (e) {
          if (stopped) return;
          o.onError?.(e);
          delay = Math.min(maxDelay, delay * 2);
        }
        handle = timers.set(() => void tick(), delay);
      };
      void tick();
      return () => {
        stopped = true;
        controller.abort();
        timers.clear(handle);
      };
    },
  };
}
