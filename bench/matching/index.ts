import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import {
  MatchIndex,
  proposeTeam,
  rankCandidates,
  type Match,
  type MatchRequest,
} from '@shebalance/core/earn/index';
import { EMBEDDING_DIM, generateArtisans, generateRequests } from './generate';

/**
 * bench/matching: a full match (hard constraints + ranking + top 10 with explanations) over 1,000,000
 * synthetic artisans with the in-memory index, beside a brute-force scan of the same artisans in the
 * same run. Every query's top 10 must be identical. Targets: p95 ≤ 50 ms and ≥ 5× faster.
 * Half the requests carry a reference centroid (visual similarity); their figures are printed apart.
 * Options: --artisans=N (default 1,000,000) --queries=N (default 200) --seed=N --dim=N (portfolio
 * centroid size, default 16; the vision model's is 1792). `npm run bench` does not pass options on:
 * `node --import tsx bench/matching/index.ts --artisans=100000 --dim=1792`.
 */
const arg = (name: string, fallback: number) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const ARTISANS = arg('artisans', 1_000_000);
const QUERIES = arg('queries', 200);
const SEED = arg('seed', 20250301);
const DIM = arg('dim', EMBEDDING_DIM);
const WARMUP = 10;
const now = new Date('2025-03-03T04:30:00Z');

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const ms = (x: number) => `${x.toFixed(2)} ms`;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const same = (a: Match[], b: Match[]) => JSON.stringify(a) === JSON.stringify(b);
interface Timing {
  wall: number;
  cpu: number;
}
/** Wall-clock and process CPU time (user + system, all threads) of one call. */
const measure = <T>(fn: () => T): [T, Timing] => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [out, { wall, cpu: (c.user + c.system) / 1000 }];
};

interface Row {
  request: MatchRequest;
  index: Timing;
  brute: Timing;
  identical: boolean;
  recall: number;
  found: number;
  scanned: number;
}

const started = performance.now();
console.log(
  `Matching benchmark: ${ARTISANS.toLocaleString('en-IN')} artisans, ${QUERIES} queries (seed ${SEED}), ${DIM}-number portfolio centroids`,
);
const [world, gen] = measure(() => generateArtisans(ARTISANS, SEED, now, DIM));
const entries = world.artisans.reduce((s, a) => s + a.crafts.length, 0);
console.log(
  `generated in ${ms(gen.wall)} (cpu ${ms(gen.cpu)}): ${entries.toLocaleString('en-IN')} verified skills over ${world.craftWeight.size} crafts`,
);

const [index, build] = measure(() => MatchIndex.build(world.artisans));
const stats = index.stats();
console.log(
  `index built in ${ms(build.wall)} (cpu ${ms(build.cpu)}): ${stats.cells} grid cells of ${stats.cellDegrees}°, typed arrays ${mb(stats.typedBytes)}, ` +
    `rss ${mb(process.memoryUsage().rss)}`,
);

const requests = generateRequests(world, QUERIES + WARMUP, SEED + 1, now);
for (const r of requests.slice(0, WARMUP)) {
  index.match(r, now);
  rankCandidates(world.artisans, r, now);
}

// Two phases, so neither path is charged for the other's garbage collection.
const measured = requests.slice(WARMUP);
const fastRuns = measured.map((request) => measure(() => index.match(request, now)));
const slowRuns = measured.map((request) => measure(() => rankCandidates(world.artisans, request, now)));
const rows: Row[] = measured.map((request, i) => {
  const [fast, indexTime] = fastRuns[i]!;
  const [slow, bruteTime] = slowRuns[i]!;
  const expected = new Set(slow.matches.map((m) => m.artisanId));
  const hits = fast.matches.filter((m) => expected.has(m.artisanId)).length;
  return {
    request,
    index: indexTime,
    brute: bruteTime,
    identical: same(fast.matches, slow.matches),
    recall: expected.size ? hits / expected.size : fast.matches.length === 0 ? 1 : 0,
    found: fast.matches.length,
    scanned: fast.scanned,
  };
});

const report = (label: string, subset: Row[], kind: keyof Timing) => {
  if (subset.length === 0) return;
  const idx = subset.map((r) => r.index[kind]);
  const bf = subset.map((r) => r.brute[kind]);
  console.log(
    `  ${label.padEnd(17)} n=${String(subset.length).padStart(3)}  index p50 ${ms(quantile(idx, 0.5))} p95 ${ms(quantile(idx, 0.95))}` +
      `  | brute force p50 ${ms(quantile(bf, 0.5))} p95 ${ms(quantile(bf, 0.95))}  | speedup ×${(mean(bf) / mean(idx)).toFixed(0)} (mean)`,
  );
};
console.log('\nFull match (constraints + ranking + top 10 with reasons), wall-clock:');
report('all queries', rows, 'wall');
report(
  'within 50–500 km',
  rows.filter((r) => !r.request.remoteOk),
  'wall',
);
report(
  'remote OK',
  rows.filter((r) => r.request.remoteOk),
  'wall',
);
report(
  'reference photos',
  rows.filter((r) => r.request.referenceEmbedding),
  'wall',
);
report(
  'no reference',
  rows.filter((r) => !r.request.referenceEmbedding),
  'wall',
);
console.log('Same, process CPU time (less sensitive to other work on this shared machine):');
report('all queries', rows, 'cpu');
report(
  'reference photos',
  rows.filter((r) => r.request.referenceEmbedding),
  'cpu',
);
report(
  'no reference',
  rows.filter((r) => !r.request.referenceEmbedding),
  'cpu',
);
console.log(
  `Index examined ${Math.round(mean(rows.map((r) => r.scanned))).toLocaleString('en-IN')} skills per query on average ` +
    `(the brute force examines all ${ARTISANS.toLocaleString('en-IN')} artisans)`,
);

const identical = rows.filter((r) => r.identical).length;
const recall = Math.min(...rows.map((r) => r.recall));
const empty = rows.filter((r) => r.found === 0).length;
console.log(
  `\nTop 10 identical to brute force: ${identical}/${rows.length} queries; minimum recall ${recall.toFixed(3)}`,
);
console.log(
  `Matches per query: mean ${mean(rows.map((r) => r.found)).toFixed(1)}; ${empty} queries had no single artisan able to take the order`,
);

// Bulk orders (5–20× a normal quantity): single matches, else a team from the index's candidates.
const bulk = generateRequests(world, 20, SEED + 2, now, true);
const teamRuns = bulk.map((request) =>
  measure(() => {
    const single = index.match(request, now).matches.length > 0;
    return {
      single,
      team: single ? undefined : proposeTeam(index.teamCandidates(request, now), request.quantity),
    };
  }),
);
const teams = teamRuns.map(([r]) => r.team).filter((t) => t !== undefined);
console.log(
  `Bulk orders: ${teamRuns.filter(([r]) => r.single).length}/${bulk.length} taken by one artisan, ${teams.length} by a proposed team ` +
    `(mean ${mean(teams.map((t) => t.members.length)).toFixed(1)} members, ${teams.filter((t) => t.groupId).length} built around a self-help group); ` +
    `match + team p50 ${ms(
      quantile(
        teamRuns.map(([, t]) => t.wall),
        0.5,
      ),
    )}, max ${ms(Math.max(...teamRuns.map(([, t]) => t.wall)))}`,
);

const p95 = quantile(
  rows.map((r) => r.index.wall),
  0.95,
);
const speedup = mean(rows.map((r) => r.brute.wall)) / mean(rows.map((r) => r.index.wall));
const p50Speedup =
  quantile(
    rows.map((r) => r.brute.wall),
    0.5,
  ) /
  quantile(
    rows.map((r) => r.index.wall),
    0.5,
  );
console.log('\nTargets:');
console.log(
  `  p95 ≤ 50 ms at ${ARTISANS.toLocaleString('en-IN')} artisans: ${ms(p95)}  ${p95 <= 50 ? 'PASS' : 'FAIL'}`,
);
console.log(
  `  ≥ 5× faster than brute force: ×${speedup.toFixed(0)} (mean), ×${p50Speedup.toFixed(0)} (p50)  ${speedup >= 5 ? 'PASS' : 'FAIL'}`,
);
console.log(`  recall 1.0 (identical top 10): ${identical === rows.length ? 'PASS' : 'FAIL'}`);

const postgis = spawnSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-tAc', 'select postgis_version()'], {
  encoding: 'utf8',
  timeout: 10_000,
});
console.log(
  postgis.status === 0
    ? `PostGIS ${postgis.stdout.trim()}: available (comparison not implemented in this run)`
    : 'PostGIS: not installed, skipped',
);
console.log(
  `rss ${mb(process.memoryUsage().rss)}; load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${cpus().length} cores; total ${ms(performance.now() - started)}`,
);
if (identical !== rows.length) process.exitCode = 1;
