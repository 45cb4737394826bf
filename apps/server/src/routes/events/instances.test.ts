import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type TestContext } from '../../../test/harness';
import { buildApp, type App } from '../../app';
import { loadConfig } from '../../config';
import { createContainer, type Container } from '../../container';
import { anArtisanProfile, sessionFor, type TestSession } from '../reviewer/test-support';
import { ofType, openSse, type SseStream } from './test-support';

/**
 * Several server instances over one database: an event published on one reaches streams open on
 * another — through the database (LISTEN/NOTIFY) by default, through Redis when REDIS_URL is set.
 */
const ctx = useTestApp();

interface Instance {
  app: App;
  container: Container;
  base: string;
}
const instances: Instance[] = [];
const streams: SseStream[] = [];

/** One more server process's worth: its own container and HTTP listener over the same database and secrets. */
async function anInstance(ctx: TestContext, env: Record<string, string> = {}): Promise<Instance> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: `${process.cwd()}/.tmp/data-${process.pid}`,
    RATE_LIMIT_PER_MINUTE: '10000',
    SEED_DEMO: 'false',
    ...env,
  });
  const container = await createContainer(config, { database: ctx.db.handle });
  const app = await buildApp(container);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const instance = {
    app,
    container,
    base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
  };
  instances.push(instance);
  return instance;
}

async function listen(on: Instance, ticketFrom: Instance, s: TestSession): Promise<SseStream> {
  const res = await ticketFrom.app.inject({ method: 'POST', url: '/api/v1/events/ticket', headers: s.auth });
  expect(res.statusCode, res.body).toBe(200);
  const stream = await openSse(`${on.base}/api/v1/events?ticket=${encodeURIComponent(res.json().ticket)}`);
  expect(stream.status).toBe(200);
  streams.push(stream);
  return stream;
}

const call = (on: Instance, method: 'POST' | 'PUT', url: string, s: TestSession, payload?: object) =>
  on.app.inject({ method, url: `/api/v1${url}`, headers: s.auth, ...(payload ? { payload } : {}) });

/** A buyer's request on instance `a` offered to her; she accepts on instance `b`. Each listens on the other one. */
async function offerAcrossInstances(a: Instance, b: Instance) {
  const artisan = await sessionFor(ctx, 'artisan');
  expect((await call(a, 'PUT', '/me/artisan', artisan, anArtisanProfile())).statusCode).toBe(200);
  const buyer = await sessionFor(ctx, 'buyer');
  const other = await sessionFor(ctx, 'artisan');
  const her = await listen(b, a, artisan);
  const his = await listen(a, b, buyer);
  const nobody = await listen(b, b, other);

  const request = await call(a, 'POST', '/opportunities', buyer, {
    description: 'One Madhubani painting',
    craftIds: ['madhubani'],
    quantity: 1,
    budgetPaise: 250_000,
    deadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
    location: { lat: 26.35, lng: 86.07 },
    maxDistanceKm: 50,
  });
  expect(request.statusCode, request.body).toBe(201);
  const id = request.json().id as string;
  expect((await call(a, 'POST', `/opportunities/${id}/matches`, buyer)).statusCode).toBeLessThan(300);
  const sent = await call(a, 'POST', `/opportunities/${id}/offers`, buyer, { artisanIds: [artisan.id] });
  expect(sent.statusCode, sent.body).toBeLessThan(300);
  const offerId = sent.json().offers[0].id as string;

  await her.next(ofType('offer.created', 'offerId', offerId));
  const accepted = await call(b, 'POST', `/offers/${offerId}/accept`, artisan);
  expect(accepted.statusCode, accepted.body).toBe(201);
  await his.next(ofType('order.changed', 'orderId', accepted.json().order.id));

  // A marker to the other artisan, published on `a` after everything else: once it is in, so is all before it.
  a.container.live.publish({
    type: 'live.resync',
    topics: ['marker'],
    audience: { userIds: [other.id] },
    data: {},
  });
  await nobody.next((m) => m.data.topics?.includes('marker') ?? false);
  expect(nobody.received.filter((m) => m.event === 'message' && m.data.type !== 'live.resync')).toEqual([]);
}

afterAll(async () => {
  for (const s of streams) s.close();
  for (const i of instances) {
    await i.app.close();
    await i.container.close();
  }
});

describe('live updates across instances over one database', () => {
  it('an offer sent on one instance reaches her stream on another, and her answer comes back', async () => {
    const a = await anInstance(ctx);
    const b = await anInstance(ctx);
    expect(a.container.live.kind).toBe('database');
    await offerAcrossInstances(a, b);
  });
});

/** Against a real Redis (TEST_REDIS_URL). Skipped without one locally; in CI a missing Redis fails the run. */
const redisUrl = process.env.TEST_REDIS_URL;
const withRedis = redisUrl || process.env.CI === 'true' ? describe : describe.skip;

withRedis('live updates across instances over Redis publish/subscribe', () => {
  const url = redisUrl ?? 'redis://127.0.0.1:6379';
  const prefix = `sbtest-live-${randomBytes(4).toString('hex')}`;
  let probe: Redis;
  beforeAll(async () => {
    probe = new Redis(url, { maxRetriesPerRequest: 1 });
    await probe.ping();
  });
  afterAll(async () => {
    let cursor = '0';
    do {
      const [next, keys] = await probe.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length) await probe.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    probe.disconnect();
  });

  it('an offer sent on one instance reaches her stream on another, and her answer comes back', async () => {
    const env = { REDIS_URL: url, REDIS_PREFIX: prefix };
    const a = await anInstance(ctx, env);
    const b = await anInstance(ctx, env);
    expect(a.container.live.kind).toBe('redis');
    await offerAcrossInstances(a, b);
  });
});
