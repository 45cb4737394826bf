import { useEffect, useRef } from 'react';
import type { LiveStatus } from './events';
import { useLive } from './useLive';

/** How often a screen refetches while the event stream is not open (the polling fallback). */
export const FALLBACK_POLL_MS = 5000;

/**
 * For screens that load with their own loader: `refresh()` runs at once when an event about `topic`
 * arrives (or a resync), and every `pollMs` while the stream is not open (connecting, unavailable,
 * or a browser without EventSource). Returns the stream's status.
 */
export function useLiveRefresh(
  topic: string | null,
  refresh: () => void,
  pollMs = FALLBACK_POLL_MS,
): LiveStatus {
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  });
  const status = useLive(topic, () => latest.current());
  // Keyed on open / not open: while reconnects back off the status flips between connecting and
  // unavailable, and restarting the timer on each flip would push the first poll out (~15 s).
  const open = status === 'open';
  useEffect(() => {
    if (!topic || open) return;
    const handle = setInterval(() => {
      if (typeof document === 'undefined' || document.visibilityState !== 'hidden') latest.current();
    }, pollMs);
    return () => clearInterval(handle);
  }, [topic, open, pollMs]);
  return status;
}
