import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's security headers, computed once at start-up and set on every response in one call.
 * (Running helmet's middleware per request cost ~8% of a small authenticated request; the headers
 * it produces do not depend on the request.)
 */
export function securityHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number | string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
    getHeader: (name: string) => headers[name.toLowerCase()],
  };
  let failure: unknown;
  helmet(options)({} as never, res as never, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

/**
 * The headers of a JSON API response, after the OWASP REST Security Cheat Sheet ("Security
 * headers"): nothing is ever rendered, framed or cached by default. Helmet's document headers
 * (cross-origin isolation, DNS prefetch, referrer policy, download and XSS switches…) only mean
 * something for HTML (the cheat sheet lists them as "only when responses are rendered as HTML");
 * on every API response they were ~450 bytes that each client had to parse. A route that may be
 * cached (public certificates, media) sets its own `cache-control`, which replaces this default.
 */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/** JSON endpoints: the versioned API and the messaging webhooks. */
export const isApiPath = (url: string) => url.startsWith('/api/') || url.startsWith('/webhooks/');

/**
 * Sets the security headers and the request id (`x-request-id`) on every response, in one
 * synchronous onRequest hook (each hook is a step of Fastify's per-request chain): helmet's full
 * set on pages (the app, public pages, API docs), the API set on JSON endpoints.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: Readonly<HelmetOptions>) {
  const pageHeaders = securityHeaders(options);
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(isApiPath(request.url) ? API_HEADERS : pageHeaders);
    reply.header('x-request-id', request.id);
    done();
  });
}
