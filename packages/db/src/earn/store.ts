import { isLang, type Lang } from '@shebalance/core';
import type {
  DisputeRecord,
  EarnStore,
  MatchRunRecord,
  OfferRecord,
  OpportunityRecord,
  OrderRecord,
  PayoutRecord,
  StoredTeam,
} from '@shebalance/core/usecases/earn/index';
import type { OrderStatus } from '@shebalance/core/earn/index';
import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { artisans, mediaObjects, opportunities, users } from '../schema';
import { modelVersions } from '../schema-assessments';
import {
  disputes,
  matches,
  matchRuns,
  offers,
  opportunityPhotos,
  orderEvents,
  orderPhotos,
  orders,
  payouts,
  ratings,
} from '../schema-earn';
import { findCandidates } from './candidates';
import { ledgerRepository } from './ledger';
import { rankingOutcomes } from './outcomes';
import { earnReads } from './reads';
import { addReferencePhotos, referencePhotos, replacePhotoList } from './references';

type OppRow = typeof opportunities.$inferSelect;

const toOpportunity = (r: OppRow, media: string[]): OpportunityRecord => ({
  id: r.id,
  buyerId: r.buyerId,
  title: r.title,
  description: r.description,
  craftIds: r.craftIds,
  quantity: r.quantity,
  unitPricePaise: r.unitPricePaise,
  budgetPaise: r.budgetPaise,
  currency: 'INR',
  deadline: r.deadline,
  district: r.district,
  state: r.state,
  lat: r.lat,
  lng: r.lng,
  maxDistanceKm: r.maxDistanceKm,
  remoteOk: r.remoteOk,
  minLevel: r.minLevel,
  languages: r.languages.filter(isLang) as Lang[],
  status: r.status as OpportunityRecord['status'],
  referenceMediaIds: media,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

const oppColumns = (o: Partial<OpportunityRecord>) => {
  const { referenceMediaIds: _media, id: _id, currency: _currency, ...rest } = o;
  return rest as Partial<OppRow>;
};

const toOffer = (r: typeof offers.$inferSelect): OfferRecord => ({
  ...r,
  status: r.status as OfferRecord['status'],
});
const toOrder = (r: typeof orders.$inferSelect): OrderRecord => ({
  ...r,
  amountPaise: Number(r.amountPaise),
  status: r.status as OrderStatus,
});
const toDispute = (r: typeof disputes.$inferSelect): DisputeRecord => ({
  ...r,
  status: r.status as DisputeRecord['status'],
});
const toPayout = (r: typeof payouts.$inferSelect): PayoutRecord => ({
  ...r,
  amountPaise: Number(r.amountPaise),
  status: r.status as PayoutRecord['status'],
});

/** The Earn store over Drizzle (PGlite or PostgreSQL); `transaction` rebinds it to one transaction. */
export function earnStore(db: Database): EarnStore {
  const ledger = ledgerRepository(db);
  const lock = <Q extends { for: (s: 'update') => unknown }>(q: Q, forUpdate?: boolean) =>
    (forUpdate ? q.for('update') : q) as Q;

  const store: EarnStore = {
    ...earnReads(db),
    transaction: (work) => db.transaction((tx) => work(earnStore(tx as unknown as Database))),

    async insertOpportunity(o) {
      await db
        .insert(opportunities)
        .values({ ...oppColumns(o), id: o.id } as typeof opportunities.$inferInsert);
      if (o.referenceMediaIds.length)
        await db
          .insert(opportunityPhotos)
          .values(o.referenceMediaIds.map((mediaId, idx) => ({ opportunityId: o.id, mediaId, idx })));
    },
    async getOpportunity(id, options = {}) {
      const [row] = await lock(
        db.select().from(opportunities).where(eq(opportunities.id, id)),
        options.forUpdate,
      );
      if (!row) return undefined;
      const media = await db
        .select({ id: opportunityPhotos.mediaId })
        .from(opportunityPhotos)
        .where(eq(opportunityPhotos.opportunityId, id))
        .orderBy(asc(opportunityPhotos.idx));
      return toOpportunity(
        row,
        media.map((m) => m.id),
      );
    },
    async updateOpportunity(id, patch) {
      const columns = oppColumns(patch);
      if (Object.keys(columns).length)
        await db.update(opportunities).set(columns).where(eq(opportunities.id, id));
      if (patch.referenceMediaIds) await replacePhotoList(db, id, patch.referenceMediaIds);
    },
    async ownedMedia(ids, ownerId) {
      if (!ids.length) return [];
      const rows = await db
        .select({ id: mediaObjects.id })
        .from(mediaObjects)
        .where(and(inArray(mediaObjects.id, ids), eq(mediaObjects.ownerId, ownerId)));
      return rows.map((r) => r.id);
    },

    referencePhotos: (opportunityId) => referencePhotos(db, opportunityId),
    addReferencePhotos: (opportunityId, ownerId, photos) =>
      addReferencePhotos(db, opportunityId, ownerId, photos),

    candidates: (q) => findCandidates(db, q),
    async offerCounts(artisanIds, since) {
      const out = new Map<string, number>();
      if (artisanIds && !artisanIds.length) return out;
      const rows = await db
        .select({ id: offers.artisanId, n: sql<number>`count(*)::int` })
        .from(offers)
        .where(and(gte(offers.sentAt, since), artisanIds ? inArray(offers.artisanId, artisanIds) : undefined))
        .groupBy(offers.artisanId);
      for (const r of rows) out.set(r.id, Number(r.n));
      return out;
    },
    async qualifiedSince(since) {
      const rows = await db
        .selectDistinct({ id: matches.artisanId })
        .from(matches)
        .where(gte(matches.createdAt, since));
      return rows.map((r) => r.id);
    },
    async saveMatchRun(run) {
      await db.insert(matchRuns).values({
        id: run.id,
        opportunityId: run.opportunityId,
        rankerId: run.rankerId,
        context: run.context,
        team: run.team as unknown as Record<string, unknown> | null,
        qualified: run.qualified,
        createdAt: run.createdAt,
      });
      if (run.matches.length)
        await db.insert(matches).values(
          run.matches.map((m) => ({
            ...m,
            runId: run.id,
            opportunityId: run.opportunityId,
            createdAt: run.createdAt,
          })),
        );
    },
    async latestMatchRun(opportunityId) {
      const [run] = await db
        .select()
        .from(matchRuns)
        .where(eq(matchRuns.opportunityId, opportunityId))
        .orderBy(desc(matchRuns.createdAt), desc(matchRuns.id))
        .limit(1);
      if (!run) return undefined;
      const rows = await db
        .select()
        .from(matches)
        .where(eq(matches.runId, run.id))
        .orderBy(asc(matches.rank));
      return {
        ...run,
        team: run.team as unknown as StoredTeam | null,
        matches: rows.map((m) => ({
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
        })),
      } satisfies MatchRunRecord;
    },
    async wasMatched(opportunityId, artisanId) {
      const rows = await db
        .select({ id: offers.id })
        .from(offers)
        .where(and(eq(offers.opportunityId, opportunityId), eq(offers.artisanId, artisanId)))
        .limit(1);
      if (rows.length) return true;
      const m = await db
        .select({ id: matches.runId })
        .from(matches)
        .where(and(eq(matches.opportunityId, opportunityId), eq(matches.artisanId, artisanId)))
        .limit(1);
      return m.length > 0;
    },

    async insertOffer(o) {
      const rows = await db.insert(offers).values(o).onConflictDoNothing().returning({ id: offers.id });
      return rows.length > 0;
    },
    async getOffer(id, options = {}) {
      const [row] = await lock(db.select().from(offers).where(eq(offers.id, id)), options.forUpdate);
      return row ? toOffer(row) : undefined;
    },
    async updateOffer(id, patch) {
      const { id: _id, ...rest } = patch;
      await db.update(offers).set(rest).where(eq(offers.id, id));
    },
    async offersFor(opportunityId) {
      const rows = await db
        .select()
        .from(offers)
        .where(eq(offers.opportunityId, opportunityId))
        .orderBy(asc(offers.sentAt), asc(offers.rank));
      return rows.map(toOffer);
    },
    async offersOfArtisan(artisanId, limit) {
      const rows = await db
        .select()
        .from(offers)
        .where(eq(offers.artisanId, artisanId))
        .orderBy(desc(offers.sentAt))
        .limit(limit);
      return rows.map(toOffer);
    },

    async insertOrder(o) {
      await db.insert(orders).values(o);
    },
    async getOrder(id, options = {}) {
      const [row] = await lock(db.select().from(orders).where(eq(orders.id, id)), options.forUpdate);
      return row ? toOrder(row) : undefined;
    },
    async orderByOffer(offerId) {
      const [row] = await db.select().from(orders).where(eq(orders.offerId, offerId));
      return row ? toOrder(row) : undefined;
    },
    async ordersFor(opportunityId) {
      const rows = await db.select().from(orders).where(eq(orders.opportunityId, opportunityId));
      return rows.map(toOrder);
    },
    async updateOrder(id, patch) {
      const { id: _id, ...rest } = patch;
      await db.update(orders).set(rest).where(eq(orders.id, id));
    },
    async insertOrderEvent(orderId, e) {
      await db.insert(orderEvents).values({ orderId, ...e });
    },
    async orderEvents(orderId) {
      const rows = await db
        .select()
        .from(orderEvents)
        .where(eq(orderEvents.orderId, orderId))
        .orderBy(asc(orderEvents.seq));
      return rows.map(({ seq: _seq, orderId: _o, ...e }) => e);
    },
    async insertOrderPhoto(p) {
      await db.insert(orderPhotos).values(p);
    },
    async orderPhotos(orderId) {
      return db
        .select()
        .from(orderPhotos)
        .where(eq(orderPhotos.orderId, orderId))
        .orderBy(asc(orderPhotos.createdAt));
    },
    async insertRating(r) {
      const rows = await db.insert(ratings).values(r).onConflictDoNothing().returning({ id: ratings.id });
      return rows.length > 0;
    },
    async ratingsFor(orderId) {
      const rows = await db
        .select()
        .from(ratings)
        .where(eq(ratings.orderId, orderId))
        .orderBy(asc(ratings.createdAt));
      return rows.map((r) => ({ ...r, raterRole: r.raterRole as 'buyer' | 'artisan' }));
    },
    async insertDispute(d) {
      await db.insert(disputes).values(d);
    },
    async getDispute(id, options = {}) {
      const [row] = await lock(db.select().from(disputes).where(eq(disputes.id, id)), options.forUpdate);
      return row ? toDispute(row) : undefined;
    },
    async listDisputes(status, limit) {
      const rows = await db
        .select()
        .from(disputes)
        .where(status === 'all' ? undefined : eq(disputes.status, status))
        .orderBy(desc(disputes.createdAt))
        .limit(limit);
      return rows.map(toDispute);
    },
    async updateDispute(id, patch) {
      const { id: _id, ...rest } = patch;
      await db.update(disputes).set(rest).where(eq(disputes.id, id));
    },

    postEntry: (entry) => ledger.post(entry),
    entriesOfArtisan: (artisanId) => ledger.ofArtisan(artisanId),
    allEntries: () => ledger.all(),
    trialBalance: () => ledger.trialBalance(),
    balance: (account) => ledger.balance(account),

    async insertPayout(p) {
      await db.insert(payouts).values(p);
    },
    async getPayout(id, options = {}) {
      const [row] = await lock(db.select().from(payouts).where(eq(payouts.id, id)), options.forUpdate);
      return row ? toPayout(row) : undefined;
    },
    async updatePayout(id, patch) {
      const { id: _id, ...rest } = patch;
      await db.update(payouts).set(rest).where(eq(payouts.id, id));
    },
    async lockArtisanLedger(artisanId) {
      await db.execute(sql`select user_id from artisans where user_id = ${artisanId} for update`);
    },

    async contact(userId) {
      const [row] = await db
        .select({ user: users, artisanName: artisans.displayName })
        .from(users)
        .leftJoin(artisans, eq(artisans.userId, users.id))
        .where(eq(users.id, userId));
      if (!row) return undefined;
      return {
        userId: row.user.id,
        phone: row.user.phone,
        lang: isLang(row.user.preferredLanguage) ? row.user.preferredLanguage : 'en',
        role: row.user.role,
        displayName: row.artisanName ?? row.user.displayName,
      };
    },

    rankingOutcomes: () => rankingOutcomes(db),
    async saveRankerModel(m) {
      await db
        .insert(modelVersions)
        .values({
          id: m.id,
          kind: 'ranker',
          version: m.version,
          metrics: m.metrics,
          objectKey: m.objectKey,
          promotedAt: m.promotedAt,
        })
        .onConflictDoNothing();
    },
    async promotedRankerKey() {
      const [row] = await db
        .select({ key: modelVersions.objectKey })
        .from(modelVersions)
        .where(and(eq(modelVersions.kind, 'ranker'), sql`${modelVersions.promotedAt} is not null`))
        .orderBy(desc(modelVersions.promotedAt))
        .limit(1);
      return row?.key;
    },
  };
  return store;
}
