import { randomUUID } from 'node:crypto';
import {
  craftLabel,
  crafts,
  districtsOf,
  getCraft,
  states,
  type Craft,
  type District,
  WEEKDAYS,
} from '@shebalance/core';
import { schema, type Database } from '@shebalance/db';
import { count, eq, sql } from 'drizzle-orm';
import { BUYER_ORGS, FIRST_NAMES, GROUP_WORDS, LANGUAGE_OF_STATE, regionOf, SURNAMES } from './names';

/** A small deterministic PRNG (mulberry32) so the demo is the same on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

export const DEMO = {
  adminPhone: '+919000000001',
  reviewerPhone: '+919000000002',
  /** The first demo artisan and buyer, named in the README for a quick sign-in. */
  artisanPhone: '+919100000000',
  buyerPhone: '+919200000000',
  artisans: 240,
  buyers: 20,
} as const;

export interface SeedSummary {
  artisans: number;
  buyers: number;
  states: number;
  crafts: number;
  opportunities: number;
}

/** Craft → states where it is traditional; crafts with no region are practised everywhere. */
function homeStatesFor(craft: Craft): string[] {
  return craft.regions.length ? [...craft.regions] : states.map((s) => s.code);
}

/** Removes every demo record (demo users cascade to their profiles, tokens and requests). */
export async function clearDemo(db: Database) {
  await db.delete(schema.users).where(eq(schema.users.isDemo, true));
  await db.execute(
    sql`delete from groups where id not in (select group_id from artisans where group_id is not null)`,
  );
}

export async function hasUsers(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(schema.users);
  return Number(row?.n ?? 0) > 0;
}

/**
 * Seeds a realistic, clearly flagged demo: 240 artisans in 15+ states and 30+ crafts, their
 * self-help groups, 20 buyers with open requests, a reviewer and an admin.
 */
export async function seedDemo(db: Database, now = new Date()): Promise<SeedSummary> {
  const rnd = prng(20261124);
  await clearDemo(db);
  const craftPool = crafts.filter((c) => homeStatesFor(c).some((s) => districtsOf(s).length > 0));
  const statesUsed = new Set<string>();
  const craftsUsed = new Set<string>();

  const user = (phone: string, role: string, displayName: string, preferredLanguage: string) => ({
    id: randomUUID(),
    phone,
    role,
    status: 'active',
    displayName,
    preferredLanguage,
    mfaEnabled: false,
    isDemo: true,
    createdAt: now,
  });

  await db.transaction(async (tx) => {
    await tx
      .insert(schema.users)
      .values([
        user(DEMO.adminPhone, 'admin', 'Demo Admin (Priya)', 'en'),
        user(DEMO.reviewerPhone, 'reviewer', 'Demo Reviewer (Farida, field coordinator)', 'hi'),
      ]);

    const groupsByDistrict = new Map<string, string>();
    const userRows = [];
    const artisanRows = [];
    const craftRows = [];
    const groupRows = [];
    const handles = new Set<string>();
    for (let i = 0; i < DEMO.artisans; i++) {
      const primary = craftPool[i % craftPool.length]!;
      const stateCode = rnd.pick(homeStatesFor(primary).filter((s) => districtsOf(s).length > 0));
      const district: District = rnd.pick(districtsOf(stateCode));
      const region = regionOf(stateCode);
      const name = `${rnd.pick(FIRST_NAMES[region]!)} ${rnd.pick(SURNAMES[region]!)}`;
      const lang = LANGUAGE_OF_STATE[stateCode] ?? 'hi';
      const id = randomUUID();
      let handle = name.toLowerCase().replace(/[^a-z]+/g, '-');
      while (handles.has(handle))
        handle = `${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${rnd.int(10, 999)}`;
      handles.add(handle);
      statesUsed.add(stateCode);
      craftsUsed.add(primary.id);
      let groupId = groupsByDistrict.get(district.id) ?? null;
      let lead = false;
      if (!groupId && rnd.next() < 0.6) {
        groupId = randomUUID();
        groupsByDistrict.set(district.id, groupId);
        groupRows.push({
          id: groupId,
          name: `${district.name} ${rnd.pick(GROUP_WORDS)} ${rnd.next() < 0.7 ? 'SHG' : 'Cooperative'}`,
          kind: rnd.next() < 0.7 ? 'shg' : 'cooperative',
          district: district.name,
          state: stateCode,
        });
        lead = true;
      }
      userRows.push({
        ...user(i === 0 ? DEMO.artisanPhone : `+9191${String(i).padStart(8, '0')}`, 'artisan', name, lang),
        id,
      });
      artisanRows.push({
        userId: id,
        handle,
        displayName: name,
        preferredLanguage: lang,
        languages: lang === 'hi' ? ['hi'] : [lang, 'hi'],
        district: district.name,
        state: stateCode,
        lat: Math.round((district.lat + (rnd.next() - 0.5) * 0.3) * 100) / 100,
        lng: Math.round((district.lng + (rnd.next() - 0.5) * 0.3) * 100) / 100,
        availabilityDays: WEEKDAYS.filter(() => rnd.next() < 0.75),
        hoursPerDay: rnd.int(2, 8),
        groupId,
        isGroupLead: lead,
        bio: `${name} makes ${primary.names.en} in ${district.name}. (Demo profile)`,
        portfolioPublic: rnd.next() < 0.7,
        createdAt: now,
        updatedAt: now,
      });
      craftRows.push({
        artisanId: id,
        craftId: primary.id,
        capacityPerWeek: Math.max(1, Math.round((rnd.int(20, 50) / primary.hoursPerPiece) * 2)),
      });
      if (rnd.next() < 0.3) {
        const second =
          rnd.pick(craftPool.filter((c) => c.id !== primary.id && c.category === primary.category)) ??
          undefined;
        if (second) {
          craftRows.push({ artisanId: id, craftId: second.id, capacityPerWeek: rnd.int(1, 5) });
          craftsUsed.add(second.id);
        }
      }
    }
    if (groupRows.length) await tx.insert(schema.groups).values(groupRows);
    for (let i = 0; i < userRows.length; i += 100)
      await tx.insert(schema.users).values(userRows.slice(i, i + 100));
    for (let i = 0; i < artisanRows.length; i += 100)
      await tx.insert(schema.artisans).values(artisanRows.slice(i, i + 100));
    for (let i = 0; i < craftRows.length; i += 200)
      await tx.insert(schema.artisanCrafts).values(craftRows.slice(i, i + 200));
    await tx.insert(schema.consents).values(
      artisanRows.flatMap((a) =>
        (
          ['platform_terms', 'skill_assessment', ...(a.portfolioPublic ? ['public_portfolio'] : [])] as const
        ).map((purpose) => ({
          id: randomUUID(),
          userId: a.userId,
          purpose,
          granted: true,
          channel: 'whatsapp',
          textVersion: 'demo-2026-11',
          createdAt: now,
        })),
      ),
    );

    const buyerUsers = BUYER_ORGS.slice(0, DEMO.buyers).map((org, i) => ({
      ...user(i === 0 ? DEMO.buyerPhone : `+9192${String(i).padStart(8, '0')}`, 'buyer', org.name, 'en'),
      org,
    }));
    await tx.insert(schema.users).values(buyerUsers.map(({ org: _org, ...u }) => u));
    await tx.insert(schema.buyers).values(
      buyerUsers.map(({ id, org }) => {
        const d = districtsOf(org.state)[0];
        return {
          userId: id,
          organisation: org.name,
          type: org.type,
          gstin: null,
          district: d?.name ?? null,
          state: org.state,
          lat: d?.lat ?? null,
          lng: d?.lng ?? null,
          createdAt: now,
          updatedAt: now,
        };
      }),
    );

    const wanted = [
      'chikankari',
      'madhubani',
      'bandhani',
      'block-printing',
      'pottery',
      'kantha',
      'warli',
      'phulkari',
    ]
      .map((id) => getCraft(id))
      .filter((c): c is Craft => !!c);
    const opportunityRows = wanted.map((craft, i) => {
      const buyer = buyerUsers[i % buyerUsers.length]!;
      const d = districtsOf(buyer.org.state)[0];
      const quantity = i % 3 === 0 ? 120 : rnd.int(5, 30);
      return {
        id: randomUUID(),
        buyerId: buyer.id,
        title: `${quantity} × ${craftLabel(craft, 'en')} ${craft.unit}`,
        description: `${buyer.org.name} is looking for ${craftLabel(craft, 'en')} (${craft.unit}) for a new collection. (Demo request)`,
        craftIds: [craft.id],
        quantity,
        unitPricePaise: Math.round(((craft.priceInrPerPiece.min + craft.priceInrPerPiece.max) / 2) * 100),
        budgetPaise: null,
        deadline: new Date(now.getTime() + (21 + i * 7) * 86_400_000),
        district: d?.name ?? null,
        state: buyer.org.state,
        lat: d?.lat ?? null,
        lng: d?.lng ?? null,
        maxDistanceKm: i % 2 === 0 ? null : 500,
        remoteOk: i % 2 === 0,
        minLevel: i % 4 === 0 ? 3 : 2,
        languages: ['hi'],
        status: 'open',
        isDemo: true,
        createdAt: now,
        updatedAt: now,
      };
    });
    await tx.insert(schema.opportunities).values(opportunityRows);
  });
  return {
    artisans: DEMO.artisans,
    buyers: DEMO.buyers,
    states: statesUsed.size,
    crafts: craftsUsed.size,
    opportunities: 8,
  };
}
