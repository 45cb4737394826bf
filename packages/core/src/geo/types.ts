/** A state or union territory, keyed by its ISO 3166-2:IN subdivision suffix. */
export interface State {
  /** ISO 3166-2:IN suffix as of the 2023 update (CG, OD, TS, UK; DH for the merged UT). */
  readonly code: string;
  readonly kind: 'state' | 'ut';
  readonly name: string;
  readonly hi: string;
  /** Other spellings, former names and codes, native-script names. */
  readonly aliases: readonly string[];
  /** Approximate geographic centre (degrees). */
  readonly lat: number;
  readonly lng: number;
}

/** A district. Coordinates are the district headquarters town, a good proxy for its centre (±0.3°). */
export interface District {
  /** Stable id: lower-case state code + '-' + kebab-case ascii name, e.g. 'up-lucknow'. */
  readonly id: string;
  readonly name: string;
  readonly hi: string;
  readonly state: string;
  readonly lat: number;
  readonly lng: number;
  /** Craft towns, cities and former names that live inside the district (e.g. Bhuj → Kutch). */
  readonly aliases: readonly string[];
}

/** Compact source row: [name, hi, lat, lng, aliases?]. */
export type DistrictRow = readonly [string, string, number, number, (readonly string[])?];
