import { randomBytes } from 'node:crypto';
import { openDatabase, type DatabaseHandle } from '@shebalance/db';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LiveBus, LiveEvent, LiveEventInput } from '@shebalance/core';
import { databaseLiveBus } from './database';
import { inProcessLiveBus } from './memory';

/**
 * The live transports against the real database of the test project (PGlite, or PostgreSQL when
 * TEST_DB=postgres; LISTEN/NOTIFY needs no tables). Redis is covered by the HTTP tests across instances.
 */
const progress = (n: number): LiveEventInput => ({
  type: 'assessment.progress',
  topics: ['assessments'],
  audience: { userIds: ['u1'] },
  data: { n },
});

/** Collects a bus's events; `until` resolves once one matches. */
function collect(bus: LiveBus) {
  const got: LiveEvent[] = [];
  const waiters: { match: (e: LiveEvent) => boolean; resolve: () => void }[] = [];
  bus.subscribe((e) => {
    got.push(e);
    for (const w of [...waiters]) if (w.match(e)) w.resolve();
  });
  return {
    got,
    until: (match: (e: LiveEvent) => boolean) =>
      got.some(match) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ match, resolve })),
  };
}

describe('live buses', () => {
  let database: DatabaseHandle;
  const channel = `live_test_${randomBytes(4).toString('hex')}`;
  const buses: LiveBus[] = [];
  beforeAll(async () => {
    database =
      process.env.TEST_DB === 'postgres'
        ? await openDatabase({ url: process.env.TEST_DATABASE_URL!, dataDir: '', poolSize: 4 })
        : await openDatabase({ dataDir: 'memory://' });
  });
  // Each database bus holds a pooled connection for LISTEN: release them between tests.
  afterEach(async () => {
    for (const b of buses.splice(0)) await b.close();
  });
  afterAll(async () => {
    await database?.close();
  });
  const aBus = async () => {
    const bus = await databaseLiveBus({ database, channel, retry: { initialMs: 10, maxMs: 50 } });
    buses.push(bus);
    return bus;
  };

  it('in process: delivers in order and replays after a known id only', async () => {
    const bus = inProcessLiveBus();
    const seen = collect(bus);
    for (const n of [1, 2, 3]) bus.publish(progress(n));
    await seen.until((e) => e.data.n === 3);
    expect(seen.got.map((e) => e.data.n)).toEqual([1, 2, 3]);
    expect(bus.since(seen.got[0]!.id)!.map((e) => e.data.n)).toEqual([2, 3]);
    expect(bus.since('unknown')).toBeUndefined();
  });

  it('over the database: every instance hears every event exactly once, in order, its own included', async () => {
    const a = await aBus();
    const b = await aBus();
    const atA = collect(a);
    const atB = collect(b);
    for (const n of [1, 2, 3, 4]) a.publish(progress(n));
    b.publish(progress(5));
    await atA.until((e) => e.data.n === 5);
    await atB.until((e) => e.data.n === 4);
    // A last one from `a` after everything: once both have it, nothing else is on its way.
    a.publish(progress(6));
    await atA.until((e) => e.data.n === 6);
    await atB.until((e) => e.data.n === 6);
    const order = (got: LiveEvent[]) => got.map((e) => e.data.n).filter((n) => n !== 5);
    expect(order(atA.got)).toEqual([1, 2, 3, 4, 6]);
    expect(order(atB.got)).toEqual([1, 2, 3, 4, 6]);
    expect(atA.got.filter((e) => e.data.n === 5)).toHaveLength(1);
    expect(atB.got.filter((e) => e.data.n === 5)).toHaveLength(1);
    expect(new Set(atB.got.map((e) => e.id)).size).toBe(atB.got.length);
  });

  it('drops the data of an event too large for NOTIFY, keeping the event', async () => {
    const a = await aBus();
    const b = await aBus();
    const atB = collect(b);
    a.publish({ ...progress(7), data: { n: 7, blob: 'x'.repeat(9000) } });
    await atB.until((e) => e.data.truncated === true);
    expect(atB.got.at(-1)!.type).toBe('assessment.progress');
  });

  it.runIf(process.env.TEST_DB === 'postgres')(
    'PostgreSQL: when its listening connection is killed it reconnects and tells streams to resync',
    async () => {
      const a = await aBus();
      const b = await aBus();
      const atB = collect(b);
      await database.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity where query ilike ${`LISTEN ${channel}`} and pid <> pg_backend_pid()`,
      );
      await atB.until((e) => e.type === 'live.resync');
      a.publish(progress(8));
      await atB.until((e) => e.data.n === 8);
    },
  );
});
