/**
 * bench/web: the PWA's critical-path JavaScript (gzipped) against the 150 KB budget, beside the
 * baseline of shipping every chunk up front (what the app would cost without route splitting);
 * then Lighthouse 12 (mobile) on the artisan home and the public verification page when
 * `lighthouse` and Debian's Chromium are installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { criticalPathReport } from '../../apps/web/scripts/bundle-report';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'apps', 'web', 'dist');
const BUDGET_KB = 150;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

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
      audits: Record<string, { displayValue?: string }>;
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

    const chrome = await launch({
      chromePath: chromiumPath,
      userDataDir: profile,
      chromeFlags: CHROMIUM_ARGS,
    });
    try {
      const pages = [
        ['artisan home', `${server.url}/`],
        ['verify page', `${server.url}/verify/${randomUUID()}`],
      ] as const;
      console.log('Lighthouse 12, mobile emulation (targets ≥ 95 each)');
      for (const [name, url] of pages) {
        const { lhr } = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          formFactor: 'mobile',
          disableStorageReset: true,
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        if (lhr.runtimeError) {
          console.log(
            `  ${name.padEnd(13)} not measured: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
          );
          continue;
        }
        const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
        console.log(
          `  ${name.padEnd(13)} performance ${score('performance')} · accessibility ${score('accessibility')} · best practices ${score('best-practices')}` +
            `   (LCP ${lhr.audits['largest-contentful-paint']?.displayValue ?? '?'}, TBT ${lhr.audits['total-blocking-time']?.displayValue ?? '?'}, CLS ${lhr.audits['cumulative-layout-shift']?.displayValue ?? '?'})`,
        );
      }
    } finally {
      await chrome.kill();
    }
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
