import { promisify, STORES, transact } from './idb';
import type { OutboxItem, OutboxKind, OutboxRequest, Sender, SentRecord } from './types';

export interface OutboxOptions {
  now?: () => number;
  uuid?: () => string;
  /** How long a claimed item stays reserved for the sender that claimed it. */
  leaseMs?: number;
  /** Told after every change (the app re-reads the list; a BroadcastChannel tells other tabs). */
  onChange?: () => void;
}

export interface FlushSummary {
  sent: SentRecord[];
  failed: number;
  waiting: number;
}

export type Outbox = ReturnType<typeof createOutbox>;

/**
 * The offline outbox. Exactly-once from the phone's side: a sender must CLAIM an item in a
 * read-write transaction before sending it (IndexedDB serialises those across tabs and the
 * service worker), and the item is deleted in the same transaction that records it as sent.
 * If a sender dies after the server accepted but before recording it, the item is sent again
 * after its lease with the SAME Idempotency-Key, and the server answers with the first result.
 */
export function createOutbox(db: IDBDatabase, options: OutboxOptions = {}) {
  const now = options.now ?? Date.now;
  const uuid = options.uuid ?? (() => crypto.randomUUID());
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const changed = () => options.onChange?.();
  // Strictly increasing, so items made within one millisecond keep the order she made them in.
  let last = 0;
  const stamp = () => (last = Math.max(now(), last + 1));

  async function add(kind: OutboxKind, request: OutboxRequest): Promise<OutboxItem> {
    const item: OutboxItem = {
      ...request,
      id: uuid(),
      kind,
      state: 'waiting',
      createdAt: stamp(),
      attempts: 0,
      leaseUntil: 0,
    };
    await transact(db, STORES.outbox, 'readwrite', (tx) =>
      promisify(tx.objectStore(STORES.outbox).add(item)),
    );
    changed();
    return item;
  }

  async function list(): Promise<OutboxItem[]> {
    const items = await transact(db, STORES.outbox, 'readonly', (tx) =>
      promisify(tx.objectStore(STORES.outbox).getAll() as IDBRequest<OutboxItem[]>),
    );
    return items.sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Reserves an item for one sender; null when it is gone, failed, or another sender holds it. */
  async function claim(id: string): Promise<OutboxItem | null> {
    return transact(db, STORES.outbox, 'readwrite', async (tx) => {
      const store = tx.objectStore(STORES.outbox);
      const item = (await promisify(store.get(id))) as OutboxItem | undefined;
      if (!item || item.state === 'failed') return null;
      if (item.state === 'sending' && item.leaseUntil > now()) return null;
      const claimed: OutboxItem = {
        ...item,
        state: 'sending',
        leaseUntil: now() + leaseMs,
        attempts: item.attempts + 1,
      };
      await promisify(store.put(claimed));
      return claimed;
    });
  }

  async function complete(item: OutboxItem, status: number, body: unknown): Promise<SentRecord> {
    const record: SentRecord = { id: item.id, kind: item.kind, path: item.path, status, body, sentAt: now() };
    await transact(db, [STORES.outbox, STORES.sent], 'readwrite', async (tx) => {
      await promisify(tx.objectStore(STORES.outbox).delete(item.id));
      await promisify(tx.objectStore(STORES.sent).put(record));
    });
    return record;
  }

  async function release(item: OutboxItem, error: string, retry: boolean): Promise<void> {
    await transact(db, STORES.outbox, 'readwrite', async (tx) => {
      const store = tx.objectStore(STORES.outbox);
      const current = (await promisify(store.get(item.id))) as OutboxItem | undefined;
      if (!current) return;
      await promisify(store.put({ ...current, state: retry ? 'waiting' : 'failed', leaseUntil: 0, error }));
    });
  }

  async function remove(id: string): Promise<void> {
    await transact(db, STORES.outbox, 'readwrite', (tx) =>
      promisify(tx.objectStore(STORES.outbox).delete(id)),
    );
    changed();
  }

  /** Puts a failed item back in line (she pressed "send now"). */
  async function retry(id: string): Promise<void> {
    await transact(db, STORES.outbox, 'readwrite', async (tx) => {
      const store = tx.objectStore(STORES.outbox);
      const item = (await promisify(store.get(id))) as OutboxItem | undefined;
      if (item && item.state === 'failed')
        await promisify(store.put({ ...item, state: 'waiting', error: undefined }));
    });
    changed();
  }

  async function sent(id: string): Promise<SentRecord | undefined> {
    return transact(db, STORES.sent, 'readonly', (tx) => promisify(tx.objectStore(STORES.sent).get(id)));
  }

  /** Sends everything waiting, oldest first; stops at the first "offline" or "signed out" answer. */
  async function flush(send: Sender): Promise<FlushSummary> {
    const summary: FlushSummary = { sent: [], failed: 0, waiting: 0 };
    for (const candidate of await list()) {
      const item = await claim(candidate.id);
      if (!item) continue;
      changed();
      let outcome;
      try {
        outcome = await send(item);
      } catch (e) {
        outcome = { ok: false as const, status: 0, error: String(e), retry: true, stop: true };
      }
      if (outcome.ok) {
        summary.sent.push(await complete(item, outcome.status, outcome.body));
      } else {
        await release(item, outcome.error, outcome.retry);
        if (outcome.retry) summary.waiting += 1;
        else summary.failed += 1;
      }
      changed();
      if (!outcome.ok && outcome.stop) break;
    }
    return summary;
  }

  return { add, list, claim, complete, release, remove, retry, sent, flush };
}
