import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { RequestStats } from './request-stats';

async function scrape(stats: RequestStats) {
  const registry = new Registry();
  for (const metric of stats.metrics()) registry.registerMetric(metric as never);
  return registry.metrics();
}

describe('request stats exported as Prometheus metrics', () => {
  it('counts requests by method, route and status', async () => {
    const stats = new RequestStats();
    const me = stats.recorder('/api/v1/me');
    me('GET', 200, 3);
    me('GET', 200, 4);
    me('GET', 401, 1);
    stats.recorder('/api/v1/auth/otp')('POST', 202, 20);
    const text = await scrape(stats);
    expect(text).toContain('# TYPE http_requests_total counter');
    expect(text).toContain('http_requests_total{method="GET",route="/api/v1/me",status="200"} 2');
    expect(text).toContain('http_requests_total{method="GET",route="/api/v1/me",status="401"} 1');
    expect(text).toContain('http_requests_total{method="POST",route="/api/v1/auth/otp",status="202"} 1');
  });

  it('keeps a cumulative latency histogram with +Inf, sum and count (le is inclusive)', async () => {
    const stats = new RequestStats();
    const record = stats.recorder('/x');
    record('GET', 200, 5); // exactly 0.005 s: in the 0.005 bucket
    record('GET', 200, 30); // 0.03 s: first in 0.05
    record('GET', 200, 20_000); // 20 s: only +Inf
    const text = await scrape(stats);
    const line = (le: string) =>
      text.split('\n').find((l) => l.includes(`_bucket{method="GET",route="/x",le="${le}"}`));
    expect(text).toContain('# TYPE http_request_duration_seconds histogram');
    expect(line('0.005')).toMatch(/ 1$/);
    expect(line('0.025')).toMatch(/ 1$/);
    expect(line('0.05')).toMatch(/ 2$/);
    expect(line('10')).toMatch(/ 2$/);
    expect(line('+Inf')).toMatch(/ 3$/);
    expect(text).toContain('http_request_duration_seconds_sum{method="GET",route="/x"} 20.035');
    expect(text).toContain('http_request_duration_seconds_count{method="GET",route="/x"} 3');
  });

  it('starts again from zero on reset', async () => {
    const stats = new RequestStats();
    stats.recorder('/x')('GET', 200, 1);
    stats.reset();
    const text = await scrape(stats);
    expect(text).not.toContain('route="/x"');
  });
});
