import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
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
    mkdirSync(join(dist, 'icons'));
    writeFileSync(join(dist, 'icons', 'icon-192.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    // What the build writes beside each text file (vite.config.ts `precompress`).
    const big = `export const text = ${JSON.stringify('नमस्ते '.repeat(200))};`;
    writeFileSync(join(dist, 'assets', 'big-Ef34Gh.js'), big);
    writeFileSync(join(dist, 'assets', 'big-Ef34Gh.js.br'), brotliCompressSync(big));
    writeFileSync(join(dist, 'assets', 'big-Ef34Gh.js.gz'), gzipSync(big));
    writeFileSync(
      join(dist, 'index.html.br'),
      brotliCompressSync('<!doctype html><title>SheBalance</title>'),
    );
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

  it('sends the pre-compressed file the browser accepts, typed and cached like the original', async () => {
    const br = await app.inject({ url: '/assets/big-Ef34Gh.js', headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(br.rawPayload).toString()).toContain('नमस्ते');
    const gz = await app.inject({ url: '/assets/big-Ef34Gh.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ url: '/assets/big-Ef34Gh.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('नमस्ते');
    const index = await app.inject({ url: '/buyer/new', headers: { 'accept-encoding': 'br' } });
    expect(index.headers['content-encoding']).toBe('br');
    expect(index.headers['content-type']).toContain('text/html');
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  it('answers /favicon.ico with the app icon (public pages have no icon link)', async () => {
    const res = await app.inject({ url: '/favicon.ico' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
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
    expect(cacheControlFor('index.html.br')).toBe('no-cache');
    expect(cacheControlFor('assets/index-Ab12Cd.js.gz')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('index.html')).toBe('no-cache');
  });
});
