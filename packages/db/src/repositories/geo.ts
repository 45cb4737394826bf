import { sql } from 'drizzle-orm';
import type { Database } from '../client';

export interface NearbyArtisan {
  userId: string;
  displayName: string;
  district: string;
  state: string;
  distanceKm: number;
}

/**
 * Artisans within `radiusKm` of a point, nearest first, optionally practising `craftId`. Uses
 * earthdistance: `earth_box` (GiST-indexed cube) prefilters, `earth_distance` gives the exact
 * great-circle distance. The same SQL runs on PGlite and on PostgreSQL/Aurora.
 */
export async function findArtisansNear(
  db: Database,
  point: { lat: number; lng: number },
  radiusKm: number,
  options: { craftId?: string; limit?: number } = {},
): Promise<NearbyArtisan[]> {
  const meters = radiusKm * 1000;
  const craftFilter = options.craftId
    ? sql`and exists (select 1 from artisan_crafts c where c.artisan_id = a.user_id and c.craft_id = ${options.craftId})`
    : sql``;
  const result = await db.execute(sql`
    select a.user_id as "userId", a.display_name as "displayName", a.district, a.state,
           earth_distance(ll_to_earth(${point.lat}, ${point.lng}), ll_to_earth(a.lat, a.lng)) / 1000.0 as "distanceKm"
    from artisans a
    where a.lat is not null and a.lng is not null
      and earth_box(ll_to_earth(${point.lat}, ${point.lng}), ${meters}) @> ll_to_earth(a.lat, a.lng)
      and earth_distance(ll_to_earth(${point.lat}, ${point.lng}), ll_to_earth(a.lat, a.lng)) <= ${meters}
      ${craftFilter}
    order by "distanceKm" asc
    limit ${options.limit ?? 50}`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as NearbyArtisan[];
  return rows.map((r) => ({ ...r, distanceKm: Number(r.distanceKm) }));
}
