import type { Problem, Tokens } from './types';
import type { SessionStore } from './session';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }
}

export interface RequestOptions {
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Without the bearer token (sign-in). */
  anonymous?: boolean;
}

export interface ApiClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  /** A file behind her token (certificate PDF, passbook CSV/PDF), as a Blob. */
  blob(path: string, options?: RequestOptions): Promise<Blob>;
  baseUrl: string;
}

/**
 * fetch with her token and language; on 401 it rotates the refresh token once (one refresh at a
 * time for the whole app) and retries; errors become ApiError carrying the problem+json.
 */
export function createApiClient(options: {
  baseUrl?: string;
  session: SessionStore;
  lang: () => string;
  fetch?: typeof fetch;
}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  let refreshing: Promise<boolean> | null = null;

  async function refresh(): Promise<boolean> {
    const current = options.session.get();
    if (!current) return false;
    try {
      const res = await doFetch(`${baseUrl}/api/v1/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken: current.refreshToken }),
      });
      if (!res.ok) {
        if (res.status === 401) options.session.set(null);
        return false;
      }
      options.session.updateTokens((await res.json()) as Tokens);
      return true;
    } catch {
      return false;
    }
  }

  async function send(method: string, path: string, o: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { 'Accept-Language': options.lang(), ...o.headers };
    const token = options.session.get()?.accessToken;
    if (token && !o.anonymous) headers.Authorization = `Bearer ${token}`;
    let body: BodyInit | undefined;
    if (o.form) body = o.form;
    else if (o.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(o.json);
    }
    return doFetch(`${baseUrl}${path}`, { method, headers, body, signal: o.signal });
  }

  async function sendWithRefresh(method: string, path: string, o: RequestOptions): Promise<Response> {
    let res = await send(method, path, o);
    if (res.status === 401 && !o.anonymous && options.session.get()) {
      refreshing ??= refresh().finally(() => {
        refreshing = null;
      });
      if (await refreshing) res = await send(method, path, o);
    }
    return res;
  }

  async function request<T>(method: string, path: string, o: RequestOptions = {}): Promise<T> {
    const res = await sendWithRefresh(method, path, o);
    const text = await res.text();
    const data = text ? safeJson(text) : null;
    if (!res.ok) throw new ApiError(res.status, isProblem(data) ? data : null);
    return data as T;
  }

  async function blob(path: string, o: RequestOptions = {}): Promise<Blob> {
    const res = await sendWithRefresh('GET', path, o);
    if (!res.ok) {
      const data = safeJson(await res.text());
      throw new ApiError(res.status, isProblem(data) ? data : null);
    }
    return res.blob();
  }

  return { request, get: (path, o) => request('GET', path, o), blob, baseUrl };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'detail' in value;
}
