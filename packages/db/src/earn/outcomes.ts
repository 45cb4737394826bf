import {
  FEATURE_KEYS,
  type FeatureVector,
  type RankContext,
  type RankingOutcome,
} from '@shebalance/core/earn/index';
import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { rowsOf } from './candidates';

interface OutcomeRow {
  opportunity_id: string;
  artisan_id: string;
  status: string;
  features: Record<string, number>;
  context: Record<string, unknown>;
  delivered_at: Date | string | null;
  due_at: Date | string | null;
  order_status: string | null;
  stars: number | null;
}

const complete = (f: Record<string, number>): f is FeatureVector =>
  FEATURE_KEYS.every((k) => typeof f[k] === 'number' && Number.isFinite(f[k]));

/**
 * Training data of the learned ranker: every answered or expired offer, with the features of the
 * match it was sent from (as they were then), whether she accepted, whether the order was delivered
 * on time, and the buyer's rating. Offers to team members without single-match features are skipped.
 */
export async function rankingOutcomes(db: Database): Promise<RankingOutcome[]> {
  const rows = rowsOf<OutcomeRow>(
    await db.execute(sql`
      select o.opportunity_id, o.artisan_id, o.status, m.features, r.context,
             ord.delivered_at, ord.due_at, ord.status as order_status, rt.stars
      from earn_offers o
      join earn_matches m on m.run_id = o.run_id and m.artisan_id = o.artisan_id
      join earn_match_runs r on r.id = o.run_id
      left join earn_orders ord on ord.offer_id = o.id
      left join earn_ratings rt on rt.order_id = ord.id and rt.rater_role = 'buyer'
      where o.status in ('accepted', 'declined', 'expired')
      order by o.sent_at, o.id`),
  );
  const out: RankingOutcome[] = [];
  for (const r of rows) {
    if (!complete(r.features)) continue;
    const c = r.context ?? {};
    const context: RankContext = {
      remote: c.remote === true,
      hasLanguagePreference: c.hasLanguagePreference === true,
      hasReference: c.hasReference === true,
    };
    const delivered = r.delivered_at ? new Date(r.delivered_at) : null;
    out.push({
      requestId: r.opportunity_id,
      artisanId: r.artisan_id,
      features: r.features,
      context,
      accepted: r.status === 'accepted',
      deliveredOnTime: delivered && r.due_at ? delivered.getTime() <= new Date(r.due_at).getTime() : null,
      buyerRating: r.stars === null ? null : Number(r.stars),
    });
  }
  return out;
}
