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
    bundleBudget(),
  ],
  build: { target: 'es2022', sourcemap: false, reportCompressedSize: false },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
