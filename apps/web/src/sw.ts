/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  matchPrecache,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { kvGet, openDatabase } from './outbox/idb';
import { createOutbox } from './outbox/outbox';
import { createSender, fetchTransport } from './outbox/send';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

const SYNC_TAG = 'sb-outbox';
const SESSION_KV = 'session';
// Server paths, and the server-rendered public pages (certificate verification, portfolios).
const NOT_APP = [
  /^\/api\//,
  /^\/docs/,
  /^\/webhooks/,
  /^\/metrics/,
  /^\/verify\//,
  /^\/p\//,
  /^\/public\//,
  /^\/\.well-known\//,
];

// The app shell: every built file, precached; client routes answer with index.html.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: NOT_APP }));

// Her own data, readable offline: network first, the last copy when there is no network.
registerRoute(
  ({ url, request }) =>
    request.method === 'GET' &&
    url.origin === self.location.origin &&
    (url.pathname === '/api/v1/me' ||
      url.pathname.startsWith('/api/v1/me/') ||
      url.pathname.startsWith('/api/v1/assessments/') ||
      // artisan screens: her passbook and credentials, her orders, her certificates' QR codes
      /^\/api\/v1\/artisans\/[^/]+\/(passbook|credentials|assessments)$/.test(url.pathname) ||
      /^\/api\/v1\/orders\/[^/]+$/.test(url.pathname) ||
      /^\/api\/v1\/credentials\/[^/]+(\/qr\.png)?$/.test(url.pathname)),
  new NetworkFirst({
    cacheName: 'own-data',
    networkTimeoutSeconds: 5,
    plugins: [new ExpirationPlugin({ maxEntries: 50, maxAgeSeconds: 7 * 24 * 3600 })],
  }),
);

// A page that is not in the cache, with no network: the offline page.
setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') return (await matchPrecache('/offline.html')) ?? Response.error();
  return Response.error();
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Background Sync: send the outbox even when the app is closed. Same claim-before-send rule as the page.
self.addEventListener('sync', (event: Event) => {
  const e = event as ExtendableEvent & { tag: string };
  if (e.tag === SYNC_TAG) e.waitUntil(flushOutbox());
});

async function flushOutbox() {
  const db = await openDatabase();
  const session = await kvGet<{ accessToken: string; lang: string }>(db, SESSION_KV);
  if (!session) return;
  const channel = new BroadcastChannel('sb-outbox');
  const outbox = createOutbox(db, { onChange: () => channel.postMessage('changed') });
  const summary = await outbox.flush(
    createSender({
      baseUrl: '',
      token: () => session.accessToken,
      lang: () => session.lang,
      transport: fetchTransport(),
    }),
  );
  channel.close();
  // Still waiting (offline again, or the token expired): let the browser try again later.
  if (summary.waiting > 0) throw new Error('outbox not empty');
}
