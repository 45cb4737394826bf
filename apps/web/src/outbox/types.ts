/** Work kept on the phone until it reaches the server. Shared by the page and the service worker. */

export type OutboxKind = 'assessment' | 'profile' | 'request';
export type OutboxState = 'waiting' | 'sending' | 'failed';

export interface OutboxFile {
  field: string;
  name: string;
  type: string;
  /** Bytes (an ArrayBuffer clones into IndexedDB everywhere; a Blob does not in every engine). */
  data: ArrayBuffer;
}

export interface OutboxRequest {
  method: 'POST' | 'PUT' | 'PATCH';
  /** Path under the API origin, e.g. /api/v1/assessments. */
  path: string;
  json?: unknown;
  /** Multipart text fields (sent with `files`). */
  fields?: Record<string, string>;
  files?: OutboxFile[];
}

export interface OutboxItem extends OutboxRequest {
  /** Also the Idempotency-Key header: the server applies one key once. */
  id: string;
  kind: OutboxKind;
  state: OutboxState;
  createdAt: number;
  attempts: number;
  /** While `sending`: when another sender may take the item over (the first one died). */
  leaseUntil: number;
  error?: string;
}

export interface SentRecord {
  id: string;
  kind: OutboxKind;
  path: string;
  status: number;
  body: unknown;
  sentAt: number;
}

export type SendOutcome =
  | { ok: true; status: number; body: unknown }
  /** retry: keep it waiting (offline, server busy); stop: do not try the rest now (offline, signed out). */
  | { ok: false; status: number; error: string; retry: boolean; stop: boolean };

export type Sender = (item: OutboxItem) => Promise<SendOutcome>;
