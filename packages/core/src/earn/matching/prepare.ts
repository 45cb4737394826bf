import { weeksByMask, type WeeksByMask } from './availability';
import { langMask } from './features';
import type { LinearForm, Ranker } from './ranker';
import type { MatchRequest, RankContext } from './types';

/** Everything derived from a request once, before scanning candidates. */
export interface PreparedRequest {
  request: MatchRequest;
  ctx: RankContext;
  form: LinearForm;
  weeks: WeeksByMask;
  langMask: number;
  reference: Float32Array | null;
  /** The distance limit in km; Infinity for "remote OK". */
  maxKm: number;
  minLevel: number;
  k: number;
}

export const DEFAULT_K = 10;

export function isRemote(request: MatchRequest): boolean {
  return request.remoteOk === true || request.maxDistanceKm == null;
}

export function rankContextOf(request: MatchRequest): RankContext {
  return {
    remote: isRemote(request),
    hasLanguagePreference: langMask(request.preferredLanguages) !== 0,
    hasReference: (request.referenceEmbedding?.length ?? 0) > 0,
  };
}

/** Skill levels are whole numbers 1–5; anything else is read as the level below it. */
export const normalizeLevel = (level: number) => (level >= 5 ? 5 : level >= 1 ? Math.floor(level) : 0);

export function prepareRequest(
  request: MatchRequest,
  now: Date,
  ranker: Ranker,
  k = DEFAULT_K,
): PreparedRequest {
  const ctx = rankContextOf(request);
  const form = ranker.form(ctx);
  if (!(form.staticScale > 0)) throw new RangeError('ranker staticScale must be > 0');
  return {
    request,
    ctx,
    form,
    weeks: weeksByMask(now, request.deadline),
    langMask: langMask(request.preferredLanguages),
    reference: ctx.hasReference ? request.referenceEmbedding! : null,
    maxKm: ctx.remote ? Infinity : request.maxDistanceKm!,
    minLevel: Math.max(1, Math.ceil(request.minLevel)),
    k: Math.max(0, Math.floor(k)),
  };
}
