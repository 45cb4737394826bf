import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { criticalPathReport } from './scripts/bundle-report';

/** Prints the critical-path JavaScript (gzipped) after every build: the budget is 150 KB. */
function bundleBudget(): Plugin {
  return {
    name: 'shebalance-bundle-budget',
    apply: 'build',
    async closeBundle() {
      const report = await criticalPathReport(new URL('./dist', import.meta.url).pathname);
      console.log(
        `\ncritical-path JS: ${(report.criticalGzip / 1024).toFixed(1)} KB gzipped ` +
          `(${report.criticalFiles.length} files; budget 150 KB) · all JS: ${(report.totalGzip / 1024).toFixed(1)} KB gzipped`,
      );
    },
  };
}

/**
 * Writes `.br` and `.gz` beside every text file of the build, so the server sends compressed bytes
 * without compressing per request (@fastify/static `preCompressed`). A phone on 3G fetches the app
 * shell at about a third of its size.
 */
function precompress(): Plugin {
  const TEXT = /\.(js|css|html|svg|webmanifest|json)$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: 'shebalance-precompress',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const dir = options.dir ?? new URL('./dist', import.meta.url).pathname;
      for (const file of walk(dir).filter((f) => TEXT.test(f))) {
        const bytes = readFileSync(file);
        if (bytes.length < 512) continue;
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(bytes, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          }),
        );
      }
    },
  };
}

/**
 * The artisan home is the screen most people open first: its chunk and what it imports are
 * preloaded beside the entry, so the first screen does not wait for one more round trip after React
 * starts. (Lazy-loaded routes are otherwise fetched only when rendered.)
 */
function preloadHome(entries: RegExp[]): Plugin {
  return {
    name: 'shebalance-preload-home',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const files = new Set<string>();
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
          if (!entries.some((e) => e.test(chunk.facadeModuleId!))) continue;
          files.add(chunk.fileName);
          for (const f of chunk.imports) files.add(f);
        }
        const links = [...files]
          .filter((f) => !html.includes(`/${f}"`))
          .map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`)
          .join('');
        return html.replace('</head>', `${links}</head>`);
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['offline.html', 'icons/*.png'],
      injectManifest: { globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'] },
      manifest: {
        name: 'SheBalance',
        short_name: 'SheBalance',
        description: 'Photograph your craft, get a skill score and certificate, find work.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#fff8f3',
        theme_color: '#8a2f5b',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
    preloadHome([/app\/start\.tsx$/, /screens\/ArtisanHome\.tsx$/]),
    bundleBudget(),
    precompress(),
  ],
  build: { target: 'es2022', sourcemap: false, reportCompressedSize: false },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
