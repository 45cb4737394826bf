import { getCraft } from '../../crafts';
import {
  DEFAULT_FAIRNESS_POLICY,
  proposeTeam,
  rankCandidates,
  referenceCentroid,
  rerankForFairness,
  teamCandidatesFrom,
  type Candidate,
  type Match,
  type MatchRequest,
  type Ranker,
} from '../../earn/index';
import { conflict } from '../../shared/errors';
import type { Actor } from '../deps';
import { loadOwnedOpportunity } from './opportunities';
import type { EarnDeps, MatchRunRecord, OpportunityRecord, StoredMatch, StoredTeam } from './ports';

const DAY_MS = 86_400_000;
export const EXPOSURE_WINDOW_DAYS = 30;

/** The engine's request for one craft of a buyer request (`reference`: centroid of its reference photos). */
export function matchRequestFor(
  o: OpportunityRecord,
  craftId: string,
  reference: Float32Array | null = null,
): MatchRequest {
  return {
    craftId,
    quantity: o.quantity,
    deadline: o.deadline,
    location: o.lat !== null && o.lng !== null ? { lat: o.lat, lng: o.lng } : { lat: 0, lng: 0 },
    maxDistanceKm: o.maxDistanceKm,
    remoteOk: o.remoteOk,
    minLevel: o.minLevel,
    preferredLanguages: o.languages,
    hoursPerPiece: getCraft(craftId)?.hoursPerPiece ?? 1,
    referenceEmbedding: reference,
  };
}

type CraftMatch = Match & { craftId: string };

/** Best score per artisan across the request's crafts, re-ranked 1..n (ties: smaller id). */
function mergeByCraft(perCraft: { craftId: string; matches: Match[] }[]): CraftMatch[] {
  const best = new Map<string, CraftMatch>();
  for (const { craftId, matches } of perCraft)
    for (const m of matches) {
      const seen = best.get(m.artisanId);
      if (!seen || m.score > seen.score) best.set(m.artisanId, { ...m, craftId });
    }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || (a.artisanId < b.artisanId ? -1 : 1))
    .map((m, i) => ({ ...m, rank: i + 1 }));
}

function teamFor(
  candidates: Candidate[],
  o: OpportunityRecord,
  now: Date,
  ranker: Ranker,
  reference: Float32Array | null,
): StoredTeam | null {
  for (const craftId of o.craftIds) {
    const pool = teamCandidatesFrom(candidates, matchRequestFor(o, craftId, reference), now, ranker);
    const team = proposeTeam(pool, o.quantity);
    if (team)
      return {
        craftId,
        groupId: team.groupId,
        leadArtisanId: team.leadArtisanId,
        members: team.members.map((m) => ({
          artisanId: m.artisanId,
          quantity: m.quantity,
          fromGroup: m.fromGroup,
          isLead: m.isLead,
          distanceKm: m.distanceKm,
          reason: m.reason,
        })),
        explanation: team.explanation,
      };
  }
  return null;
}

/**
 * Matches a buyer request: candidates from the database (craft, level and distance filtered in SQL),
 * then the engine's hard constraints and ranking per craft, the fairness re-ranking (top 10 from a
 * pool of 50), and a bulk-order team when no single artisan can make the whole quantity. Each run and
 * its features are stored (the learned ranker's training data; offers go to the latest run).
 */
export async function matchOpportunity(
  deps: EarnDeps & { ranker: () => Promise<Ranker> },
  actor: Actor,
  id: string,
): Promise<MatchRunRecord> {
  const o = await loadOwnedOpportunity(deps.store, actor, id);
  if (o.status === 'cancelled' || o.status === 'filled') throw conflict('earn.request_closed');
  const now = deps.clock.now();
  const ranker = await deps.ranker();
  // Visual similarity: the reference photos' centroid; portfolio centroids are read only when there is one.
  const reference = referenceCentroid(await deps.store.referencePhotos(o.id));
  const rows = await deps.store.candidates({
    craftIds: o.craftIds,
    minLevel: o.minLevel,
    location: { lat: o.lat ?? 0, lng: o.lng ?? 0 },
    maxDistanceKm: o.remoteOk ? null : o.maxDistanceKm,
    now,
    portfolioModelId: reference?.modelId ?? null,
  });
  const refVector = reference?.vector ?? null;
  const candidates = rows.map((r) => r.candidate);
  const policy = DEFAULT_FAIRNESS_POLICY;
  // Bulk: when nobody can make the whole quantity, rank who can make part of it and propose a team.
  const rankFor = (quantity: number) =>
    o.craftIds.map((craftId) => ({
      craftId,
      ...rankCandidates(candidates, { ...matchRequestFor(o, craftId, refVector), quantity }, now, {
        k: policy.poolSize,
        ranker,
      }),
    }));
  let results = rankFor(o.quantity);
  const bulk = results.every((r) => r.matches.length === 0);
  if (bulk) results = rankFor(1);
  const perCraft = results.map((r) => ({ craftId: r.craftId, matches: r.matches }));
  const pool = mergeByCraft(perCraft).slice(0, policy.poolSize);
  const exposure = await deps.store.offerCounts(
    pool.map((m) => m.artisanId),
    new Date(now.getTime() - EXPOSURE_WINDOW_DAYS * DAY_MS),
  );
  const craftOf = new Map(pool.map((m) => [m.artisanId, m.craftId]));
  const fair = rerankForFairness(pool, exposure, now, policy);
  const team = bulk ? teamFor(candidates, o, now, ranker, refVector) : null;
  const stored: StoredMatch[] = fair.map((m) => ({
    artisanId: m.artisanId,
    craftId: craftOf.get(m.artisanId)!,
    rank: m.rank,
    score: m.score,
    distanceKm: m.distanceKm,
    capacity: m.capacity,
    level: m.level,
    features: { ...m.features },
    reasons: m.reasons,
    boost: m.boost,
  }));
  // Team members outside the top list are stored too (without features), so offers can reach them.
  if (team) {
    const listed = new Set(stored.map((m) => m.artisanId));
    const byId = new Map(
      o.craftIds
        .flatMap((c) => teamCandidatesFrom(candidates, matchRequestFor(o, c, refVector), now, ranker))
        .map((t) => [t.artisanId, t]),
    );
    team.members.forEach((member) => {
      if (listed.has(member.artisanId)) return;
      const tc = byId.get(member.artisanId);
      stored.push({
        artisanId: member.artisanId,
        craftId: team.craftId,
        rank: stored.length + 1,
        score: tc?.score ?? 0,
        distanceKm: member.distanceKm,
        capacity: tc?.capacity ?? member.quantity,
        level: tc?.level ?? o.minLevel,
        features: {},
        reasons: [member.reason],
        boost: null,
      });
    });
  }
  const run: MatchRunRecord = {
    id: deps.ids.uuid(),
    opportunityId: o.id,
    rankerId: ranker.id,
    context: {
      ...results[0]!.context,
      bulk,
      rankerKind: ranker.kind,
      unverifiedCandidates: rows.filter((r) => !r.verified).length,
      referencePhotos: reference ? { modelId: reference.modelId } : null,
      withPortfolio: rows.filter((r) => r.candidate.embedding).length,
    },
    team,
    qualified: pool.length,
    createdAt: now,
    matches: stored,
  };
  await deps.store.saveMatchRun(run);
  return run;
}
