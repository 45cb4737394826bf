import { dayMask, piecesBeforeDeadline } from './availability';
import { toMatch, type MatchData } from './explain';
import {
  langMask,
  languageFeature,
  onTimeFeature,
  proximityFeature,
  ratingFeature,
  responseFeature,
  similarityFeature,
  skillFeature,
} from './features';
import { haversineKm } from './geo';
import { normalizeLevel, prepareRequest, type PreparedRequest } from './prepare';
import { createWeightedRanker, rawScore, staticPart, type Ranker } from './ranker';
import { TopK } from './topk';
import type {
  Candidate,
  CandidateCraft,
  MatchOptions,
  MatchRequest,
  MatchResult,
  TeamCandidate,
} from './types';

/**
 * The plain path: check and score every candidate. Use it on the rows a database query returns
 * (craft, level and distance already filtered with earthdistance), and as the reference the index
 * must agree with.
 */

function findCraft(c: Candidate, craftId: string): CandidateCraft | undefined {
  for (let i = 0; i < c.crafts.length; i++) if (c.crafts[i]!.craftId === craftId) return c.crafts[i];
  return undefined;
}
const validPoint = (c: Candidate) => Number.isFinite(c.lat) && Number.isFinite(c.lng);

interface Passed {
  craft: CandidateCraft;
  distanceKm: number;
  capacity: number;
}

/** Hard constraints, except the quantity: returns what is needed next, or undefined. */
function passes(prep: PreparedRequest, c: Candidate): Passed | undefined {
  const craft = findCraft(c, prep.request.craftId);
  if (!craft || normalizeLevel(craft.level) < prep.minLevel || !validPoint(c)) return undefined;
  const capacity = piecesBeforeDeadline(
    craft.capacityPerWeek,
    c.weeklyHours,
    c.currentWorkloadHours,
    prep.weeks[dayMask(c.availableDays)]!,
    prep.request.hoursPerPiece,
  );
  const distanceKm = haversineKm(prep.request.location.lat, prep.request.location.lng, c.lat, c.lng);
  if (!(distanceKm <= prep.maxKm)) return undefined;
  return { craft, distanceKm, capacity };
}

function features(prep: PreparedRequest, c: Candidate, p: Passed) {
  const emb = c.embedding ?? null;
  return {
    skill: skillFeature(p.craft.score),
    onTime: onTimeFeature(c.onTimeRate),
    rating: ratingFeature(c.rating),
    response: responseFeature(c.responseRate),
    proximity: proximityFeature(p.distanceKm, prep.maxKm),
    language: languageFeature(langMask(c.languages), prep.langMask),
    similarity: similarityFeature(prep.reference, emb, 0, emb ? emb.length : 0),
  };
}

function rawOf(prep: PreparedRequest, ranker: Ranker, f: ReturnType<typeof features>): number {
  const stat = staticPart(ranker.staticCoef, f.skill, f.onTime, f.rating, f.response);
  return rawScore(prep.form, stat, f.proximity, f.language, f.similarity);
}

function matchData(prep: PreparedRequest, c: Candidate, p: Passed, raw: number): MatchData {
  const emb = c.embedding ?? null;
  return {
    artisanId: c.id,
    raw,
    distanceKm: p.distanceKm,
    capacity: p.capacity,
    level: normalizeLevel(p.craft.level),
    skillScore: p.craft.score,
    joinedAt: c.joinedAt,
    groupId: c.groupId ?? null,
    onTimeRate: c.onTimeRate,
    rating: c.rating,
    responseRate: c.responseRate,
    languagesMask: langMask(c.languages),
    hasEmbedding: !!emb && !!prep.reference && emb.length === prep.reference.length,
    features: features(prep, c, p),
  };
}

/** Top k (default 10) artisans who meet every hard constraint, best first; ties go to the smaller id. */
export function rankCandidates(
  candidates: readonly Candidate[],
  request: MatchRequest,
  now: Date,
  options: MatchOptions & { ranker?: Ranker } = {},
): MatchResult {
  const ranker = options.ranker ?? createWeightedRanker();
  const prep = prepareRequest(request, now, ranker, options.k);
  const heap = new TopK(prep.k, (a, b) => candidates[a]!.id < candidates[b]!.id);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const p = passes(prep, c);
    if (!p || p.capacity < request.quantity) continue;
    heap.offer(rawOf(prep, ranker, features(prep, c, p)), i);
  }
  const matches = heap.sorted().map(({ raw, item }, i) => {
    const c = candidates[item]!;
    return toMatch(prep, ranker, i + 1, matchData(prep, c, passes(prep, c)!, raw));
  });
  return { rankerId: ranker.id, context: prep.ctx, matches };
}

/** Every artisan who meets the skill, distance and time constraints and can make at least one piece. */
export function teamCandidatesFrom(
  candidates: readonly Candidate[],
  request: MatchRequest,
  now: Date,
  ranker: Ranker = createWeightedRanker(),
): TeamCandidate[] {
  const prep = prepareRequest(request, now, ranker);
  const out: TeamCandidate[] = [];
  for (const c of candidates) {
    const p = passes(prep, c);
    if (!p || p.capacity < 1) continue;
    out.push({
      artisanId: c.id,
      capacity: p.capacity,
      level: normalizeLevel(p.craft.level),
      skillScore: p.craft.score,
      score: ranker.link(rawOf(prep, ranker, features(prep, c, p))),
      distanceKm: p.distanceKm,
      lat: c.lat,
      lng: c.lng,
      groupId: c.groupId ?? null,
      isGroupLead: c.isGroupLead === true,
    });
  }
  return out;
}
