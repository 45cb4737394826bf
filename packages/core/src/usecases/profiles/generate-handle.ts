import type { IdGenerator } from '../../ports/system';
import type { Repositories } from '../../ports/repositories';
import { makeHandle } from '../../profiles/handle';

const SHORT_TRIES = 6;

/**
 * A unique handle for a new profile: her romanised name and four random hex digits ('sunita-devi-3f2a'),
 * eight digits if the short ones keep colliding. The unique index on handles backs this up under races.
 */
export async function generateHandle(repos: Repositories, ids: IdGenerator, name: string): Promise<string> {
  for (let attempt = 0; attempt < SHORT_TRIES + 2; attempt++) {
    const hex = ids.uuid().replace(/-/g, '');
    const handle = makeHandle(name, hex.slice(0, attempt < SHORT_TRIES ? 4 : 8));
    if (!(await repos.artisans.handleExists(handle))) return handle;
  }
  return makeHandle(name, ids.uuid().replace(/-/g, ''));
}
