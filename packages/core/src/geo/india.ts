import { compactName, normalizeName } from '../crafts/normalize';
import { EAST_DISTRICTS } from './districts-east';
import { NORTH_DISTRICTS } from './districts-north';
import { SOUTH_DISTRICTS } from './districts-south';
import { WEST_DISTRICTS } from './districts-west';
import { states } from './states';
import type { District, DistrictRow, State } from './types';

export { states };

const slug = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function toDistricts(groups: Readonly<Record<string, readonly DistrictRow[]>>): District[] {
  return Object.entries(groups).flatMap(([state, rows]) =>
    rows.map(([name, hi, lat, lng, aliases = []]) => ({
      id: `${state.toLowerCase()}-${slug(name)}`,
      name,
      hi,
      state,
      lat,
      lng,
      aliases,
    })),
  );
}

/** Major districts (craft clusters and large cities), grouped by state in source order. */
export const districts: readonly District[] = Object.freeze([
  ...toDistricts(NORTH_DISTRICTS),
  ...toDistricts(WEST_DISTRICTS),
  ...toDistricts(EAST_DISTRICTS),
  ...toDistricts(SOUTH_DISTRICTS),
]);

const stateByCode: ReadonlyMap<string, State> = new Map(states.map((s) => [s.code, s]));
const districtById: ReadonlyMap<string, District> = new Map(districts.map((d) => [d.id, d]));

/** The state or UT with this ISO code (case-insensitive), or undefined. */
export function getState(code: string): State | undefined {
  return stateByCode.get(code.trim().toUpperCase());
}

export function getDistrict(id: string): District | undefined {
  return districtById.get(id);
}

export function districtsOf(stateCode: string): readonly District[] {
  const code = stateCode.trim().toUpperCase();
  return districts.filter((d) => d.state === code);
}

const matches = (query: { normal: string; compact: string }, terms: readonly string[]): boolean =>
  terms.some((term) => normalizeName(term) === query.normal || compactName(term) === query.compact);

/** Finds a state by code, English or Hindi name, former name or common spelling ('Orissa', 'यूपी', 'J&K'). */
export function findState(text: string): State | undefined {
  const normal = normalizeName(text.replace(/\b(state|rajya)\b|राज्य/gi, ''));
  if (!normal) return undefined;
  const query = { normal, compact: normal.replace(/ /g, '') };
  return states.find((s) => matches(query, [s.code, s.name, s.hi, ...s.aliases]));
}

const DISTRICT_WORDS = /(^| )(district|dist|distt|zila|zilla|jila|jilla|जिला|जनपद)( |$)/g;

/**
 * Finds a district by English or Hindi name, or by a town/former name inside it ('Bhuj' → Kutch,
 * 'Kochi' → Ernakulam). Official names win over aliases; `stateCode` narrows the search.
 */
export function findDistrict(text: string, stateCode?: string): District | undefined {
  const normal = normalizeName(text).replace(DISTRICT_WORDS, ' ').trim();
  if (!normal) return undefined;
  const query = { normal, compact: normal.replace(/ /g, '') };
  const pool = stateCode ? districtsOf(stateCode) : districts;
  return pool.find((d) => matches(query, [d.name, d.hi])) ?? pool.find((d) => matches(query, d.aliases));
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The listed district whose headquarters is closest to a point (e.g. a shared WhatsApp location pin). */
export function nearestDistrict(lat: number, lng: number): District {
  let best = districts[0]!;
  let bestKm = Infinity;
  for (const d of districts) {
    const km = distanceKm({ lat, lng }, d);
    if (km < bestKm) [best, bestKm] = [d, km];
  }
  return best;
}
