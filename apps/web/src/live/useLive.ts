import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useServices } from '../app/services';
import type { LiveMessage, LiveStatus } from './events';

/**
 * Calls `onEvent` for each live event about `topic` ('assessment:<id>', 'offers', 'orders',
 * 'order:<id>', 'review-queue', '*') and for resyncs (`type === 'live.resync'`: refetch). Returns
 * the stream's status, so a screen can say "live" or keep polling. `topic` null listens to nothing.
 */
export function useLive(topic: string | null, onEvent: (e: LiveMessage) => void): LiveStatus {
  const { events } = useServices();
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  useEffect(() => (topic ? events.subscribe(topic, (e) => handler.current(e)) : undefined), [events, topic]);
  return useSyncExternalStore(events.onStatus, events.status, () => 'off');
}
