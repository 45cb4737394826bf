/**
 * The boot script's first steps, before React, i18next and the app shell have arrived: it reads her
 * session and language, starts loading her language's catalog and, on her home screen, asks for
 * her account (`/api/v1/me`) at once, so the answer is on its way while the app's JavaScript is
 * still loading and the first screen can be drawn with her data. Tiny on purpose: main.tsx imports
 * it statically and everything else lazily (docs/adr/0016).
 */
import { ME_PATH } from '../api/me';
import { createSessionStore, type SessionStore } from '../api/session';
import type { Me, Session } from '../api/types';
import type { Catalog } from '../i18n/catalog/types';
import type { Lang } from '../i18n/langs';
import { CATALOG_LOADERS, initialLang, safeStorage } from '../i18n/load';

export interface Early {
  session: SessionStore;
  lang: Lang;
  catalog: Promise<Catalog>;
  /** Copies every session change to the service worker's store (set once the outbox code is loaded). */
  mirrorSession(mirror: (s: Session | null) => void): void;
}

/** A /me answer asked for at boot: for whom, and what came back (null when it failed). */
export interface MePrefetch {
  token: string;
  result: Promise<Me | null>;
  /** Set when `result` has settled, so the first render can use it without waiting a tick. */
  settled: boolean;
  value: Me | null;
}
let mePrefetch: MePrefetch | null = null;

export function startEarly(): Early {
  let mirror: ((s: Session | null) => void) | null = null;
  const session = createSessionStore(safeStorage(), (s) => mirror?.(s));
  const lang = initialLang();
  const catalog = CATALOG_LOADERS[lang]();
  const current = session.get();
  if (current && location.pathname === '/') mePrefetch = prefetchMe(current.accessToken, lang);
  // A session change (sign-out, another account) makes the early answer someone else's.
  session.subscribe(() => {
    mePrefetch = null;
  });
  return {
    session,
    lang,
    catalog,
    mirrorSession: (m) => {
      mirror = m;
    },
  };
}

/** The same request the API client makes; on any failure (an expired token: 401) the screen asks again. */
function prefetchMe(token: string, lang: Lang): MePrefetch {
  const entry: MePrefetch = { token, result: Promise.resolve(null), settled: false, value: null };
  entry.result = fetch(ME_PATH, { headers: { 'Accept-Language': lang, Authorization: `Bearer ${token}` } })
    .then((res) => (res.ok ? (res.json() as Promise<Me>) : null))
    .catch(() => null)
    .then((me) => {
      entry.settled = true;
      entry.value = me;
      return me;
    });
  return entry;
}

/** The boot-time /me answer if it was asked for with this token and nobody has used it yet. */
export function peekMePrefetch(token: string | undefined): MePrefetch | null {
  return mePrefetch && mePrefetch.token === token ? mePrefetch : null;
}

/** Used once (by the first home screen): later screens and other accounts fetch their own. */
export function consumeMePrefetch(entry: MePrefetch): void {
  if (mePrefetch === entry) mePrefetch = null;
}
