import type { OutboxItem, SendOutcome, Sender } from './types';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | FormData;
}
export interface HttpResponse {
  status: number;
  body: unknown;
}
/** fetch in the service worker; XMLHttpRequest in the page when upload progress is wanted. */
export type Transport = (request: HttpRequest, item: OutboxItem) => Promise<HttpResponse>;

/** The request an outbox item becomes: JSON or multipart, with her token and its idempotency key. */
export function toHttpRequest(
  item: OutboxItem,
  baseUrl: string,
  token: string | null,
  lang: string,
): HttpRequest {
  const headers: Record<string, string> = { [IDEMPOTENCY_HEADER]: item.id, 'Accept-Language': lang };
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: string | FormData;
  if (item.files?.length) {
    const form = new FormData();
    for (const [k, v] of Object.entries(item.fields ?? {})) form.append(k, v);
    for (const f of item.files) form.append(f.field, new Blob([f.data], { type: f.type }), f.name);
    body = form;
  } else {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(item.json ?? {});
  }
  return { method: item.method, url: `${baseUrl}${item.path}`, headers, body };
}

/**
 * What an answer means for the outbox: 2xx sent; 401 keep and stop (sign in again); 408/425/429/5xx
 * keep for later; any other 4xx will never succeed, so it is marked failed for her to see.
 */
export function classify(status: number, body: unknown): SendOutcome {
  if (status >= 200 && status < 300) return { ok: true, status, body };
  const detail = (body as { detail?: string } | null)?.detail ?? `HTTP ${status}`;
  if (status === 401) return { ok: false, status, error: detail, retry: true, stop: true };
  if (status === 408 || status === 425 || status === 429 || status === 409 || status >= 500)
    return { ok: false, status, error: detail, retry: true, stop: status !== 409 };
  return { ok: false, status, error: detail, retry: false, stop: false };
}

export function fetchTransport(fetchFn: typeof fetch = fetch): Transport {
  return async (req) => {
    const res = await fetchFn(req.url, { method: req.method, headers: req.headers, body: req.body });
    const text = await res.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    return { status: res.status, body };
  };
}

export function createSender(options: {
  baseUrl: string;
  token: () => Promise<string | null> | string | null;
  lang: () => string;
  transport: Transport;
}): Sender {
  return async (item) => {
    const request = toHttpRequest(item, options.baseUrl, await options.token(), options.lang());
    try {
      const res = await options.transport(request, item);
      return classify(res.status, res.body);
    } catch (e) {
      // A network error: offline, or the server is unreachable. Keep it and stop for now.
      return {
        ok: false,
        status: 0,
        error: e instanceof Error ? e.message : String(e),
        retry: true,
        stop: true,
      };
    }
  };
}
