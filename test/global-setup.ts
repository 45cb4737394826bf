import { ensurePgliteTemplate } from './db';

/** Runs once before the suite: the migrated PGlite template every test file copies. */
export default async function setup() {
  await ensurePgliteTemplate();
}
