import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness';

const ctx = useTestApp();
const ALLOWED = 'http://localhost:5173'; // in the default CORS_ORIGINS

describe('CORS', () => {
  it('lets an allowed origin read an API answer and its request id', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/crafts', headers: { origin: ALLOWED } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(res.headers['access-control-expose-headers']).toContain('x-request-id');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers['vary']).toContain('Origin');
  });

  it('gives another origin no CORS headers (its browser refuses the answer), and still serves same-origin callers', async () => {
    const other = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/crafts',
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    expect(other.headers['vary']).toContain('Origin');
    const none = await ctx.app.inject({ method: 'GET', url: '/api/v1/crafts' });
    expect(none.statusCode).toBe(200);
    expect(none.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a preflight from an allowed origin with methods, the asked headers and a max-age', async () => {
    const res = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/assessments',
      headers: {
        origin: ALLOWED,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(res.headers['access-control-allow-headers']).toBe('authorization, content-type, idempotency-key');
    expect(Number(res.headers['access-control-max-age'])).toBeGreaterThan(0);
    expect(res.headers['vary']).toContain('Access-Control-Request-Headers');
  });

  it('answers a preflight from another origin without permission', async () => {
    const res = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/me',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-methods']).toBeUndefined();
  });
});

describe('CORS open to any origin', () => {
  it("answers '*' when CORS_ORIGINS contains '*'", async () => {
    const { default: Fastify } = await import('fastify');
    const { registerCors } = await import('./cors');
    const app = Fastify();
    registerCors(app, ['*']);
    app.get('/x', async () => ({ ok: true }));
    const res = await app.inject({ method: 'GET', url: '/x', headers: { origin: 'https://any.example' } });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    await app.close();
  });
});
