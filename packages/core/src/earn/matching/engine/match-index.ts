import { toMatch, type MatchData } from '../explain';
import { languageFeature, proximityFeature, similarityFeature } from '../features';
import { haversineKm } from '../geo';
import { piecesBeforeDeadline } from '../availability';
import { prepareRequest, type PreparedRequest } from '../prepare';
import { createWeightedRanker, type Ranker } from '../ranker';
import { TopK } from '../topk';
import type { Candidate, MatchOptions, MatchRequest, MatchResult, TeamCandidate } from '../types';
import { buildLayout, type Layout } from './layout';
import { scanIndex } from './query';

export interface MatchIndexOptions {
  ranker?: Ranker;
  /** Grid cell size in degrees (default 0.5; doubled automatically if the data spans too many cells). */
  cellDegrees?: number;
}

export interface MatchIndexStats {
  artisans: number;
  skillEntries: number;
  crafts: number;
  cells: number;
  cellDegrees: number;
  /** Bytes held in typed arrays. */
  typedBytes: number;
}

/**
 * In-memory matching index for large candidate sets (one process's read model, rebuilt from the
 * database on a schedule; never the source of truth). Gives exactly the same top k as
 * `rankCandidates` over the same artisans with the same ranker. The static order depends on the
 * ranker, so switching rankers means building a new index (about a second per million artisans).
 */
export class MatchIndex {
  private constructor(
    private readonly layout: Layout,
    readonly ranker: Ranker,
  ) {}

  static build(candidates: readonly Candidate[], options: MatchIndexOptions = {}): MatchIndex {
    const ranker = options.ranker ?? createWeightedRanker();
    const cell = options.cellDegrees ?? 0.5;
    return new MatchIndex(buildLayout(candidates, ranker, cell), ranker);
  }

  stats(): MatchIndexStats {
    const l = this.layout;
    let typedBytes = 0;
    for (const group of [l.artisans, l.entries, l]) {
      for (const v of Object.values(group)) if (ArrayBuffer.isView(v)) typedBytes += v.byteLength;
    }
    return {
      artisans: l.artisans.n,
      skillEntries: l.entries.count,
      crafts: l.crafts.size,
      cells: l.grid.rows * l.grid.cols,
      cellDegrees: l.grid.cell,
      typedBytes,
    };
  }

  /** Top k (default 10) who meet every hard constraint, best first. `scanned` counts entries examined. */
  match(request: MatchRequest, now: Date, options: MatchOptions = {}): MatchResult & { scanned: number } {
    const prep = prepareRequest(request, now, this.ranker, options.k);
    const { ids } = this.layout.artisans;
    const artisanOf = this.layout.entries.artisan;
    const heap = new TopK(prep.k, (x, y) => ids[artisanOf[x]!]! < ids[artisanOf[y]!]!);
    const { scanned } = scanIndex(this.layout, prep, request.quantity, heap, noop);
    const matches = heap
      .sorted()
      .map(({ raw, item }, i) => toMatch(prep, this.ranker, i + 1, this.data(prep, item, raw)));
    return { rankerId: this.ranker.id, context: prep.ctx, matches, scanned };
  }

  /** Everyone who meets skill, distance and time and can make at least one piece (for bulk-order teams). */
  teamCandidates(request: MatchRequest, now: Date): TeamCandidate[] {
    const prep = prepareRequest(request, now, this.ranker);
    const { artisans: a, entries: e } = this.layout;
    const out: TeamCandidate[] = [];
    scanIndex(this.layout, prep, 1, null, (entry, raw, distanceKm, capacity) => {
      const ar = e.artisan[entry]!;
      out.push({
        artisanId: a.ids[ar]!,
        capacity,
        level: e.level[entry]!,
        skillScore: e.score[entry]!,
        score: this.ranker.link(raw),
        distanceKm,
        lat: a.lat[ar]!,
        lng: a.lng[ar]!,
        groupId: a.groupIdx[ar]! >= 0 ? a.groups[a.groupIdx[ar]!]! : null,
        isGroupLead: a.isLead[ar] === 1,
      });
    });
    return out;
  }

  private data(prep: PreparedRequest, entry: number, raw: number): MatchData {
    const { artisans: a, entries: e } = this.layout;
    const ar = e.artisan[entry]!;
    const q = prep.request;
    const distanceKm = haversineKm(q.location.lat, q.location.lng, a.lat[ar]!, a.lng[ar]!);
    const nullable = (x: number) => (Number.isNaN(x) ? null : x);
    const emb = a.hasEmbedding[ar] ? a.embeddings : null;
    return {
      artisanId: a.ids[ar]!,
      raw,
      distanceKm,
      capacity: piecesBeforeDeadline(
        e.capacityPerWeek[entry]!,
        a.weeklyHours[ar]!,
        a.workload[ar]!,
        prep.weeks[a.dayMask[ar]!]!,
        q.hoursPerPiece,
      ),
      level: e.level[entry]!,
      skillScore: e.score[entry]!,
      joinedAt: new Date(a.joinedAt[ar]!),
      groupId: a.groupIdx[ar]! >= 0 ? a.groups[a.groupIdx[ar]!]! : null,
      onTimeRate: nullable(a.onTime[ar]!),
      rating: nullable(a.rating[ar]!),
      responseRate: nullable(a.response[ar]!),
      languagesMask: a.langMask[ar]!,
      hasEmbedding: !!emb && !!prep.reference && a.dim === prep.reference.length,
      features: {
        skill: e.skill[entry]!,
        onTime: a.fOnTime[ar]!,
        rating: a.fRating[ar]!,
        response: a.fResponse[ar]!,
        proximity: proximityFeature(distanceKm, prep.maxKm),
        language: languageFeature(a.langMask[ar]!, prep.langMask),
        similarity: similarityFeature(prep.reference, emb, ar * a.dim, a.dim),
      },
    };
  }
}

const noop = () => {};
