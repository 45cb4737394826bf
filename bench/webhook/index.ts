/**
 * bench/webhook — sustained signed WhatsApp webhook deliveries per second with p50/p99 acknowledgement
 * latency: the real /webhooks/whatsapp (signature check over raw bytes, parse, store deduplicated,
 * enqueue one job per message) on PGlite and on PostgreSQL (a fresh database), beside a bare Fastify
 * route that answers 200 to the same signed bodies, same load generator, same run. The in-process
 * worker runs the conversation meanwhile; at the end every accepted message must have been processed
 * exactly once (one reply each). Target on PostgreSQL: ≥ 1,000 msgs/s with p99 ≤ 250 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { signBody } from '@shebalance/adapters/whatsapp/index';
import { webhookPayload, wire } from '@shebalance/core/whatsapp/index';
import { openDatabase } from '@shebalance/db';
import { countInbound } from '@shebalance/db/whatsapp/index';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../apps/server/src/app';
import { loadConfig } from '../../apps/server/src/config';
import { createContainer } from '../../apps/server/src/container';

const DURATION = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECRET = 'bench-webhook-app-secret-0123456789';
const PHONE_ID = '100000000000777';
const SENDERS = 2000;

let seq = 0;
/** A unique, signed delivery of one text message from one of SENDERS artisans. */
function nextDelivery(): { body: string; signature: string } {
  seq += 1;
  const from = `9197${String(process.pid % 100).padStart(2, '0')}${String(seq % SENDERS).padStart(6, '0')}`;
  const body = JSON.stringify(
    webhookPayload({
      phoneNumberId: PHONE_ID,
      from,
      messages: [
        {
          id: `wamid.BENCH${process.pid}.${seq}`,
          timestamp: Math.floor(Date.now() / 1000),
          ...wire.text('hi'),
        },
      ],
    }),
  );
  return { body, signature: signBody(body, SECRET) };
}

async function load(url: string) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION,
    pipelining: 1,
    requests: [
      {
        setupRequest: (req) => {
          const d = nextDelivery();
          return {
            ...req,
            body: d.body,
            headers: { 'content-type': 'application/json', 'x-hub-signature-256': d.signature },
          };
        },
      },
    ],
  });
  if (result.errors > 0) throw new Error(`${url}: ${result.errors} errors`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    non2xx: result.non2xx,
  };
}

async function bareRoute() {
  const bare = Fastify({ logger: false });
  bare.post('/webhooks/whatsapp', async () => ({ ok: true }));
  const url = await bare.listen({ host: '127.0.0.1', port: 0 });
  await load(`${url}/webhooks/whatsapp`);
  const r = await load(`${url}/webhooks/whatsapp`);
  await bare.close();
  return r;
}

async function realRoute(kind: 'pglite' | 'postgres') {
  const dataDir = mkdtempSync(join(tmpdir(), 'sb-bench-webhook-'));
  let dbName: string | undefined;
  let url: string | undefined;
  if (kind === 'postgres') {
    dbName = `sb_bench_webhook_${process.pid}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName}`);
    await admin.query(`create database ${dbName}`);
    if (process.env.BENCH_ASYNC_COMMIT === '1')
      await admin.query(`alter database ${dbName} set synchronous_commit = off`);
    await admin.end();
    url = PG_URL.replace(/\/[^/]*$/, `/${dbName}`);
  }
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    WHATSAPP_APP_SECRET: SECRET,
    WHATSAPP_PHONE_NUMBER_ID: PHONE_ID,
    JOB_CONCURRENCY: '8',
    JOB_POLL_INTERVAL_MS: '50',
    DATABASE_POOL_SIZE: '20',
    ...(url ? { DATABASE_URL: url } : {}),
  });
  const database = await openDatabase({ url, dataDir: `${dataDir}/pg`, poolSize: 20 });
  const container = await createContainer(config, { database });
  const app = await buildApp(container);
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  // By default the worker runs after the load, as a separate worker process would on other cores;
  // BENCH_WORKER_DURING_LOAD=1 runs it in this process during the load (API and worker share the cores).
  const during = process.env.BENCH_WORKER_DURING_LOAD === '1';
  if (during) container.startWorker();
  const result = await load(`${base}/webhooks/whatsapp`);
  if (!during) container.startWorker();

  // Let the worker finish, then check: every accepted message stored once, processed once, answered once.
  const db = container.database.db;
  const started = Date.now();
  for (;;) {
    const c = await countInbound(db);
    if (c.processed >= c.total || Date.now() - started > 180_000) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const drainSeconds = (Date.now() - started) / 1000;
  const counts = await countInbound(db);
  const q = async (text: string) =>
    ((await db.execute(sql.raw(text))) as unknown as { rows: { n: number }[] }).rows[0]!.n;
  const replies = await q(`select count(*)::int as n from outbound_messages`);
  const answered = await q(`select count(distinct reply_to)::int as n from outbound_messages`);
  const jobsDone = await q(
    `select count(*)::int as n from jobs where name = 'whatsapp.inbound' and status = 'done'`,
  );
  await app.close();
  await container.close();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (dbName) {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
  const exactlyOnce =
    counts.total >= result.ok &&
    counts.processed === counts.total &&
    replies === counts.total &&
    answered === counts.total &&
    jobsDone === counts.total;
  return { ...result, counts, replies, answered, jobsDone, drainSeconds, exactlyOnce };
}

const bare = await bareRoute();
const fmt = (r: { rps: number; p50: number; p99: number }) =>
  `${r.rps.toFixed(0).padStart(6)} msgs/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms`;
console.log(
  `${CONNECTIONS} connections; ${DURATION} s per run; one process (load generator and API); worker ${process.env.BENCH_WORKER_DURING_LOAD === '1' ? 'running during the load' : 'started after the load'}`,
);
console.log(`bare Fastify route answering 200   : ${fmt(bare)}`);
let targetMet = false;
for (const kind of ['pglite', 'postgres'] as const) {
  try {
    const r = await realRoute(kind);
    console.log(
      `/webhooks/whatsapp on ${kind.padEnd(8)}    : ${fmt(r)}   (${r.ok} acknowledged, ${r.non2xx} non-2xx)`,
    );
    console.log(
      `  processed after load: ${r.counts.processed}/${r.counts.total} stored, ${r.replies} replies to ${r.answered} messages, ${r.jobsDone} jobs done, worker drained the rest in ${r.drainSeconds.toFixed(1)} s (~${(r.counts.total / r.drainSeconds).toFixed(0)} msgs/s) — exactly once: ${r.exactlyOnce ? 'YES' : 'NO'}`,
    );
    if (kind === 'postgres') targetMet = r.rps >= 1000 && r.p99 <= 250 && r.exactlyOnce;
  } catch (err) {
    console.log(`/webhooks/whatsapp on ${kind}: skipped (${(err as Error).message})`);
  }
}
console.log(
  `target on PostgreSQL: ≥ 1,000 msgs/s and p99 ≤ 250 ms, every message processed exactly once — ${targetMet ? 'MET' : 'NOT MET'}`,
);
