import type { GeoPoint } from './types';
import { ISLAND_BOXES, MAINLAND } from './india-outline';

/** Decimal places kept: 0.01° is about 1.1 km north–south (less east–west): a village, never a house. */
export const LOCATION_DECIMALS = 2;

/** Rounds a point to about a kilometre before it is stored, so her exact home is never kept. */
export function coarsenLocation(point: GeoPoint): GeoPoint {
  const factor = 10 ** LOCATION_DECIMALS;
  const round = (v: number) => Math.round(v * factor) / factor + 0;
  return { lat: round(point.lat), lng: round(point.lng) };
}

/** Ray casting: whether (lat, lng) lies inside a polygon of [lat, lng] vertices. */
export function insidePolygon(
  lat: number,
  lng: number,
  polygon: readonly (readonly [number, number])[],
): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [latI, lngI] = polygon[i]!;
    const [latJ, lngJ] = polygon[j]!;
    if (latI > lat !== latJ > lat && lng < ((lngJ - lngI) * (lat - latI)) / (latJ - latI) + lngI)
      inside = !inside;
  }
  return inside;
}

/** Whether a point lies in India (mainland outline or the island territories). */
export function isInIndia(point: GeoPoint): boolean {
  const { lat, lng } = point;
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return false;
  if (ISLAND_BOXES.some(([a, b, c, d]) => lat >= a && lat <= b && lng >= c && lng <= d)) return true;
  return insidePolygon(lat, lng, MAINLAND);
}
