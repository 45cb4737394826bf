import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleReport {
  /** JS the browser must fetch before the first screen: the entry script and its static imports. */
  criticalFiles: string[];
  criticalGzip: number;
  totalGzip: number;
  allFiles: string[];
}

/** The module scripts and modulepreload links index.html names: that is the critical path. */
export function criticalScripts(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) found.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) found.add(m[1]!);
  return [...found].map((p) => p.replace(/^\//, ''));
}

/** Gzipped sizes (level 9, what a static server would send) of the critical path and of every JS file. */
export async function criticalPathReport(dist: string): Promise<BundleReport> {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const criticalFiles = criticalScripts(html);
  const gz = async (file: string) => gzipSync(await readFile(join(dist, file)), { level: 9 }).length;
  let criticalGzip = 0;
  for (const f of criticalFiles) criticalGzip += await gz(f);
  const { readdir } = await import('node:fs/promises');
  const allFiles = (await readdir(join(dist, 'assets')))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  let totalGzip = 0;
  for (const f of allFiles) totalGzip += await gz(f);
  return { criticalFiles, criticalGzip, totalGzip, allFiles };
}
