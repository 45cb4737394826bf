/** A minimal promise wrapper over IndexedDB: one database, the outbox, what was sent, and a key-value store. */

export const DB_NAME = 'shebalance';
export const STORES = { outbox: 'outbox', sent: 'sent', kv: 'kv' } as const;

export function openDatabase(factory: IDBFactory = indexedDB, name = DB_NAME): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORES.outbox))
        db.createObjectStore(STORES.outbox, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(STORES.sent)) db.createObjectStore(STORES.sent, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(STORES.kv)) db.createObjectStore(STORES.kv);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function promisify<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Runs `fn` in one transaction and resolves with its result once the transaction has committed. */
export function transact<T>(
  db: IDBDatabase,
  stores: string | string[],
  mode: IDBTransactionMode,
  fn: (tx: IDBTransaction) => Promise<T> | T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, mode);
    let result: T;
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    Promise.resolve(fn(tx)).then(
      (r) => {
        result = r;
      },
      (e) => {
        tx.abort();
        reject(e);
      },
    );
  });
}

export async function kvGet<T>(db: IDBDatabase, key: string): Promise<T | undefined> {
  return transact(db, STORES.kv, 'readonly', (tx) => promisify(tx.objectStore(STORES.kv).get(key)));
}

export async function kvSet(db: IDBDatabase, key: string, value: unknown): Promise<void> {
  await transact(db, STORES.kv, 'readwrite', (tx) => promisify(tx.objectStore(STORES.kv).put(value, key)));
}

export async function kvDelete(db: IDBDatabase, key: string): Promise<void> {
  await transact(db, STORES.kv, 'readwrite', (tx) => promisify(tx.objectStore(STORES.kv).delete(key)));
}
