/**
 * Great-circle geometry. The radius is PostgreSQL earthdistance's `earth()` (6,378,168 m), so the
 * in-memory engine and the database query (`earth_distance(ll_to_earth(…), ll_to_earth(…))`) agree.
 */
export const EARTH_RADIUS_KM = 6378.168;
export const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

const RAD = Math.PI / 180;

/** Haversine distance in km. */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLng / 2);
  const a = s1 * s1 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, a)));
}

/** Latitude/longitude box that contains every point within `radiusKm` (wrapsLng: it crosses ±180°). */
export interface GeoBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
  allLng: boolean;
}

export function boundingBox(lat: number, lng: number, radiusKm: number): GeoBox {
  const dLat = radiusKm / KM_PER_DEGREE;
  const minLat = Math.max(-90, lat - dLat);
  const maxLat = Math.min(90, lat + dLat);
  const widest = Math.max(Math.abs(minLat), Math.abs(maxLat));
  if (widest >= 89.9) return { minLat, maxLat, minLng: -180, maxLng: 180, allLng: true };
  const dLng = radiusKm / (KM_PER_DEGREE * Math.cos(widest * RAD));
  if (dLng >= 180 || lng - dLng < -180 || lng + dLng > 180) {
    return { minLat, maxLat, minLng: -180, maxLng: 180, allLng: true };
  }
  return { minLat, maxLat, minLng: lng - dLng, maxLng: lng + dLng, allLng: false };
}

/** A lower bound of the distance from `lat` to any point whose latitude is in [lo, hi]. */
export function latitudeGapKm(lat: number, lo: number, hi: number): number {
  if (lat < lo) return (lo - lat) * KM_PER_DEGREE;
  if (lat > hi) return (lat - hi) * KM_PER_DEGREE;
  return 0;
}
