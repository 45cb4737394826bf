/**
 * bench/web: the PWA's critical-path JavaScript (gzipped) against the 150 KB budget, beside the
 * baseline of shipping every chunk up front (what the app would cost without route splitting);
 * then Lighthouse 12 (mobile) on the artisan home and the public verification page of a real,
 * signed credential (median of LIGHTHOUSE_RUNS runs, reports kept in .tmp/lighthouse) when
 * `lighthouse` and Debian's Chromium are installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { criticalPathReport } from '../../apps/web/scripts/bundle-report';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'apps', 'web', 'dist');
const BUDGET_KB = 150;
/** Issue 8's bar for each Lighthouse category (performance, accessibility, best practices). */
const BAR = 95;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
/** Lighthouse runs per page; the run with the median performance score is reported (the machine is shared). */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const REPORTS = join(ROOT, '.tmp', 'lighthouse');

if (!existsSync(join(DIST, 'index.html')) || process.argv.includes('--build')) {
  execFileSync('npm', ['run', 'build', '-w', 'apps/web'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
const report = await criticalPathReport(DIST);
console.log('PWA bundle (gzip -9)');
console.log(
  `  critical path : ${kb(report.criticalGzip)} in ${report.criticalFiles.length} files   target ≤ ${BUDGET_KB} KB  ${report.criticalGzip <= BUDGET_KB * 1024 ? 'OK' : 'OVER'}`,
);
console.log(`  baseline (all ${report.allFiles.length} JS chunks up front): ${kb(report.totalGzip)}`);
console.log(`  saved by route splitting: ${kb(report.totalGzip - report.criticalGzip)}`);

await lighthouseRun().catch((e: unknown) =>
  console.log(`Lighthouse: not run (${e instanceof Error ? e.message : String(e)})`),
);

async function lighthouseRun() {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}`);
  const lighthouse = (await import('lighthouse' as string)).default as (
    url: string,
    flags: Record<string, unknown>,
  ) => Promise<{
    lhr: {
      categories: Record<string, { score: number | null }>;
      audits: Record<string, { displayValue?: string; numericValue?: number }>;
      runtimeError?: { code: string; message: string };
    };
  }>;
  const { launch } = (await import('chrome-launcher' as string)) as {
    launch: (o: Record<string, unknown>) => Promise<{ port: number; kill: () => Promise<void> | void }>;
  };
  const { ensurePgliteTemplate } = await import('../../test/db');
  const { startServer, createArtisan, codeFromOutbox, CHROMIUM_ARGS } = await import('../../e2e/support');
  const { chromium } = await import('playwright-core');
  await ensurePgliteTemplate();
  const server = await startServer();
  const profile = mkdtempSync(join(tmpdir(), 'sb-lh-'));
  try {
    // Sign a demo artisan in once in a Chromium profile; Lighthouse then opens her home with it.
    const phone = '+919812349999';
    await createArtisan(server.url, phone);
    server.clock.advance(60_000);
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: CHROMIUM_ARGS,
      locale: 'hi-IN',
    });
    const page = await ctx.newPage();
    await page.goto(server.url);
    await page.getByLabel('आपका मोबाइल नंबर').fill(phone.slice(3));
    await page.getByRole('button', { name: 'कोड भेजें' }).click();
    await page.getByLabel('SMS में आया कोड').fill(await codeFromOutbox(server.url, phone));
    await page.getByRole('button', { name: 'साइन इन करें' }).click();
    await page.getByRole('heading', { name: 'नमस्ते, Meena Devi' }).waitFor();
    await ctx.close();
    // A real signed credential of hers, so the verification page shows a verified certificate.
    const { issueCredential } = await import('./credential');
    const credentialId = await issueCredential(server, phone);
    mkdirSync(REPORTS, { recursive: true });

    const chrome = await launch({
      chromePath: chromiumPath,
      userDataDir: profile,
      chromeFlags: CHROMIUM_ARGS,
    });
    try {
      const pages = [
        ['artisan home', `${server.url}/`],
        ['verify page', `${server.url}/verify/${credentialId}`],
      ] as const;
      const { throttling } = (await import('lighthouse/core/config/constants.js' as string)) as {
        throttling: { mobileSlow4G: Record<string, number> };
      };
      type Lhr = Awaited<ReturnType<typeof lighthouse>>['lhr'] & {
        environment?: { benchmarkIndex?: number };
      };
      const score = (lhr: Lhr, k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
      /** RUNS runs of one page; prints the run with the median performance score and keeps its report. */
      const measure = async (name: string, url: string, cpuSlowdownMultiplier: number, tag: string) => {
        const runs: Lhr[] = [];
        for (let i = 0; i < RUNS; i++) {
          const { lhr } = await lighthouse(url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            formFactor: 'mobile',
            disableStorageReset: true,
            throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier },
            onlyCategories: ['performance', 'accessibility', 'best-practices'],
          });
          if (lhr.runtimeError) {
            console.log(
              `  ${name.padEnd(13)} not measured: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
            );
            break;
          }
          runs.push(lhr);
        }
        if (runs.length === 0) {
          console.log(`  ${name.padEnd(13)} verdict (${tag}, ${cpuSlowdownMultiplier}x CPU): NOT MEASURED`);
          return runs;
        }
        const sorted = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
        const lhr = sorted[Math.floor(sorted.length / 2)]!;
        writeFileSync(join(REPORTS, `${name.replace(/\W+/g, '-')}-${tag}.json`), JSON.stringify(lhr));
        const audit = (k: string) => lhr.audits[k]?.displayValue ?? '?';
        console.log(
          `  ${name.padEnd(13)} performance ${score(lhr, 'performance')} · accessibility ${score(lhr, 'accessibility')} · best practices ${score(lhr, 'best-practices')}` +
            `   (FCP ${audit('first-contentful-paint')}, LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}, SI ${audit('speed-index')})`,
        );
        console.log(
          `  ${''.padEnd(13)} performance of each run: ${runs.map((r) => score(r, 'performance')).join(', ')}`,
        );
        const below = (['performance', 'accessibility', 'best-practices'] as const)
          .filter((k) => score(lhr, k) < BAR)
          .map((k) => `${k.replace('-', ' ')} ${score(lhr, k)}`);
        console.log(
          `  ${name.padEnd(13)} verdict (${tag}, ${cpuSlowdownMultiplier}x CPU): ` +
            (below.length === 0
              ? `MEETS the bars (all ≥ ${BAR})`
              : `BELOW the bar of ${BAR}: ${below.join(', ')}`),
        );
        return runs;
      };

      // LIGHTHOUSE_ONLY=home|verify measures one page; LIGHTHOUSE_CPU=<x> runs only that CPU slowdown.
      const only = process.env.LIGHTHOUSE_ONLY;
      const chosen = pages.filter(([name]) => !only || name.startsWith(only === 'home' ? 'artisan' : only));
      const fixedCpu = process.env.LIGHTHOUSE_CPU ? Number(process.env.LIGHTHOUSE_CPU) : null;
      if (fixedCpu) {
        console.log(`Lighthouse 12, mobile emulation, ${fixedCpu}x CPU slowdown (median of ${RUNS} runs)`);
        for (const [name, url] of chosen) await measure(name, url, fixedCpu, `cpu${fixedCpu}`);
        return;
      }
      console.log(
        `Lighthouse 12, mobile emulation, default 4x CPU slowdown (targets ≥ 95 each; median of ${RUNS} runs)`,
      );
      const first: Lhr[] = [];
      for (const [name, url] of chosen) first.push(...(await measure(name, url, 4, 'default')));
      // Lighthouse's 4x assumes a high-end desktop host; the same page is measured again at the
      // slowdown that makes this host a mid-tier phone (DevTools' calibration), for comparison.
      const indexes = first
        .map((l) => l.environment?.benchmarkIndex ?? 0)
        .filter((b) => b > 0)
        .sort((a, b) => a - b);
      const benchmarkIndex = indexes[Math.floor(indexes.length / 2)] ?? 0;
      const multiplier = calibratedCpuSlowdown(benchmarkIndex);
      console.log(
        `  host benchmarkIndex ${Math.round(benchmarkIndex)} → calibrated CPU slowdown ${multiplier}x (mid-tier mobile)`,
      );
      if (Math.abs(multiplier - 4) >= 0.5) {
        console.log(
          `Lighthouse 12, mobile emulation, calibrated ${multiplier}x CPU slowdown (median of ${RUNS} runs)`,
        );
        for (const [name, url] of chosen) await measure(name, url, multiplier, 'calibrated');
      }
      console.log(`  reports: ${REPORTS}`);
    } finally {
      await chrome.kill();
    }
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The CPU slowdown that makes this host behave like a mid-tier phone, the way Chrome DevTools
 * calibrates CPU throttling (front_end/panels/mobile_throttling/CalibrationController.ts): a mid-tier
 * device (Pixel 5) scores 1000 on Lighthouse's benchmarkIndex, so the multiplier is the host's index
 * over 1000, at least 1x. (Lighthouse's default 4x assumes a high-end desktop of ~1500–2000 and
 * emulates a slower phone on a faster host.)
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): number {
  if (!(benchmarkIndex > 0)) return 4;
  return Math.round(Math.max(1, benchmarkIndex / 1000) * 10) / 10;
}
