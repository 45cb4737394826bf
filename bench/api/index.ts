/**
 * bench/api — requests/s and p99 of an authenticated GET /api/v1/me (JWT verification, user lookup,
 * profile read on the embedded PGlite database) beside a bare Fastify route returning a constant,
 * same load generator (autocannon), same process, same run, in alternating rounds. Target: ≥ 50% of
 * the bare route's req/s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../../apps/server/src/app';
import { loadConfig } from '../../apps/server/src/config';
import { createContainer } from '../../apps/server/src/container';
import { DEMO, seedDemo } from '../../apps/server/src/seed/demo';

/** Seconds of load per route in all, split over the rounds. */
const DURATION = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = 32;

interface Run {
  rps: number;
  p99: number;
  total: number;
  cpuUs: number;
}

async function load(url: string, headers: Record<string, string>, duration: number): Promise<Run> {
  const cpu = process.cpuUsage();
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    headers,
    pipelining: 1,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const used = process.cpuUsage(cpu);
  // CPU per request of this process (server + load generator): steadier than req/s on a shared machine.
  const cpuUs = (used.user + used.system) / Math.max(1, result.requests.total);
  return { rps: result.requests.average, p99: result.latency.p99, total: result.requests.total, cpuUs };
}

const dataDir = mkdtempSync(join(tmpdir(), 'sb-bench-api-'));
const config = loadConfig({
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  RATE_LIMIT_PER_MINUTE: '100000000',
  SEED_DEMO: 'false',
  // steady state: the speech recognizer's one-time background warm-up is not part of this measurement
  SPEECH_WARMUP_DELAY_MS: '-1',
});
const container = await createContainer(config);
await seedDemo(container.database.db);
const app = await buildApp(container);
const artisan = (await container.deps.repos.users.findByPhone(DEMO.artisanPhone))!;
const { token } = await container.deps.tokens.issueAccessToken({
  sub: artisan.id,
  role: artisan.role,
  mfa: false,
});
const realUrl = await app.listen({ host: '127.0.0.1', port: 0 });

const bare = Fastify({ logger: false });
bare.get('/constant', async () => ({ status: 'ok' }));
const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });

// Warm both up, then measure in alternating rounds: this is a shared virtual machine whose speed
// drifts by tens of percent within seconds, so one long run of each would compare two different
// machines. Each round runs the bare route and then the real one back to back; the figures are
// the medians over the rounds, and the ratio is the median of the rounds' own ratios.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const SLICE = Math.max(1, DURATION / ROUNDS);
await load(`${bareUrl}/constant`, {}, 2);
await load(`${realUrl}/api/v1/me`, { authorization: `Bearer ${token}` }, 2);
const rounds: { baseline: Run; real: Run }[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const baseline = await load(`${bareUrl}/constant`, {}, SLICE);
  const real = await load(`${realUrl}/api/v1/me`, { authorization: `Bearer ${token}` }, SLICE);
  rounds.push({ baseline, real });
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const side = (pick: (r: (typeof rounds)[number]) => Run) => ({
  rps: median(rounds.map((r) => pick(r).rps)),
  p99: median(rounds.map((r) => pick(r).p99)),
  cpuUs: median(rounds.map((r) => pick(r).cpuUs)),
});
const baseline = side((r) => r.baseline);
const real = side((r) => r.real);
const ratios = rounds.map((r) => r.real.rps / r.baseline.rps);
const ratio = median(ratios);
console.log(
  `database: ${container.database.kind}; ${CONNECTIONS} connections; ${ROUNDS} alternating rounds of ${SLICE} s each; one process (load generator included)`,
);
console.log(
  `bare Fastify constant route : ${baseline.rps.toFixed(0).padStart(7)} req/s   p99 ${baseline.p99} ms   ` +
    `CPU ${baseline.cpuUs.toFixed(0)} µs/request   (medians of the rounds)`,
);
console.log(
  `GET /api/v1/me (real)       : ${real.rps.toFixed(0).padStart(7)} req/s   p99 ${real.p99} ms   ` +
    `CPU ${real.cpuUs.toFixed(0)} µs/request`,
);
console.log(`ratio of each round: ${ratios.map((r) => `${(r * 100).toFixed(1)}%`).join(', ')}`);
console.log(
  `ratio: ${(ratio * 100).toFixed(1)}% of the bare route (median of the rounds; target ≥ 50%) — ${ratio >= 0.5 ? 'MET' : 'NOT MET'}` +
    ` (CPU per request: bare/real = ${((baseline.cpuUs / real.cpuUs) * 100).toFixed(1)}%)`,
);

await app.close();
await bare.close();
await container.close();
rmSync(dataDir, { recursive: true, force: true });
