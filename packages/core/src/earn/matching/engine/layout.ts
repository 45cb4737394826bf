import { dayMask } from '../availability';
import { langMask, onTimeFeature, ratingFeature, responseFeature, skillFeature } from '../features';
import { normalizeLevel } from '../prepare';
import { staticPart, type Ranker } from '../ranker';
import type { Candidate } from '../types';

/**
 * The in-memory index as struct-of-arrays.
 *
 * Artisans: one slot each (typed arrays of her location, time, history and languages; her portfolio
 * embedding in one shared Float32Array). Skill entries (artisan × craft): stored grouped by
 * craft → grid cell (~0.5° of latitude/longitude) → level (5 down to 1), and inside each group ordered
 * by the ranker's static part (skill, on-time, rating, response), best first. A distance-limited query
 * visits only the cells that can be within reach, only the levels it accepts, and stops inside a group
 * as soon as the best score still possible there cannot beat the current 10th. "Remote OK" uses a
 * second ordering of the same entries: craft → level → static part.
 *
 * The static order comes from one native sort of packed numbers (static part quantised to the bits
 * left after the entry number, 53 in all), so it is only nearly exact; the prune therefore uses
 * `staticBound`, the exact largest static part from each position to the end of its group, which is
 * a valid bound whatever the order.
 */
export interface Grid {
  latMin: number;
  lngMin: number;
  cell: number;
  rows: number;
  cols: number;
}

export interface ArtisanColumns {
  n: number;
  ids: string[];
  lat: Float64Array;
  lng: Float64Array;
  weeklyHours: Float64Array;
  workload: Float64Array;
  dayMask: Uint8Array;
  langMask: Uint8Array;
  /** Raw history (NaN = none yet), for explanations. */
  onTime: Float64Array;
  rating: Float64Array;
  response: Float64Array;
  /** History features with priors applied. */
  fOnTime: Float64Array;
  fRating: Float64Array;
  fResponse: Float64Array;
  joinedAt: Float64Array;
  groupIdx: Int32Array;
  groups: string[];
  isLead: Uint8Array;
  hasEmbedding: Uint8Array;
  dim: number;
  embeddings: Float32Array;
}

export interface EntryColumns {
  count: number;
  artisan: Int32Array;
  craft: Uint16Array;
  level: Uint8Array;
  score: Float64Array;
  skill: Float64Array;
  capacityPerWeek: Float64Array;
  staticRaw: Float64Array;
  /** Largest staticRaw from this entry to the end of its bucket (geographic layout): the prune bound. */
  staticBound: Float64Array;
}

export interface Layout {
  artisans: ArtisanColumns;
  /** Entries in geographic order. */
  entries: EntryColumns;
  crafts: Map<string, number>;
  grid: Grid;
  /** CSR offsets into entries; bucket key = ((craft · rows + row) · cols + col) · 5 + (5 − level). */
  geoOffsets: Int32Array;
  /** Entry numbers ordered craft → level (high first) → static part (high first). */
  remoteOrder: Int32Array;
  /** CSR offsets into remoteOrder; key = craft · 5 + (5 − level). */
  remoteOffsets: Int32Array;
  /** Largest staticRaw from this position of remoteOrder to the end of its bucket. */
  remoteBound: Float64Array;
  rankerId: string;
}

export const LEVELS = 5;
const MAX_CELLS = 250_000;

export function buildArtisanColumns(valid: readonly Candidate[]): ArtisanColumns {
  const n = valid.length;
  const dim = valid.find((c) => c.embedding && c.embedding.length > 0)?.embedding?.length ?? 0;
  const cols: ArtisanColumns = {
    n,
    ids: valid.map((c) => c.id),
    lat: new Float64Array(n),
    lng: new Float64Array(n),
    weeklyHours: new Float64Array(n),
    workload: new Float64Array(n),
    dayMask: new Uint8Array(n),
    langMask: new Uint8Array(n),
    onTime: new Float64Array(n),
    rating: new Float64Array(n),
    response: new Float64Array(n),
    fOnTime: new Float64Array(n),
    fRating: new Float64Array(n),
    fResponse: new Float64Array(n),
    joinedAt: new Float64Array(n),
    groupIdx: new Int32Array(n).fill(-1),
    groups: [],
    isLead: new Uint8Array(n),
    hasEmbedding: new Uint8Array(n),
    dim,
    embeddings: new Float32Array(n * dim),
  };
  const groupSlots = new Map<string, number>();
  valid.forEach((c, i) => {
    cols.lat[i] = c.lat;
    cols.lng[i] = c.lng;
    cols.weeklyHours[i] = c.weeklyHours;
    cols.workload[i] = c.currentWorkloadHours;
    cols.dayMask[i] = dayMask(c.availableDays);
    cols.langMask[i] = langMask(c.languages);
    cols.onTime[i] = c.onTimeRate ?? NaN;
    cols.rating[i] = c.rating ?? NaN;
    cols.response[i] = c.responseRate ?? NaN;
    cols.fOnTime[i] = onTimeFeature(c.onTimeRate);
    cols.fRating[i] = ratingFeature(c.rating);
    cols.fResponse[i] = responseFeature(c.responseRate);
    cols.joinedAt[i] = c.joinedAt.getTime();
    cols.isLead[i] = c.isGroupLead ? 1 : 0;
    if (c.groupId) {
      let g = groupSlots.get(c.groupId);
      if (g === undefined) groupSlots.set(c.groupId, (g = cols.groups.push(c.groupId) - 1));
      cols.groupIdx[i] = g;
    }
    const emb = c.embedding;
    if (emb && emb.length > 0) {
      if (emb.length !== dim)
        throw new RangeError(`artisan ${c.id}: embedding has ${emb.length} values, expected ${dim}`);
      cols.embeddings.set(emb, i * dim);
      cols.hasEmbedding[i] = 1;
    }
  });
  return cols;
}

export function makeGrid(a: ArtisanColumns, cellDegrees: number): Grid {
  let latLo = Infinity;
  let latHi = -Infinity;
  let lngLo = Infinity;
  let lngHi = -Infinity;
  for (let i = 0; i < a.n; i++) {
    latLo = Math.min(latLo, a.lat[i]!);
    latHi = Math.max(latHi, a.lat[i]!);
    lngLo = Math.min(lngLo, a.lng[i]!);
    lngHi = Math.max(lngHi, a.lng[i]!);
  }
  if (a.n === 0) [latLo, latHi, lngLo, lngHi] = [0, 0, 0, 0];
  let cell = cellDegrees;
  for (;;) {
    const latMin = Math.floor(latLo / cell) * cell;
    const lngMin = Math.floor(lngLo / cell) * cell;
    const rows = Math.floor((latHi - latMin) / cell) + 1;
    const cols = Math.floor((lngHi - lngMin) / cell) + 1;
    if (rows * cols <= MAX_CELLS) return { latMin, lngMin, cell, rows, cols };
    cell *= 2;
  }
}

export const cellRow = (g: Grid, lat: number) =>
  Math.min(g.rows - 1, Math.max(0, Math.floor((lat - g.latMin) / g.cell)));
export const cellCol = (g: Grid, lng: number) =>
  Math.min(g.cols - 1, Math.max(0, Math.floor((lng - g.lngMin) / g.cell)));

/**
 * Stable counting sort of `order` (already sorted by static part, best first) by key: inside every
 * key the static order is kept. Returns CSR offsets (key k owns out[offsets[k] … offsets[k+1])).
 */
function bucketSort(keys: Int32Array, nKeys: number, order: Int32Array, out: Int32Array): Int32Array {
  const offsets = new Int32Array(nKeys + 1);
  for (let e = 0; e < keys.length; e++) offsets[keys[e]! + 1]!++;
  for (let k = 0; k < nKeys; k++) offsets[k + 1]! += offsets[k]!;
  const cursor = offsets.slice(0, nKeys);
  for (let i = 0; i < order.length; i++) {
    const e = order[i]!;
    out[cursor[keys[e]!]!++] = e;
  }
  return offsets;
}

/** Entry numbers ordered by static part, best first (to quantisation; see above). */
function orderByStatic(staticOf: Float64Array): Int32Array {
  const n = staticOf.length;
  const indexBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const shift = 2 ** indexBits;
  const steps = 2 ** (53 - indexBits) - 1;
  let lo = Infinity;
  let hi = -Infinity;
  for (let e = 0; e < n; e++) {
    lo = Math.min(lo, staticOf[e]!);
    hi = Math.max(hi, staticOf[e]!);
  }
  const span = hi - lo || 1;
  const packed = new Float64Array(n);
  for (let e = 0; e < n; e++) packed[e] = Math.floor(((staticOf[e]! - lo) / span) * steps) * shift + e;
  packed.sort();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = packed[n - 1 - i]! % shift;
  return out;
}

/** bound[i] = max of values[order[j]] for j from i to the end of i's bucket. */
function suffixMax(offsets: Int32Array, at: (i: number) => number, count: number): Float64Array {
  const bound = new Float64Array(count);
  for (let k = 0; k + 1 < offsets.length; k++) {
    let best = -Infinity;
    for (let i = offsets[k + 1]! - 1; i >= offsets[k]!; i--) bound[i] = best = Math.max(best, at(i));
  }
  return bound;
}

function countEntries(valid: readonly Candidate[]): number {
  let count = 0;
  for (const c of valid) count += c.crafts.length;
  return count;
}

/** First occurrence of a craft in her list wins; levels outside 1–5 are not indexed. */
function isIndexed(c: Candidate, j: number): boolean {
  if (normalizeLevel(c.crafts[j]!.level) < 1) return false;
  for (let p = 0; p < j; p++) if (c.crafts[p]!.craftId === c.crafts[j]!.craftId) return false;
  return true;
}

export function buildLayout(candidates: readonly Candidate[], ranker: Ranker, cellDegrees = 0.5): Layout {
  const valid = candidates.filter((c) => Number.isFinite(c.lat) && Number.isFinite(c.lng));
  const artisans = buildArtisanColumns(valid);
  const grid = makeGrid(artisans, cellDegrees);
  const crafts = new Map<string, number>();
  const max = countEntries(valid);
  const raw = {
    artisan: new Int32Array(max),
    craft: new Int32Array(max),
    level: new Uint8Array(max),
    score: new Float64Array(max),
    cap: new Float64Array(max),
  };
  let count = 0;
  valid.forEach((c, i) => {
    for (let j = 0; j < c.crafts.length; j++) {
      if (!isIndexed(c, j)) continue;
      const k = c.crafts[j]!;
      let slot = crafts.get(k.craftId);
      if (slot === undefined) crafts.set(k.craftId, (slot = crafts.size));
      if (slot > 0xffff) throw new RangeError('too many crafts for the index');
      raw.artisan[count] = i;
      raw.craft[count] = slot;
      raw.level[count] = normalizeLevel(k.level);
      raw.score[count] = k.score;
      raw.cap[count] = k.capacityPerWeek;
      count++;
    }
  });
  const c = ranker.staticCoef;
  const staticOf = new Float64Array(count);
  const geoKeys = new Int32Array(count);
  const remoteKeys = new Int32Array(count);
  for (let e = 0; e < count; e++) {
    const a = raw.artisan[e]!;
    staticOf[e] = staticPart(
      c,
      skillFeature(raw.score[e]!),
      artisans.fOnTime[a]!,
      artisans.fRating[a]!,
      artisans.fResponse[a]!,
    );
    const cell = cellRow(grid, artisans.lat[a]!) * grid.cols + cellCol(grid, artisans.lng[a]!);
    geoKeys[e] = (raw.craft[e]! * grid.rows * grid.cols + cell) * LEVELS + (LEVELS - raw.level[e]!);
    remoteKeys[e] = raw.craft[e]! * LEVELS + (LEVELS - raw.level[e]!);
  }
  // One sort by static part (best first), then two stable bucket sorts keep that order inside buckets.
  const byStatic = orderByStatic(staticOf);
  const geoOrder = new Int32Array(count);
  const geoOffsets = bucketSort(geoKeys, crafts.size * grid.rows * grid.cols * LEVELS, byStatic, geoOrder);
  const entries: EntryColumns = {
    count,
    artisan: new Int32Array(count),
    craft: new Uint16Array(count),
    level: new Uint8Array(count),
    score: new Float64Array(count),
    skill: new Float64Array(count),
    capacityPerWeek: new Float64Array(count),
    staticRaw: new Float64Array(count),
    staticBound: new Float64Array(0),
  };
  const position = new Int32Array(count);
  for (let e = 0; e < count; e++) {
    const from = geoOrder[e]!;
    position[from] = e;
    entries.artisan[e] = raw.artisan[from]!;
    entries.craft[e] = raw.craft[from]!;
    entries.level[e] = raw.level[from]!;
    entries.score[e] = raw.score[from]!;
    entries.skill[e] = skillFeature(raw.score[from]!);
    entries.capacityPerWeek[e] = raw.cap[from]!;
    entries.staticRaw[e] = staticOf[from]!;
  }
  const remoteRaw = new Int32Array(count);
  const remoteOffsets = bucketSort(remoteKeys, crafts.size * LEVELS, byStatic, remoteRaw);
  // remoteRaw holds pre-layout entry numbers; translate them to positions in the geographic layout.
  const remoteOrder = remoteRaw.map((from) => position[from]!);
  entries.staticBound = suffixMax(geoOffsets, (i) => entries.staticRaw[i]!, count);
  const remoteBound = suffixMax(remoteOffsets, (i) => entries.staticRaw[remoteOrder[i]!]!, count);
  return {
    artisans,
    entries,
    crafts,
    grid,
    geoOffsets,
    remoteOrder,
    remoteOffsets,
    remoteBound,
    rankerId: ranker.id,
  };
}
