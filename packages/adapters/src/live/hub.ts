import { randomBytes } from 'node:crypto';
import type { LiveBus, LiveEvent, LiveEventInput } from '@shebalance/core';

/** The part every live transport shares: ids, local fan-out and a short memory for resuming streams. */
export interface LiveHub {
  /** This instance's id: transports skip their own messages when they come back from the wire. */
  readonly instance: string;
  stamp(input: LiveEventInput): LiveEvent;
  /** Hands an event to every local subscriber and remembers it. */
  deliver(event: LiveEvent): void;
  subscribe: LiveBus['subscribe'];
  since: LiveBus['since'];
}

export interface LiveHubOptions {
  /** How many recent events a reconnecting stream can resume from (default 1000). */
  memory?: number;
  now?: () => Date;
  /** Called when a listener throws; the others still get the event. */
  onError?: (error: unknown) => void;
}

export function createLiveHub(options: LiveHubOptions = {}): LiveHub {
  const instance = randomBytes(6).toString('base64url');
  const memory = options.memory ?? 1000;
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(e: LiveEvent) => void>();
  const recent: LiveEvent[] = [];
  let seq = 0;
  return {
    instance,
    stamp(input) {
      const at = now();
      seq += 1;
      return {
        ...input,
        id: `${at.getTime().toString(36)}.${seq.toString(36)}.${instance}`,
        at: at.toISOString(),
      };
    },
    deliver(event) {
      recent.push(event);
      // Trimmed in halves (amortised O(1)): between `memory` and twice that are kept.
      if (recent.length >= memory * 2) recent.splice(0, recent.length - memory);
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          options.onError?.(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    since(id) {
      for (let i = recent.length - 1; i >= 0; i--) if (recent[i]!.id === id) return recent.slice(i + 1);
      return undefined;
    },
  };
}

/** A control event telling every stream that events may have been missed. */
export const resyncEvent = (hub: LiveHub): LiveEvent =>
  hub.stamp({ type: 'live.resync', topics: ['*'], audience: { everyone: true }, data: {} });

/** What travels between instances: the event and the instance that published it. */
export interface LiveEnvelope {
  o: string;
  e: LiveEvent;
}

export function parseEnvelope(raw: string): LiveEnvelope | undefined {
  try {
    const v = JSON.parse(raw) as LiveEnvelope;
    return typeof v?.o === 'string' && typeof v.e?.id === 'string' && Array.isArray(v.e.topics)
      ? v
      : undefined;
  } catch {
    return undefined;
  }
}
