import type {
  ArtisanProfile,
  ArtisanRepository,
  BuyerRepository,
  ConsentRepository,
  Group,
  GroupRepository,
} from '@shebalance/core';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { artisanCrafts, artisans, buyers, consents, groups } from '../schema';

type ArtisanRow = typeof artisans.$inferSelect;

function toArtisan(r: ArtisanRow, crafts: { craftId: string; capacityPerWeek: number }[]): ArtisanProfile {
  return {
    userId: r.userId,
    handle: r.handle,
    displayName: r.displayName,
    preferredLanguage: r.preferredLanguage as ArtisanProfile['preferredLanguage'],
    languages: r.languages as ArtisanProfile['languages'],
    district: r.district,
    state: r.state,
    location: r.lat != null && r.lng != null ? { lat: r.lat, lng: r.lng } : null,
    availability: {
      days: r.availabilityDays as ArtisanProfile['availability']['days'],
      hoursPerDay: r.hoursPerDay,
    },
    crafts,
    groupId: r.groupId,
    isGroupLead: r.isGroupLead,
    bio: r.bio,
    portfolioPublic: r.portfolioPublic,
    createdBy: r.createdBy,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function artisanRepository(db: Database): ArtisanRepository {
  const withCrafts = async (row: ArtisanRow | undefined) => {
    if (!row) return undefined;
    const crafts = await db
      .select({ craftId: artisanCrafts.craftId, capacityPerWeek: artisanCrafts.capacityPerWeek })
      .from(artisanCrafts)
      .where(eq(artisanCrafts.artisanId, row.userId))
      .orderBy(asc(artisanCrafts.craftId));
    return toArtisan(row, crafts);
  };
  return {
    async get(userId) {
      const [row] = await db.select().from(artisans).where(eq(artisans.userId, userId)).limit(1);
      return withCrafts(row);
    },
    async getByHandle(handle) {
      const [row] = await db.select().from(artisans).where(eq(artisans.handle, handle)).limit(1);
      return withCrafts(row);
    },
    async list({ createdBy, groupId, limit, offset }) {
      const where = and(
        createdBy ? eq(artisans.createdBy, createdBy) : undefined,
        groupId ? eq(artisans.groupId, groupId) : undefined,
      );
      const rows = await db
        .select()
        .from(artisans)
        .where(where)
        .orderBy(desc(artisans.createdAt), asc(artisans.userId))
        .limit(limit)
        .offset(offset);
      const crafts = await craftsFor(
        db,
        rows.map((r) => r.userId),
      );
      const sorted = (list: { craftId: string; capacityPerWeek: number }[] = []) =>
        list.sort((a, b) => (a.craftId < b.craftId ? -1 : a.craftId > b.craftId ? 1 : 0));
      return rows.map((r) => toArtisan(r, sorted(crafts.get(r.userId))));
    },
    async setGroupLead(groupId, userId) {
      await db
        .update(artisans)
        .set({ isGroupLead: userId ? sql`${artisans.userId} = ${userId}` : false })
        .where(eq(artisans.groupId, groupId));
    },
    async handleExists(handle) {
      const rows = await db
        .select({ id: artisans.userId })
        .from(artisans)
        .where(eq(artisans.handle, handle))
        .limit(1);
      return rows.length > 0;
    },
    async save(p) {
      const values = {
        userId: p.userId,
        handle: p.handle,
        displayName: p.displayName,
        preferredLanguage: p.preferredLanguage,
        languages: p.languages,
        district: p.district,
        state: p.state,
        lat: p.location?.lat ?? null,
        lng: p.location?.lng ?? null,
        availabilityDays: p.availability.days,
        hoursPerDay: p.availability.hoursPerDay,
        groupId: p.groupId,
        isGroupLead: p.isGroupLead,
        bio: p.bio,
        portfolioPublic: p.portfolioPublic,
        createdBy: p.createdBy,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
      };
      const { userId: _id, createdAt: _c, createdBy: _b, ...update } = values;
      await db.insert(artisans).values(values).onConflictDoUpdate({ target: artisans.userId, set: update });
      await db.delete(artisanCrafts).where(eq(artisanCrafts.artisanId, p.userId));
      if (p.crafts.length) {
        await db.insert(artisanCrafts).values(p.crafts.map((c) => ({ artisanId: p.userId, ...c })));
      }
    },
  };
}

export function buyerRepository(db: Database): BuyerRepository {
  return {
    async get(userId) {
      const [r] = await db.select().from(buyers).where(eq(buyers.userId, userId)).limit(1);
      if (!r) return undefined;
      return {
        userId: r.userId,
        organisation: r.organisation,
        type: r.type as never,
        gstin: r.gstin,
        district: r.district,
        state: r.state,
        location: r.lat != null && r.lng != null ? { lat: r.lat, lng: r.lng } : null,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
      };
    },
    async save(p) {
      const values = {
        userId: p.userId,
        organisation: p.organisation,
        type: p.type,
        gstin: p.gstin,
        district: p.district,
        state: p.state,
        lat: p.location?.lat ?? null,
        lng: p.location?.lng ?? null,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
      };
      const { userId: _id, createdAt: _c, ...update } = values;
      await db.insert(buyers).values(values).onConflictDoUpdate({ target: buyers.userId, set: update });
    },
  };
}

export function consentRepository(db: Database): ConsentRepository {
  return {
    async add(consent) {
      await db.insert(consents).values(consent);
    },
    async listForUser(userId) {
      const rows = await db
        .select()
        .from(consents)
        .where(eq(consents.userId, userId))
        .orderBy(asc(consents.seq));
      return rows.map(({ seq: _seq, ...r }) => ({
        ...r,
        purpose: r.purpose as never,
        channel: r.channel as never,
      }));
    },
  };
}

type GroupRow = typeof groups.$inferSelect;
const toGroup = (r: GroupRow): Group => ({
  id: r.id,
  name: r.name,
  kind: r.kind as Group['kind'],
  district: r.district,
  state: r.state,
  createdBy: r.createdBy,
  createdAt: r.createdAt,
});

export function groupRepository(db: Database): GroupRepository {
  return {
    async get(id) {
      const [r] = await db.select().from(groups).where(eq(groups.id, id)).limit(1);
      return r ? toGroup(r) : undefined;
    },
    async list({ state, limit, offset }) {
      const rows = await db
        .select()
        .from(groups)
        .where(state ? eq(groups.state, state) : undefined)
        .orderBy(asc(groups.name), asc(groups.id))
        .limit(limit)
        .offset(offset);
      return rows.map(toGroup);
    },
    async save(g) {
      await db
        .insert(groups)
        .values({ ...g, createdBy: g.createdBy ?? null, createdAt: g.createdAt ?? new Date() })
        .onConflictDoUpdate({
          target: groups.id,
          set: { name: g.name, kind: g.kind, district: g.district, state: g.state },
        });
    },
  };
}

/** Loads craft lists for many artisans in one query (for listings and the seed). */
export async function craftsFor(db: Database, artisanIds: string[]) {
  if (!artisanIds.length) return new Map<string, { craftId: string; capacityPerWeek: number }[]>();
  const rows = await db.select().from(artisanCrafts).where(inArray(artisanCrafts.artisanId, artisanIds));
  const map = new Map<string, { craftId: string; capacityPerWeek: number }[]>();
  for (const r of rows)
    map.set(r.artisanId, [
      ...(map.get(r.artisanId) ?? []),
      { craftId: r.craftId, capacityPerWeek: r.capacityPerWeek },
    ]);
  return map;
}
