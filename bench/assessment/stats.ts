/** Nearest-rank percentile of a sample (p in 0–100). */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export interface Measured {
  label: string;
  /** Wall-clock milliseconds per photo. */
  latencies: number[];
  /** CPU milliseconds (user + system) spent by the process over the whole run. */
  cpuMs: number;
  wallMs: number;
}

/** Time `run` for each item, sequentially; CPU time from process.cpuUsage covers all threads. */
export async function measure<T>(
  label: string,
  items: readonly T[],
  run: (item: T) => Promise<unknown>,
): Promise<Measured> {
  const latencies: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const item of items) {
    const t = performance.now();
    await run(item);
    latencies.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  return { label, latencies, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started };
}

export function summarise(m: Measured) {
  const n = m.latencies.length;
  return {
    label: m.label,
    photos: n,
    photosPerCpuSecond: n / (m.cpuMs / 1000),
    photosPerWallSecond: n / (m.wallMs / 1000),
    p50: percentile(m.latencies, 50),
    p95: percentile(m.latencies, 95),
  };
}
