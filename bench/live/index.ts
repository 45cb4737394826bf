/**
 * bench/live — live-update fan-out latency: an event published on instance A until a subscriber on
 * instance B has it, p50/p99 over sequential events and the throughput of a burst, for each
 * transport between instances (database LISTEN/NOTIFY on PGlite and on PostgreSQL, Redis
 * publish/subscribe), beside the in-process bus (publisher and subscriber in one instance) as the
 * baseline, same run. PostgreSQL and Redis are skipped with a note when unreachable.
 */
import { Redis } from 'ioredis';
import type { LiveBus, LiveEvent } from '@shebalance/core';
import { databaseLiveBus, inProcessLiveBus, redisLiveBus } from '@shebalance/adapters/live/index';
import { openDatabase } from '@shebalance/db';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 500);
const BURST = Number(process.env.BENCH_BURST ?? 5000);
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const event = (n: number) => ({
  type: 'assessment.progress' as const,
  topics: ['assessments', `assessment:${n}`],
  audience: { userIds: ['bench-user'] },
  data: { n, step: 'quality' },
});

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Sequential latency (one event in flight) and a burst's throughput, from `a.publish` to `b`'s subscriber. */
async function measure(a: LiveBus, b: LiveBus) {
  const latencies: number[] = [];
  let waiting: ((e: LiveEvent) => void) | undefined;
  let received = 0;
  let burstDone: (() => void) | undefined;
  const off = b.subscribe((e) => {
    received += 1;
    waiting?.(e);
    if (received >= BURST) burstDone?.();
  });
  for (let i = 0; i < EVENTS + 20; i++) {
    const got = new Promise<LiveEvent>((resolve) => (waiting = resolve));
    const t = process.hrtime.bigint();
    a.publish(event(i));
    await got;
    if (i >= 20) latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  waiting = undefined;
  received = 0;
  const all = new Promise<void>((resolve) => (burstDone = resolve));
  const t = process.hrtime.bigint();
  for (let i = 0; i < BURST; i++) a.publish(event(i));
  await all;
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  off();
  latencies.sort((x, y) => x - y);
  return { p50: pct(latencies, 50), p99: pct(latencies, 99), perSecond: BURST / seconds };
}

function print(name: string, r: { p50: number; p99: number; perSecond: number }, base?: { p50: number }) {
  const ratio = base ? `  (${(r.p50 / base.p50).toFixed(0)}× the in-process p50)` : '';
  console.log(
    `${name.padEnd(34)} p50 ${r.p50.toFixed(3).padStart(8)} ms   p99 ${r.p99.toFixed(3).padStart(8)} ms   burst ${Math.round(r.perSecond).toLocaleString('en-US').padStart(9)} events/s${ratio}`,
  );
}

console.log(`${EVENTS} sequential events (latency) and a burst of ${BURST}, publisher → subscriber\n`);

const memory = inProcessLiveBus();
const baseline = await measure(memory, memory);
print('in-process (baseline, 1 instance)', baseline);
await memory.close();

const pglite = await openDatabase({ dataDir: 'memory://' });
{
  const a = await databaseLiveBus({ database: pglite, channel: 'bench_live' });
  const b = await databaseLiveBus({ database: pglite, channel: 'bench_live' });
  print('database: PGlite, 2 instances', await measure(a, b), baseline);
  await a.close();
  await b.close();
}
await pglite.close();

try {
  const one = await openDatabase({ url: PG_URL, dataDir: '', poolSize: 4 });
  const two = await openDatabase({ url: PG_URL, dataDir: '', poolSize: 4 });
  try {
    await one.ping();
    const a = await databaseLiveBus({ database: one, channel: 'bench_live' });
    const b = await databaseLiveBus({ database: two, channel: 'bench_live' });
    print('database: PostgreSQL, 2 instances', await measure(a, b), baseline);
    await a.close();
    await b.close();
  } finally {
    await one.close();
    await two.close();
  }
} catch (error) {
  console.log(`database: PostgreSQL — skipped (${(error as Error).message})`);
}

const redisA = new Redis(REDIS_URL, {
  lazyConnect: true,
  maxRetriesPerRequest: 1,
  retryStrategy: () => null,
});
try {
  await redisA.connect();
  const redisB = redisA.duplicate();
  const a = await redisLiveBus({ redis: redisA, channel: 'bench:live' });
  const b = await redisLiveBus({ redis: redisB, channel: 'bench:live' });
  print('Redis pub/sub, 2 instances', await measure(a, b), baseline);
  await a.close();
  await b.close();
  redisB.disconnect();
} catch (error) {
  console.log(`Redis — skipped (${(error as Error).message})`);
} finally {
  redisA.disconnect();
}
