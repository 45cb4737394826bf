// Generates the PWA icons (PNG) from one SVG drawing with sharp. Run: npm run icons -w apps/web
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');

/** A needle-and-thread "S" mark on the brand colour; `pad` shrinks the mark for maskable icons. */
function svg(size, pad) {
  const inner = size * (1 - 2 * pad);
  const o = size * pad;
  const s = inner / 100;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${pad ? 0 : size * 0.18}" fill="#8a2f5b"/>
  <g transform="translate(${o} ${o}) scale(${s})">
    <circle cx="50" cy="50" r="38" fill="#fff8f3"/>
    <path d="M64 34c-4-6-22-8-26 1-5 11 26 9 22 21-3 10-22 9-27 2" fill="none" stroke="#8a2f5b" stroke-width="7" stroke-linecap="round"/>
    <path d="M70 24 L30 76" stroke="#e0a526" stroke-width="3" stroke-linecap="round"/>
    <circle cx="70" cy="24" r="3" fill="none" stroke="#e0a526" stroke-width="2"/>
  </g>
</svg>`;
}

await mkdir(out, { recursive: true });
const jobs = [
  ['icon-192.png', 192, 0],
  ['icon-512.png', 512, 0],
  ['maskable-512.png', 512, 0.12],
  ['apple-touch-icon.png', 180, 0.06],
];
for (const [name, size, pad] of jobs) {
  await sharp(Buffer.from(svg(size, pad)))
    .png({ compressionLevel: 9 })
    .toFile(join(out, name));
  console.log(`wrote public/icons/${name}`);
}
