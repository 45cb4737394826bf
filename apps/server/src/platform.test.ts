import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { buildApp, loggerOptions } from './app';
import { ConfigError, loadConfig } from './config';
import { aPhone, lastCode, useTestApp } from '../test/harness';

const ctx = useTestApp();

describe('configuration', () => {
  it('has embedded defaults for everything', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATA_DIR).toBe('./.data');
    expect(c.devRoutes).toBe(true);
  });

  it('fails fast naming the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ STORAGE_DRIVER: 's3' })).toThrow(/S3_BUCKET/);
  });

  it('refuses insecure defaults in production and turns development routes off', () => {
    try {
      loadConfig({ NODE_ENV: 'production' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const text = (e as ConfigError).problems.join('\n');
      expect(text).toMatch(/JWT_PRIVATE_JWK/);
      expect(text).toMatch(/AUTH_PEPPER/);
      expect(text).toMatch(/DATA_ENCRYPTION_KEY/);
    }
  });
});

describe('HTTP platform', () => {
  it('answers health and readiness', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await ctx.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks.database).toBe('ok');
  });

  it('publishes OpenAPI 3.1 generated from the route schemas, with a UI', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/otp',
        '/api/v1/auth/otp/verify',
        '/api/v1/auth/refresh',
        '/api/v1/me',
        '/api/v1/artisans/{id}',
      ]),
    );
    expect(JSON.stringify(doc.paths['/api/v1/auth/otp'])).toContain('phone');
    const ui = await ctx.app.inject({ method: 'GET', url: '/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });

  it('exports Prometheus metrics per route', async () => {
    await ctx.app.inject({ method: 'GET', url: '/api/v1/artisans/00000000-0000-4000-8000-000000000000' });
    const text = (await ctx.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toMatch(
      /http_requests_total\{method="GET",route="\/api\/v1\/artisans\/:id",status="404"\} 1/,
    );
    expect(text).toContain('http_request_duration_seconds_bucket');
    await ctx.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    const after = (await ctx.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(after).toMatch(/http_requests_total\{method="GET",route="unmatched",status="404"\} 1/);
    expect(after).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/artisans\/:id"\} 1/,
    );
  });

  it('gives every response a request id, honouring a sane incoming one', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'req-12345678' },
    });
    expect(res.headers['x-request-id']).toBe('req-12345678');
    const other = await ctx.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': '<script>' },
    });
    expect(other.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown routes with problem+json and sets security headers', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['strict-transport-security']).toContain('max-age=');
  });

  it("gives pages helmet's document headers and API answers the lean API set", async () => {
    const page = await ctx.app.inject({ method: 'GET', url: '/docs' });
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    const api = await ctx.app.inject({ method: 'GET', url: '/api/v1/crafts' });
    expect(api.statusCode).toBe(200);
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    expect(api.headers['cache-control']).toBe('no-store');
    expect(api.headers['cross-origin-opener-policy']).toBeUndefined();
    expect(api.headers['x-request-id']).toBeTruthy();
  });

  it('hides the development outbox in production mode', async () => {
    const prod = loadConfig({ NODE_ENV: 'test', ENABLE_DEV_ROUTES: 'false', LOG_LEVEL: 'silent' });
    const app = await buildApp({ ...ctx.container, config: prod });
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/dev/outbox?to=${encodeURIComponent(aPhone())}`,
    });
    expect(res.statusCode).toBe(404);
    await app.close();
  });

  it('never logs codes, tokens or full phone numbers', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const logger = pino(loggerOptions('trace') as pino.LoggerOptions, stream);
    const app = await buildApp(ctx.container, { loggerInstance: logger as never });
    const phone = aPhone();
    await app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone } });
    const code = await lastCode(app, phone);
    const session = (
      await app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone, code } })
    ).json();
    await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    logger.info({ phone, code }, 'explicit fields are redacted too');
    await app.close();
    const all = lines.join('');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(phone);
    expect(all).not.toContain(encodeURIComponent(phone));
    expect(all).not.toContain(code);
    expect(all).not.toContain(session.accessToken);
  });
});
