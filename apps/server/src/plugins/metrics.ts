import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

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
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
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

  // One labelled child per (method, route, status), made once: prom-client then skips hashing the
  // label set on every request. Routes are the registered patterns, so the set stays small.
  const children = new Map<string, { count: { inc(): void }; time: { observe(v: number): void } }>();
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const key = `${request.method} ${reply.statusCode} ${route}`;
    let child = children.get(key);
    if (!child) {
      child = {
        count: requests.labels({ method: request.method, route, status: String(reply.statusCode) }),
        time: latency.labels({ method: request.method, route }),
      };
      children.set(key, child);
    }
    child.count.inc();
    child.time.observe(reply.elapsedTime / 1000);
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
