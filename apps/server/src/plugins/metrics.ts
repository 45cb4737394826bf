import type { FastifyInstance, onResponseHookHandler } from 'fastify';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { RequestStats } from './request-stats';

export interface Metrics {
  registry: Registry;
  /** Feeds a worker's events into `jobs_processed_total{name,outcome}`. */
  recordJob(event: { type: 'completed' | 'failed' | 'dead'; name: string }): void;
  jobEvents: Counter<'name' | 'outcome'>;
  jobsByStatus: Gauge<'status'>;
}

/** Prometheus metrics per app instance: request counts and latency per route, job counts. */
export function registerMetrics(
  app: FastifyInstance,
  jobCounts?: () => Promise<Record<string, number>>,
): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new RequestStats();
  for (const metric of requests.metrics()) registry.registerMetric(metric as never);
  const jobEvents = new Counter({
    name: 'jobs_processed_total',
    help: 'Background jobs by name and outcome (completed, retried, dead)',
    labelNames: ['name', 'outcome'] as const,
    registers: [registry],
  });
  const jobsByStatus = new Gauge({
    name: 'jobs',
    help: 'Background jobs by status',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      if (!jobCounts) return;
      this.reset();
      for (const [status, n] of Object.entries(await jobCounts())) this.set({ status }, n);
    },
  });

  // Each route gets its own recorder when it is registered (no per-request label hashing or route
  // lookup); requests no route matched are counted under 'unmatched'.
  app.addHook('onRoute', (route) => {
    const record = requests.recorder(route.url);
    const hook: onResponseHookHandler = (request, reply, done) => {
      record(request.method, reply.statusCode, reply.elapsedTime);
      done();
    };
    route.onResponse = route.onResponse ? [route.onResponse, hook].flat() : hook;
  });
  const unmatched = requests.recorder('unmatched');
  app.addHook('onResponse', (request, reply, done) => {
    if (request.is404) unmatched(request.method, reply.statusCode, reply.elapsedTime);
    done();
  });

  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.type(registry.contentType);
    return registry.metrics();
  });
  const outcome = { completed: 'completed', failed: 'retried', dead: 'dead' } as const;
  return {
    registry,
    jobEvents,
    jobsByStatus,
    recordJob: (event) => jobEvents.inc({ name: event.name, outcome: outcome[event.type] }),
  };
}
