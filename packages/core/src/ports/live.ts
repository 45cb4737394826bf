import type { Role } from '../identity/roles';

/**
 * Live updates: use cases announce that something a user is looking at changed (assessment
 * progress, a new offer, an order moving, the review queue); open apps hear it at once. Events are
 * small hints (ids, status, step), never whole records: a client refetches what it shows through
 * the ordinary, access-checked REST API. Delivery is best effort — polling stays the fallback.
 */

/** Who may hear one event: named users, and/or everyone holding one of the roles. */
export interface LiveAudience {
  userIds?: string[];
  roles?: Role[];
  /** Control messages (resync) for every listener. */
  everyone?: boolean;
}

export const LIVE_EVENT_TYPES = [
  'assessment.progress',
  'assessment.changed',
  'offer.created',
  'offer.changed',
  'order.changed',
  'review.queue.changed',
  /** Some events may have been missed (a transport reconnected): refetch everything shown. */
  'live.resync',
] as const;
export type LiveEventType = (typeof LIVE_EVENT_TYPES)[number];

export type LiveData = Record<string, string | number | boolean | null>;

export interface LiveEventInput {
  type: LiveEventType;
  /** What a client listens to: 'assessments', 'assessment:<id>', 'offers', 'orders', 'review-queue', … */
  topics: string[];
  audience: LiveAudience;
  data: LiveData;
}

export interface LiveEvent extends LiveEventInput {
  /** Unique and increasing within the instance that published it; usable as an SSE id. */
  id: string;
  /** ISO time of publication. */
  at: string;
}

/** What use cases see: fire and forget. Never throws and never waits on delivery. */
export interface LivePublisher {
  publish(event: LiveEventInput): void;
}

/** The transport behind the publisher, as the server's event stream sees it. */
export interface LiveBus extends LivePublisher {
  /** Every event published on any instance sharing the transport, including this one. */
  subscribe(listener: (event: LiveEvent) => void): () => void;
  /**
   * Events seen after `id`, oldest first, from this instance's recent memory; `undefined` when `id`
   * is unknown or too old (the client must then refetch).
   */
  since(id: string): LiveEvent[] | undefined;
  close(): Promise<void>;
}
