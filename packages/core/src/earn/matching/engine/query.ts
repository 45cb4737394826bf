import { piecesBeforeDeadline } from '../availability';
import { languageFeature, proximityFeature, similarityFeature } from '../features';
import { boundingBox, haversineKm, latitudeGapKm } from '../geo';
import type { PreparedRequest } from '../prepare';
import { rawScore } from '../ranker';
import type { TopK } from '../topk';
import { NEUTRAL_FEATURE } from '../weights';
import { LEVELS, cellCol, cellRow, type Layout } from './layout';

/** A run of entries sharing craft, cell and level, best static part first; `proxHi` bounds proximity there. */
interface Bucket {
  from: number;
  to: number;
  proxHi: number;
  bound: number;
}

/** The largest value c·x can take for x in [lo, hi]. */
const maxTerm = (c: number, lo: number, hi: number) => Math.max(c * lo, c * hi);

/** Upper bound of the request-dependent part of raw, given the best proximity possible. */
function dynamicMax(prep: PreparedRequest, proxHi: number): number {
  const f = prep.form;
  const lang = prep.ctx.hasLanguagePreference ? [0, 1] : [NEUTRAL_FEATURE.language, NEUTRAL_FEATURE.language];
  const sim = prep.ctx.hasReference ? [0, 1] : [NEUTRAL_FEATURE.similarity, NEUTRAL_FEATURE.similarity];
  return (
    maxTerm(f.proximity, 0, proxHi) +
    maxTerm(f.language, lang[0]!, lang[1]!) +
    maxTerm(f.similarity, sim[0]!, sim[1]!)
  );
}

/** Strictly below the k-th best even allowing for rounding in a different summation order. */
const cannotBeat = (bound: number, threshold: number) => bound < threshold - 1e-9 * (1 + Math.abs(threshold));

function buckets(
  layout: Layout,
  prep: PreparedRequest,
  craft: number,
): { list: Bucket[]; order: Int32Array | null } {
  const { grid, geoOffsets, remoteOffsets, entries, remoteBound } = layout;
  const maxSlot = LEVELS - prep.minLevel;
  const f = prep.form;
  const list: Bucket[] = [];
  const push = (from: number, to: number, proxHi: number, best: number) => {
    if (to > from)
      list.push({ from, to, proxHi, bound: f.bias + f.staticScale * best + dynamicMax(prep, proxHi) });
  };
  if (prep.maxKm === Infinity) {
    for (let slot = 0; slot <= maxSlot; slot++) {
      const key = craft * LEVELS + slot;
      const from = remoteOffsets[key]!;
      push(from, remoteOffsets[key + 1]!, 1, remoteBound[from] ?? 0);
    }
    return { list: list.sort((a, b) => b.bound - a.bound), order: layout.remoteOrder };
  }
  const { lat, lng } = prep.request.location;
  const box = boundingBox(lat, lng, prep.maxKm);
  const colLo = box.allLng ? 0 : cellCol(grid, box.minLng);
  const colHi = box.allLng ? grid.cols - 1 : cellCol(grid, box.maxLng);
  for (let row = cellRow(grid, box.minLat); row <= cellRow(grid, box.maxLat); row++) {
    const lo = grid.latMin + row * grid.cell;
    const gap = latitudeGapKm(lat, lo, lo + grid.cell);
    if (gap > prep.maxKm) continue;
    const proxHi = proximityFeature(gap, prep.maxKm);
    for (let col = colLo; col <= colHi; col++) {
      const base = (craft * grid.rows * grid.cols + row * grid.cols + col) * LEVELS;
      for (let slot = 0; slot <= maxSlot; slot++) {
        const from = geoOffsets[base + slot]!;
        push(from, geoOffsets[base + slot + 1]!, proxHi, entries.staticBound[from] ?? 0);
      }
    }
  }
  return { list: list.sort((a, b) => b.bound - a.bound), order: null };
}

/**
 * Visits qualifying entries best-bound first. `minPieces` is the capacity a candidate needs;
 * with `heap`, stops a bucket (and the whole scan) once nothing left can enter the top k.
 */
export function scanIndex(
  layout: Layout,
  prep: PreparedRequest,
  minPieces: number,
  heap: TopK | null,
  visit: (entry: number, raw: number, distanceKm: number, capacity: number) => void,
): { scanned: number } {
  const craft = layout.crafts.get(prep.request.craftId);
  if (craft === undefined) return { scanned: 0 };
  const { list, order } = buckets(layout, prep, craft);
  const bounds = order ? layout.remoteBound : layout.entries.staticBound;
  const a = layout.artisans;
  const e = layout.entries;
  const f = prep.form;
  const { lat: qLat, lng: qLng } = prep.request.location;
  const hpp = prep.request.hoursPerPiece;
  const emb = a.dim > 0 ? a.embeddings : null;
  let scanned = 0;
  for (const b of list) {
    if (heap && cannotBeat(b.bound, heap.threshold)) break;
    const dyn = dynamicMax(prep, b.proxHi);
    for (let i = b.from; i < b.to; i++) {
      if (heap && cannotBeat(f.bias + f.staticScale * bounds[i]! + dyn, heap.threshold)) break;
      const entry = order ? order[i]! : i;
      const st = e.staticRaw[entry]!;
      scanned++;
      const ar = e.artisan[entry]!;
      const weeks = prep.weeks[a.dayMask[ar]!]!;
      const capacity = piecesBeforeDeadline(
        e.capacityPerWeek[entry]!,
        a.weeklyHours[ar]!,
        a.workload[ar]!,
        weeks,
        hpp,
      );
      if (capacity < minPieces) continue;
      const d = haversineKm(qLat, qLng, a.lat[ar]!, a.lng[ar]!);
      if (!(d <= prep.maxKm)) continue;
      const raw = rawScore(
        f,
        st,
        proximityFeature(d, prep.maxKm),
        languageFeature(a.langMask[ar]!, prep.langMask),
        similarityFeature(prep.reference, a.hasEmbedding[ar] ? emb : null, ar * a.dim, a.dim),
      );
      if (heap) heap.offer(raw, entry);
      visit(entry, raw, d, capacity);
    }
  }
  return { scanned };
}
