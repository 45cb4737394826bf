import type { LiveBus } from '@shebalance/core';
import { createLiveHub, type LiveHubOptions } from './hub';

/** One instance: events go straight from the publisher to this process's streams. */
export function inProcessLiveBus(options: LiveHubOptions = {}): LiveBus & { kind: 'memory' } {
  const hub = createLiveHub(options);
  return {
    kind: 'memory',
    publish(input) {
      const event = hub.stamp(input);
      queueMicrotask(() => hub.deliver(event));
    },
    subscribe: hub.subscribe,
    since: hub.since,
    close: async () => undefined,
  };
}
