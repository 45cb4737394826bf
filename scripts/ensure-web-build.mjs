// Builds the PWA (apps/web/dist) before `npm start` when it is missing or older than its sources,
// so a fresh clone shows the app with no extra command. Skipped with SKIP_WEB_BUILD=1.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const web = join(import.meta.dirname, '..', 'apps', 'web');
const built = join(web, 'dist', 'index.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

if (process.env.SKIP_WEB_BUILD === '1') process.exit(0);
const sources = Math.max(
  newest(join(web, 'src')),
  newest(join(web, 'public')),
  statSync(join(web, 'index.html')).mtimeMs,
);
if (existsSync(built) && statSync(built).mtimeMs >= sources) process.exit(0);
console.log('Building the web app (apps/web) …');
const result = spawnSync('npm', ['run', '-s', 'build', '-w', 'apps/web'], { stdio: 'inherit', shell: false });
process.exit(result.status ?? 1);
