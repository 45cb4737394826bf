import type { Ranker } from '../../earn/index';
import type { Actor } from '../deps';
import { matchOpportunity } from './match';
import type { EarnDeps, MatchRunRecord } from './ports';
import type { ArtisanName } from './read-ports';

export interface NamedMatchRun {
  run: MatchRunRecord;
  /** Name and district of each matched artisan (so the buyer's screen needs no profile per match). */
  names: Map<string, ArtisanName>;
}

/** Matches a request (see `matchOpportunity`) and names the matched artisans. */
export async function matchOpportunityNamed(
  deps: EarnDeps & { ranker: () => Promise<Ranker> },
  actor: Actor,
  id: string,
): Promise<NamedMatchRun> {
  const run = await matchOpportunity(deps, actor, id);
  const ids = new Set(run.matches.map((m) => m.artisanId));
  for (const m of run.team?.members ?? []) ids.add(m.artisanId);
  return { run, names: await deps.store.artisanNames([...ids]) };
}
