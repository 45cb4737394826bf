import type { Session, Tokens } from './types';

const KEY = 'sb.session';

/** Where the signed-in session lives. The page keeps it in localStorage; `mirror` copies it for the service worker. */
export interface SessionStore {
  get(): Session | null;
  set(session: Session | null): void;
  updateTokens(tokens: Tokens): void;
  subscribe(listener: () => void): () => void;
}

export function createSessionStore(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
  mirror?: (session: Session | null) => void,
): SessionStore {
  let current: Session | null = read();
  const listeners = new Set<() => void>();

  function read(): Session | null {
    try {
      const raw = storage?.getItem(KEY);
      return raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      return null;
    }
  }

  function set(session: Session | null) {
    current = session;
    try {
      if (session) storage?.setItem(KEY, JSON.stringify(session));
      else storage?.removeItem(KEY);
    } catch {
      /* private mode: keep it in memory */
    }
    mirror?.(session);
    for (const l of listeners) l();
  }

  return {
    get: () => current,
    set,
    updateTokens: (tokens) => {
      if (current) set({ ...current, ...tokens });
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
