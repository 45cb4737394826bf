import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SessionStore } from '../api/session';
import type { Session } from '../api/types';
import { currentLang } from '../i18n';
import { kvDelete, kvSet, openDatabase } from '../outbox/idb';
import { createOutbox, type Outbox } from '../outbox/outbox';
import { createSender, type Transport } from '../outbox/send';
import type { OutboxItem, OutboxKind, OutboxRequest, SentRecord } from '../outbox/types';

export const SYNC_TAG = 'sb-outbox';
export const SESSION_KV = 'session';
const CHANNEL = 'sb-outbox';

export interface OutboxService {
  /** Keeps the request on the phone, then tries to send it at once. */
  submit(kind: OutboxKind, request: OutboxRequest): Promise<OutboxItem>;
  flush(): Promise<void>;
  items(): OutboxItem[];
  subscribe(listener: () => void): () => void;
  /** Upload progress (0–1) of an item being sent from this page. */
  progress(id: string): number | undefined;
  /** Resolves when the item has been sent (from this page, another tab or the service worker). */
  whenSent(id: string): Promise<SentRecord>;
  remove(id: string): Promise<void>;
  retry(id: string): Promise<void>;
}

/** Copies the session into IndexedDB so the service worker can send the outbox while the app is closed. */
export async function mirrorSession(session: Session | null): Promise<void> {
  const db = await openDatabase();
  if (session)
    await kvSet(db, SESSION_KV, { accessToken: session.accessToken, lang: session.user.preferredLanguage });
  else await kvDelete(db, SESSION_KV);
}

/** XMLHttpRequest, for upload progress (fetch has none). */
function xhrTransport(onProgress: (id: string, fraction: number) => void): Transport {
  return (req, item) =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(req.method, req.url);
      for (const [k, v] of Object.entries(req.headers)) xhr.setRequestHeader(k, v);
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(item.id, e.loaded / e.total);
      xhr.onload = () => {
        let body: unknown = null;
        try {
          body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
        } catch {
          body = xhr.responseText;
        }
        resolve({ status: xhr.status, body });
      };
      xhr.onerror = () => reject(new TypeError('network error'));
      xhr.send(req.body);
    });
}

export function createOutboxService(session: SessionStore): OutboxService {
  const listeners = new Set<() => void>();
  const progress = new Map<string, number>();
  let items: OutboxItem[] = [];
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const emit = () => listeners.forEach((l) => l());
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  };
  let outbox: Outbox | null = null;
  let flushing: Promise<void> | null = null;

  const ready = openDatabase().then((db) => {
    outbox = createOutbox(db, {
      onChange: () => {
        void refresh();
        channel?.postMessage('changed');
      },
    });
    return outbox;
  });

  async function refresh() {
    items = await (await ready).list();
    emit();
  }
  channel?.addEventListener('message', () => void refresh());

  const sender = createSender({
    baseUrl: '',
    token: () => session.get()?.accessToken ?? null,
    lang: currentLang,
    transport: xhrTransport((id, f) => {
      progress.set(id, f);
      emit();
    }),
  });

  async function flush(): Promise<void> {
    if (!session.get()) return;
    flushing ??= (async () => {
      try {
        await (await ready).flush(sender);
      } finally {
        flushing = null;
        await refresh();
      }
    })();
    return flushing;
  }

  async function requestBackgroundSync() {
    try {
      const reg = await navigator.serviceWorker?.ready;
      const sync = (reg as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } })
        ?.sync;
      await sync?.register(SYNC_TAG);
    } catch {
      /* no Background Sync here: the `online` event covers it */
    }
  }

  window.addEventListener('online', () => void flush());
  void refresh().then(() => (navigator.onLine ? flush() : undefined));
  session.subscribe(() => void flush());

  return {
    async submit(kind, request) {
      const item = await (await ready).add(kind, request);
      if (navigator.onLine) void flush();
      else void requestBackgroundSync();
      return item;
    },
    flush,
    items: () => items,
    subscribe,
    progress: (id) => progress.get(id),
    async whenSent(id) {
      const box = await ready;
      for (;;) {
        let wake = () => {};
        const changed = new Promise<void>((resolve) => (wake = resolve));
        const un = subscribe(wake);
        const record = await box.sent(id);
        if (record) {
          un();
          return record;
        }
        await changed;
        un();
      }
    },
    remove: async (id) => (await ready).remove(id),
    retry: async (id) => {
      await (await ready).retry(id);
      await flush();
    },
  };
}

export function useOutboxItems(service: OutboxService): OutboxItem[] {
  return useSyncExternalStore(service.subscribe, service.items);
}

export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}
