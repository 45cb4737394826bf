import { getCraft, isLang, type Lang, type Weekday } from '@shebalance/core';
import type { Candidate } from '@shebalance/core/earn/index';
import type { CandidateQuery, CandidateRow } from '@shebalance/core/usecases/earn/index';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { portfolioCentroidsFor } from './portfolio';

/**
 * Until an artisan has a confirmed (scored) assessment in a craft, her declared craft counts at this
 * level and skill score, so newcomers can be matched for beginner work. A confirmed assessment's level
 * and overall score replace it (the best confirmed level per craft).
 */
export const DECLARED_CRAFT_DEFAULT = Object.freeze({ level: 1, score: 40 });

export const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

const list = (ids: readonly string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

interface CraftRow {
  user_id: string;
  lat: number;
  lng: number;
  availability_days: Weekday[];
  hours_per_day: number;
  languages: string[];
  preferred_language: string;
  group_id: string | null;
  is_group_lead: boolean;
  created_at: Date | string;
  craft_id: string;
  capacity_per_week: number;
  level: number | null;
  score: number | null;
  all_crafts: { craftId: string; capacityPerWeek: number }[] | null;
}

interface Stats {
  onTime: Map<string, number>;
  rating: Map<string, number>;
  response: Map<string, number>;
  workload: Map<string, number>;
}

async function statsFor(db: Database, ids: string[]): Promise<Stats> {
  const stats: Stats = { onTime: new Map(), rating: new Map(), response: new Map(), workload: new Map() };
  if (!ids.length) return stats;
  const onTime = rowsOf<{ id: string; rate: number }>(
    await db.execute(sql`
      select artisan_id as id, avg(case when delivered_at <= due_at then 1.0 else 0.0 end)::float8 as rate
      from earn_orders where delivered_at is not null and artisan_id in (${list(ids)}) group by artisan_id`),
  );
  for (const r of onTime) stats.onTime.set(r.id, Number(r.rate));
  const ratings = rowsOf<{ id: string; stars: number }>(
    await db.execute(sql`
      select ratee_id as id, avg(stars)::float8 as stars from earn_ratings
      where rater_role = 'buyer' and ratee_id in (${list(ids)}) group by ratee_id`),
  );
  for (const r of ratings) stats.rating.set(r.id, Number(r.stars));
  const response = rowsOf<{ id: string; rate: number }>(
    await db.execute(sql`
      select artisan_id as id,
             avg(case when status in ('accepted', 'declined') then 1.0 else 0.0 end)::float8 as rate
      from earn_offers where status in ('accepted', 'declined', 'expired') and artisan_id in (${list(ids)})
      group by artisan_id`),
  );
  for (const r of response) stats.response.set(r.id, Number(r.rate));
  const open = rowsOf<{ id: string; craft_id: string; quantity: number }>(
    await db.execute(sql`
      select artisan_id as id, craft_id, quantity from earn_orders
      where status in ('accepted', 'in_progress', 'ready') and artisan_id in (${list(ids)})`),
  );
  for (const r of open) {
    const hours = (getCraft(r.craft_id)?.hoursPerPiece ?? 1) * Number(r.quantity);
    stats.workload.set(r.id, (stats.workload.get(r.id) ?? 0) + hours);
  }
  return stats;
}

/**
 * Candidates for a request. Hard filters in SQL: the craft, an active account, a location, her level
 * (best confirmed assessment, else the declared-craft default) ≥ the minimum, and the distance with
 * earthdistance (`earth_box` index prefilter + exact `earth_distance`) unless remote work is OK. Her
 * history (on-time rate, rating, response rate) and current workload come from the Earn tables.
 */
export async function findCandidates(db: Database, q: CandidateQuery): Promise<CandidateRow[]> {
  if (!q.craftIds.length) return [];
  const meters = (q.maxDistanceKm ?? 0) * 1000;
  const here = sql`ll_to_earth(${q.location.lat}, ${q.location.lng})`;
  const distance =
    q.maxDistanceKm === null
      ? sql``
      : sql`and earth_box(${here}, ${meters}) @> ll_to_earth(a.lat, a.lng)
            and earth_distance(${here}, ll_to_earth(a.lat, a.lng)) <= ${meters}`;
  const rows = rowsOf<CraftRow>(
    await db.execute(sql`
      select a.user_id, a.lat, a.lng, a.availability_days, a.hours_per_day, a.languages, a.preferred_language,
             a.group_id, a.is_group_lead, a.created_at, c.craft_id, c.capacity_per_week, v.level, v.score
      from artisans a
      join users u on u.id = a.user_id and u.status = 'active'
      join artisan_crafts c on c.artisan_id = a.user_id
      left join lateral (
        select s.level, (s.scores ->> 'overall')::float8 as score from assessments s
        where s.artisan_id = a.user_id and s.craft_id = c.craft_id and s.status = 'scored' and s.level is not null
        order by s.level desc, s.created_at desc limit 1
      ) v on true
      where c.craft_id in (${list(q.craftIds)})
        and a.lat is not null and a.lng is not null
        and coalesce(v.level, ${DECLARED_CRAFT_DEFAULT.level}) >= ${q.minLevel}
        ${distance}
      order by a.user_id`),
  );
  const ids = [...new Set(rows.map((r) => r.user_id))];
  const stats = await statsFor(db, ids);
  const portfolios = q.portfolioModelId
    ? await portfolioCentroidsFor(db, ids, q.portfolioModelId, q.now)
    : new Map<string, Float32Array>();
  const byArtisan = new Map<
    string,
    { row: CraftRow; crafts: Candidate['crafts'][number][]; verified: boolean }
  >();
  for (const r of rows) {
    const verified = r.level !== null;
    const craft = {
      craftId: r.craft_id,
      level: verified ? Number(r.level) : DECLARED_CRAFT_DEFAULT.level,
      score: verified && r.score !== null ? Number(r.score) : DECLARED_CRAFT_DEFAULT.score,
      capacityPerWeek: Number(r.capacity_per_week),
    };
    const seen = byArtisan.get(r.user_id);
    if (seen) {
      seen.crafts.push(craft);
      seen.verified ||= verified;
    } else byArtisan.set(r.user_id, { row: r, crafts: [craft], verified });
  }
  return [...byArtisan.values()].map(({ row: r, crafts, verified }) => {
    const languages = [...new Set([r.preferred_language, ...(r.languages ?? [])])].filter(isLang) as Lang[];
    const days = r.availability_days ?? [];
    return {
      verified,
      candidate: {
        id: r.user_id,
        crafts,
        lat: Number(r.lat),
        lng: Number(r.lng),
        weeklyHours: Number(r.hours_per_day) * days.length,
        availableDays: days,
        currentWorkloadHours: stats.workload.get(r.user_id) ?? 0,
        languages,
        onTimeRate: stats.onTime.get(r.user_id) ?? null,
        rating: stats.rating.get(r.user_id) ?? null,
        responseRate: stats.response.get(r.user_id) ?? null,
        joinedAt: new Date(r.created_at),
        groupId: r.group_id,
        isGroupLead: r.is_group_lead,
        embedding: portfolios.get(r.user_id) ?? null,
      },
    };
  });
}
