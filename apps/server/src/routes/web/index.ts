import { existsSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';

/** Where `npm run build -w apps/web` writes the PWA. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../../web/dist', import.meta.url));

/** Paths that belong to the server, never to the app's client-side routes. */
const SERVER_PREFIXES = ['/api', '/docs', '/webhooks', '/metrics', '/public', '/.well-known'];

const IMMUTABLE = 'public, max-age=31536000, immutable';
const NO_CACHE = 'no-cache';
const SHORT = 'public, max-age=86400';

/** Hashed build output is cached for a year; the entry points are revalidated on every load. */
export function cacheControlFor(relativePath: string): string {
  // Pre-compressed siblings (app.js.br, index.html.gz) are cached like the file they encode.
  const p = relativePath
    .split(sep)
    .join('/')
    .replace(/\.(br|gz)$/, '');
  if (p.startsWith('assets/')) return IMMUTABLE;
  if (
    p === 'index.html' ||
    p === 'offline.html' ||
    p === 'manifest.webmanifest' ||
    /^(sw|registerSW|workbox-[\w-]+)\.js$/.test(p)
  )
    return NO_CACHE;
  return SHORT;
}

/** A client route the app itself draws (/, /snap, /verify/abc), as opposed to a file or a server path. */
export function isClientRoute(path: string): boolean {
  const p = path.split('?')[0]!;
  if (SERVER_PREFIXES.some((s) => p === s || p.startsWith(`${s}/`))) return false;
  return extname(p) === '';
}

/**
 * Serves the built PWA at / when apps/web/dist exists (the API works without it): files with
 * cache headers, and index.html for client routes (SPA fallback). Register after the API routes.
 */
export function webRoutes(options: { distDir?: string } = {}): FastifyPluginAsync {
  const dist = options.distDir ?? DEFAULT_WEB_DIST;
  return async (app) => {
    if (!existsSync(join(dist, 'index.html'))) {
      app.log.info({ dist }, 'web app not built (npm run build -w apps/web): serving the API only');
      return;
    }
    await app.register(fastifyStatic, {
      root: dist,
      wildcard: false,
      index: false,
      cacheControl: false,
      // The build writes .br and .gz beside every text file: served by Accept-Encoding, no CPU per request.
      preCompressed: true,
      setHeaders: (res, path) => {
        res.setHeader('cache-control', cacheControlFor(relative(dist, path)));
        res.setHeader('vary', 'Accept-Encoding');
      },
    });
    const sendIndex = (reply: FastifyReply) => reply.header('cache-control', NO_CACHE).sendFile('index.html');
    app.get('/', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
    // Browsers ask for /favicon.ico on every page without an icon link (the server-rendered public
    // pages): the app icon, instead of a 404 in the console.
    app.get('/favicon.ico', { schema: { hide: true } }, (_request, reply) =>
      reply.header('cache-control', SHORT).type('image/png').sendFile('icons/icon-192.png'),
    );
    app.get('/*', { schema: { hide: true } }, (request, reply) =>
      isClientRoute(request.url) ? sendIndex(reply) : reply.callNotFound(),
    );
  };
}
