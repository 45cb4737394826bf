/**
 * Request counts and latency per route, kept as plain numbers and exported as Prometheus metrics
 * (`http_requests_total{method,route,status}`, `http_request_duration_seconds{method,route}`) when
 * scraped. prom-client's own Counter and Histogram validate, sort and hash the label set on every
 * observation, even through a bound child; here each route's recorder is made once at registration
 * and an observation is a map lookup and a few additions.
 */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

interface Series {
  method: string;
  route: string;
  statuses: Map<number, number>;
  /** Observations per bucket (not cumulative); the last slot is +Inf. */
  buckets: number[];
  sum: number;
  count: number;
}

/** prom-client's metric interface as its Registry reads it (`get()` at scrape time). */
interface ScrapedMetric {
  name: string;
  help: string;
  type: 'counter' | 'histogram';
  aggregator: 'sum';
  get(): Promise<{
    name: string;
    help: string;
    type: string;
    aggregator: 'sum';
    values: { labels: Record<string, string | number>; value: number; metricName?: string }[];
  }>;
  reset(): void;
}

export class RequestStats {
  readonly #series: Series[] = [];

  /** A recorder for one route: (method, status, elapsed milliseconds). */
  recorder(route: string): (method: string, status: number, elapsedMs: number) => void {
    const byMethod = new Map<string, Series>();
    return (method, status, elapsedMs) => {
      let series = byMethod.get(method);
      if (!series) {
        series = {
          method,
          route,
          statuses: new Map(),
          buckets: new Array<number>(LATENCY_BUCKETS.length + 1).fill(0),
          sum: 0,
          count: 0,
        };
        byMethod.set(method, series);
        this.#series.push(series);
      }
      series.statuses.set(status, (series.statuses.get(status) ?? 0) + 1);
      const seconds = elapsedMs / 1000;
      let i = 0;
      while (i < LATENCY_BUCKETS.length && seconds > LATENCY_BUCKETS[i]!) i++;
      series.buckets[i]!++;
      series.sum += seconds;
      series.count++;
    };
  }

  reset() {
    for (const s of this.#series) {
      s.statuses.clear();
      s.buckets.fill(0);
      s.sum = 0;
      s.count = 0;
    }
  }

  /** The two metrics to register with a prom-client Registry. */
  metrics(): ScrapedMetric[] {
    const metric = (
      name: string,
      help: string,
      type: ScrapedMetric['type'],
      values: () => Awaited<ReturnType<ScrapedMetric['get']>>['values'],
    ): ScrapedMetric => ({
      name,
      help,
      type,
      aggregator: 'sum',
      get: async () => ({ name, help, type, aggregator: 'sum', values: values() }),
      reset: () => this.reset(),
    });
    return [
      metric('http_requests_total', 'HTTP requests by method, route and status code', 'counter', () =>
        this.#series.flatMap((s) =>
          [...s.statuses].map(([status, value]) => ({
            labels: { method: s.method, route: s.route, status: String(status) },
            value,
          })),
        ),
      ),
      metric('http_request_duration_seconds', 'HTTP request latency by method and route', 'histogram', () =>
        this.#series
          .filter((s) => s.count > 0)
          .flatMap((s) => {
            const labels = { method: s.method, route: s.route };
            let cumulative = 0;
            const buckets = s.buckets.map((n, i) => {
              cumulative += n;
              const le = i < LATENCY_BUCKETS.length ? LATENCY_BUCKETS[i]! : '+Inf';
              return {
                labels: { ...labels, le },
                value: cumulative,
                metricName: 'http_request_duration_seconds_bucket',
              };
            });
            return [
              ...buckets,
              { labels, value: s.sum, metricName: 'http_request_duration_seconds_sum' },
              { labels, value: s.count, metricName: 'http_request_duration_seconds_count' },
            ];
          }),
      ),
    ];
  }
}
