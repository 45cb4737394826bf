import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, isClientRoute, webRoutes } from './index';

describe('serving the PWA', () => {
  const dist = mkdtempSync(join(tmpdir(), 'sb-web-'));
  const app = Fastify();

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>SheBalance</title>');
    writeFileSync(join(dist, 'assets', 'index-Ab12Cd.js'), 'console.log(1)');
    writeFileSync(join(dist, 'sw.js'), 'self.x=1');
    writeFileSync(join(dist, 'manifest.webmanifest'), '{}');
    app.setNotFoundHandler((_req, reply) =>
      reply.code(404).type('application/problem+json').send({ status: 404 }),
    );
    app.get('/api/v1/ping', async () => ({ pong: true }));
    await app.register(webRoutes({ distDir: dist }));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / and for client routes, never cached', async () => {
    for (const url of ['/', '/snap', '/verify/abc', '/p/meena?x=1']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<title>SheBalance</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year and revalidates the service worker', async () => {
    const asset = await app.inject({ url: '/assets/index-Ab12Cd.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const sw = await app.inject({ url: '/sw.js' });
    expect(sw.headers['cache-control']).toBe('no-cache');
  });

  it('leaves API paths and missing files to the 404 handler', async () => {
    expect((await app.inject({ url: '/api/v1/ping' })).json()).toEqual({ pong: true });
    for (const url of ['/api/v1/nope', '/docs/nope', '/webhooks/x', '/assets/missing.js', '/metrics/x']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('registers nothing when the app is not built', async () => {
    const bare = Fastify();
    await bare.register(webRoutes({ distDir: join(dist, 'nothing-here') }));
    expect((await bare.inject({ url: '/' })).statusCode).toBe(404);
    await bare.close();
  });
});

describe('routing rules', () => {
  it('tells client routes from files and server paths', () => {
    expect(isClientRoute('/snap')).toBe(true);
    expect(isClientRoute('/apix')).toBe(true);
    expect(isClientRoute('/api')).toBe(false);
    expect(isClientRoute('/favicon.ico')).toBe(false);
    expect(cacheControlFor('icons/icon-192.png')).toBe('public, max-age=86400');
    expect(cacheControlFor('index.html')).toBe('no-cache');
  });
});
