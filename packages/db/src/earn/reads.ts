import type {
  ArtisanName,
  EarnReads,
  OpportunitySummaryRow,
  OrderSummaryRow,
} from '@shebalance/core/usecases/earn/index';
import type { OrderStatus } from '@shebalance/core/earn/index';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { artisans, buyers, opportunities, users } from '../schema';
import { matches, offers, orders } from '../schema-earn';

/** The list queries behind `GET /me/orders`, `GET /me/opportunities`, offer reasons and named matches. */
export function earnReads(db: Database): EarnReads {
  return {
    async ordersOfParty(party, userId, page) {
      const mine = party === 'artisan' ? orders.artisanId : orders.buyerId;
      // The other party's name: the buyer's organisation (or her account name) for an artisan,
      // the artisan's profile name for a buyer.
      const counterpart =
        party === 'artisan'
          ? sql<string | null>`coalesce(${buyers.organisation}, ${users.displayName})`
          : sql<string | null>`coalesce(${artisans.displayName}, ${users.displayName})`;
      const otherId = party === 'artisan' ? orders.buyerId : orders.artisanId;
      const rows = await db
        .select({
          id: orders.id,
          opportunityId: orders.opportunityId,
          title: opportunities.title,
          craftId: orders.craftId,
          quantity: orders.quantity,
          amountPaise: orders.amountPaise,
          status: orders.status,
          dueAt: orders.dueAt,
          counterpartName: counterpart,
          createdAt: orders.createdAt,
          updatedAt: orders.updatedAt,
        })
        .from(orders)
        .innerJoin(opportunities, eq(opportunities.id, orders.opportunityId))
        .leftJoin(users, eq(users.id, otherId))
        .leftJoin(buyers, eq(buyers.userId, orders.buyerId))
        .leftJoin(artisans, eq(artisans.userId, orders.artisanId))
        .where(eq(mine, userId))
        .orderBy(desc(orders.createdAt), desc(orders.id))
        .limit(page.limit)
        .offset(page.offset);
      return rows.map((r): OrderSummaryRow => ({
        ...r,
        amountPaise: Number(r.amountPaise),
        status: r.status as OrderStatus,
      }));
    },

    async opportunitiesOfBuyer(buyerId, page) {
      const counts = db
        .select({
          opportunityId: offers.opportunityId,
          sent: sql<number>`count(*)::int`.as('sent'),
          accepted: sql<number>`(count(*) filter (where ${offers.status} = 'accepted'))::int`.as('accepted'),
        })
        .from(offers)
        .groupBy(offers.opportunityId)
        .as('offer_counts');
      const rows = await db
        .select({
          id: opportunities.id,
          title: opportunities.title,
          craftIds: opportunities.craftIds,
          quantity: opportunities.quantity,
          status: opportunities.status,
          deadline: opportunities.deadline,
          offersSent: sql<number>`coalesce(${counts.sent}, 0)`,
          offersAccepted: sql<number>`coalesce(${counts.accepted}, 0)`,
          createdAt: opportunities.createdAt,
          updatedAt: opportunities.updatedAt,
        })
        .from(opportunities)
        .leftJoin(counts, eq(counts.opportunityId, opportunities.id))
        .where(eq(opportunities.buyerId, buyerId))
        .orderBy(desc(opportunities.createdAt), desc(opportunities.id))
        .limit(page.limit)
        .offset(page.offset);
      return rows.map((r): OpportunitySummaryRow => ({
        ...r,
        offersSent: Number(r.offersSent),
        offersAccepted: Number(r.offersAccepted),
        status: r.status as OpportunitySummaryRow['status'],
      }));
    },

    async matchInRun(runId, artisanId) {
      const [m] = await db
        .select()
        .from(matches)
        .where(and(eq(matches.runId, runId), eq(matches.artisanId, artisanId)))
        .limit(1);
      if (!m) return undefined;
      return {
        artisanId: m.artisanId,
        craftId: m.craftId,
        rank: m.rank,
        score: m.score,
        distanceKm: m.distanceKm,
        capacity: m.capacity,
        level: m.level,
        features: m.features,
        reasons: m.reasons,
        boost: m.boost,
      };
    },

    async artisanNames(ids) {
      const out = new Map<string, ArtisanName>();
      if (!ids.length) return out;
      const rows = await db
        .select({ id: artisans.userId, displayName: artisans.displayName, district: artisans.district })
        .from(artisans)
        .where(inArray(artisans.userId, ids));
      for (const r of rows) out.set(r.id, { displayName: r.displayName, district: r.district });
      return out;
    },
  };
}
