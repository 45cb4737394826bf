import type { LiveChannel, PollingOptions } from '../api/live';
import type { LiveEvents } from './events';

export interface LiveChannelOptions extends PollingOptions {
  /** Safety-net poll while the event stream is open (events do the real work). */
  openIntervalMs?: number;
  /** Topics the server announces; others are simply polled. */
  announced?: (topic: string) => boolean;
}

/** What the server's events are about (packages/core/src/live/events.ts). */
const ANNOUNCED = /^(assessments|assessment:|offers|offer:|orders|order:|opportunity:|review-queue)/;

/**
 * `watch` driven by the event stream: the value is loaded once, then again whenever an event about
 * the topic arrives (or a resync). While the stream is not open it polls as before (`intervalMs`,
 * growing after errors); while it is open it still polls, rarely, in case an event was lost.
 */
export function createLiveChannel(events: LiveEvents, options: LiveChannelOptions = {}): LiveChannel {
  const interval = options.intervalMs ?? 1500;
  const maxDelay = options.maxDelayMs ?? 15_000;
  const openInterval = options.openIntervalMs ?? 20_000;
  const timers = options.timers ?? {
    set: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clear: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  return {
    watch(topic, load, onValue, o = {}) {
      const announced = (options.announced ?? ((t) => ANNOUNCED.test(t)))(topic);
      let stopped = false;
      let handle: unknown;
      let delay = interval;
      let loading = false;
      let again = false;
      /** Whether the pending poll is the rare one (the stream was open when it was set). */
      let slow = false;
      const controller = new AbortController();
      const schedule = () => {
        timers.clear(handle);
        if (stopped) return;
        slow = announced && events.status() === 'open';
        handle = timers.set(() => void tick(), slow ? Math.max(delay, openInterval) : delay);
      };
      const tick = async (): Promise<void> => {
        timers.clear(handle);
        if (stopped) return;
        if (loading) {
          again = true;
          return;
        }
        loading = true;
        try {
          const value = await load(controller.signal);
          if (stopped) return;
          delay = interval;
          onValue(value);
          if (o.done?.(value)) return stop();
        } catch (e) {
          if (stopped) return;
          o.onError?.(e);
          delay = Math.min(maxDelay, delay * 2);
        } finally {
          loading = false;
        }
        if (again) {
          again = false;
          return tick();
        }
        schedule();
      };
      const offEvents = announced ? events.subscribe(topic, () => void tick()) : () => undefined;
      // The stream dropped: back to the quick poll rather than waiting out the slow one.
      const offStatus = events.onStatus(() => {
        if (events.status() !== 'open' && slow && !loading) schedule();
      });
      function stop() {
        stopped = true;
        offEvents();
        offStatus();
        controller.abort();
        timers.clear(handle);
      }
      void tick();
      return stop;
    },
  };
}
