import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { clientKey, MemoryWindows, registerRateLimit, windowMs } from './rate-limit';

describe('rate limit rules', () => {
  it('reads time windows', () => {
    expect(windowMs(1500)).toBe(1500);
    expect(windowMs('1 minute')).toBe(60_000);
    expect(windowMs('30 seconds')).toBe(30_000);
    expect(windowMs('2 hours')).toBe(7_200_000);
    expect(() => windowMs('soon')).toThrow(/soon/);
  });

  it('counts IPv4, IPv4-mapped and IPv6 clients (by /64)', () => {
    expect(clientKey('203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('2001:db8:0:12:aaaa::1')).toBe('2001:db8:0:12::/64');
    expect(clientKey('2001:0db8:0000:0012:bbbb:cccc:dddd:eeee')).toBe('2001:db8:0:12::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
  });

  it('keeps fixed windows that start again once they end, and forgets the oldest client past the cap', () => {
    let now = 1_000;
    const windows = new MemoryWindows(2, () => now);
    expect(windows.hit('a', 60_000).count).toBe(1);
    expect(windows.hit('a', 60_000).count).toBe(2);
    now += 60_000;
    expect(windows.hit('a', 60_000)).toEqual({ count: 1, resetAt: now + 60_000 });
    windows.hit('b', 60_000);
    windows.hit('c', 60_000); // over the cap of 2: 'a' (oldest) is dropped
    expect(windows.hit('a', 60_000).count).toBe(1);
  });
});

describe('rate limit on routes', () => {
  async function anApp() {
    const app = Fastify();
    registerRateLimit(app, { max: 2, timeWindow: '1 minute' });
    app.get('/a', async () => ({ ok: true }));
    app.get('/b', async () => ({ ok: true }));
    app.post('/code', { config: { rateLimit: { max: 1, timeWindow: '1 minute' } } }, async () => ({}));
    app.post('/hook', { config: { rateLimit: false } }, async () => ({}));
    return app;
  }
  const from = (ip: string) => ({ remoteAddress: ip });

  it('tells the client where she stands, then refuses past the limit with retry-after', async () => {
    const app = await anApp();
    const first = await app.inject({ method: 'GET', url: '/a', ...from('198.51.100.1') });
    expect(first.headers['x-ratelimit-limit']).toBe('2');
    expect(first.headers['x-ratelimit-remaining']).toBe('1');
    expect(Number(first.headers['x-ratelimit-reset'])).toBeGreaterThan(0);
    await app.inject({ method: 'GET', url: '/b', ...from('198.51.100.1') }); // the global limit is per client
    const third = await app.inject({ method: 'GET', url: '/a', ...from('198.51.100.1') });
    expect(third.statusCode).toBe(429);
    expect(third.headers['x-ratelimit-remaining']).toBe('0');
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    const someoneElse = await app.inject({ method: 'GET', url: '/a', ...from('198.51.100.2') });
    expect(someoneElse.statusCode).toBe(200);
    await app.close();
  });

  it("counts a route's own limit apart, and none where the route says false", async () => {
    const app = await anApp();
    const ip = from('198.51.100.3');
    expect((await app.inject({ method: 'POST', url: '/code', ...ip })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/code', ...ip })).statusCode).toBe(429);
    expect((await app.inject({ method: 'GET', url: '/a', ...ip })).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) {
      const hook = await app.inject({ method: 'POST', url: '/hook', ...ip });
      expect(hook.statusCode).toBe(200);
      expect(hook.headers['x-ratelimit-limit']).toBeUndefined();
    }
    await app.close();
  });
});

describe('rate limit with an unreachable Redis', () => {
  it('lets requests through instead of failing them', async () => {
    const down = {
      defineCommand(name: string) {
        (this as Record<string, unknown>)[name] = () => Promise.reject(new Error('connection refused'));
      },
    };
    const app = Fastify();
    registerRateLimit(app, { max: 1, timeWindow: '1 minute', redis: down as never });
    app.get('/a', async () => ({ ok: true }));
    for (let i = 0; i < 3; i++) expect((await app.inject({ method: 'GET', url: '/a' })).statusCode).toBe(200);
    await app.close();
  });
});
