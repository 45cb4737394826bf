import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** `npm run bench` runs every benchmark in bench/<name>/index.ts; `npm run bench -- api matching` runs some. */
const root = import.meta.dirname;
const all = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'index.ts')))
  .map((d) => d.name)
  .sort();
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const chosen = wanted.length ? all.filter((n) => wanted.includes(n)) : all;
let failed = 0;
for (const name of chosen) {
  console.log(`\n━━━ bench/${name} ━━━`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, name, 'index.ts')], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
