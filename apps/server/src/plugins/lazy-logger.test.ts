import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { lazyChildLoggerFactory } from './lazy-logger';

function capture(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(JSON.parse(String(chunk)));
      cb();
    },
  });
  const logger = pino({ level, redact: { paths: ['secret', '*.secret'], censor: '[redacted]' } }, stream);
  let children = 0;
  const parentChild = logger.child.bind(logger);
  logger.child = ((...args: Parameters<typeof logger.child>) => {
    children++;
    return parentChild(...args);
  }) as typeof logger.child;
  const app = Fastify({
    loggerInstance: logger,
    childLoggerFactory: lazyChildLoggerFactory,
    genReqId: () => 'req-0001',
  });
  app.get('/quiet', async () => ({ ok: true }));
  app.get('/talks', async (request) => {
    request.log.warn({ secret: 's3cret', user: { secret: 'x' } }, 'something to see');
    return { ok: true };
  });
  app.get('/own-level', { logLevel: 'error' }, async (request) => {
    request.log.warn('dropped by the route level');
    return { level: request.log.level };
  });
  // Children made while the app starts (Fastify's own) are not the requests'.
  const started = app.ready().then(() => children);
  return { app, lines, children: async () => children - (await started) };
}

describe('lazy request child logger', () => {
  it('builds no child for a request that logs nothing at the configured level', async () => {
    const { app, lines, children } = capture('warn');
    await app.ready();
    const res = await app.inject({ method: 'GET', url: '/quiet' });
    expect(res.statusCode).toBe(200);
    expect(await children()).toBe(0);
    expect(lines).toEqual([]);
    await app.close();
  });

  it('logs through a real child with the request id and the parent redaction when a line is enabled', async () => {
    const { app, lines, children } = capture('warn');
    await app.ready();
    await app.inject({ method: 'GET', url: '/talks' });
    expect(await children()).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ reqId: 'req-0001', msg: 'something to see', level: 40 });
    expect(JSON.stringify(lines[0])).not.toContain('s3cret');
    await app.close();
  });

  it("keeps Fastify's request logging (incoming / completed) with the request id at info", async () => {
    const { app, lines } = capture('info');
    await app.inject({ method: 'GET', url: '/quiet' });
    expect(lines.map((l) => l['msg'])).toEqual(['incoming request', 'request completed']);
    expect(lines.every((l) => l['reqId'] === 'req-0001')).toBe(true);
  });

  it("honours a route's own log level with a real child", async () => {
    const { app, lines } = capture('info');
    const res = await app.inject({ method: 'GET', url: '/own-level' });
    expect(res.json()).toEqual({ level: 'error' });
    expect(lines.filter((l) => l['msg'] === 'dropped by the route level')).toEqual([]);
    await app.close();
  });
});
