import { crafts, type Craft } from '@shebalance/core/crafts/index';
import { createRng, type Candidate, type MatchRequest, type Rng } from '@shebalance/core/earn/index';
import type { Lang } from '@shebalance/core/i18n/lang';
import type { Weekday } from '@shebalance/core/profiles/types';
import { CENTRES, homeLanguage, type Centre } from './india';

/**
 * Synthetic artisans shaped like India: clustered around population centres (a quarter spread wider,
 * rural), crafts drawn mostly from the ones traditional in her state, levels skewed towards beginners,
 * whole-number skill scores (so ties happen), capacities from the craft's hours per piece, workloads,
 * weekday patterns, languages, self-help groups of neighbours, a quarter newcomers without history,
 * and portfolio centroids (16 numbers by default; `--dim=1792` for the vision model's size) near a
 * per-craft prototype for half of them.
 */
export const EMBEDDING_DIM = 16;
const DAY = 86_400_000;
const LEVEL_SHARE = [0.32, 0.3, 0.22, 0.12, 0.04];
const SIX_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const ALL_DAYS: readonly Weekday[] = [...SIX_DAYS, 'sun'];
const WEEKDAYS: readonly Weekday[] = ALL_DAYS;

function weighted<T>(rng: Rng, items: readonly T[], weight: (t: T) => number, total: number): T {
  let r = rng.next() * total;
  for (const item of items) if ((r -= weight(item)) < 0) return item;
  return items[items.length - 1]!;
}

function level(rng: Rng): number {
  let r = rng.next();
  for (let i = 0; i < 5; i++) if ((r -= LEVEL_SHARE[i]!) < 0) return i + 1;
  return 5;
}

export interface World {
  artisans: Candidate[];
  craftWeight: Map<string, number>;
  prototypes: Map<string, Float32Array>;
}

export function generateArtisans(count: number, seed: number, now: Date, dim = EMBEDDING_DIM): World {
  const rng = createRng(seed);
  const totalWeight = CENTRES.reduce((s, c) => s + c.weight, 0);
  const local = new Map<string, Craft[]>();
  for (const centre of CENTRES) {
    const here = crafts.filter((k) => k.regions.length === 0 || k.regions.includes(centre.state));
    local.set(centre.state, here.length ? here : [...crafts]);
  }
  const prototypes = new Map(
    crafts.map((k) => [k.id, Float32Array.from({ length: dim }, () => Math.abs(rng.normal()))]),
  );
  const embeddings = new Float32Array(count * dim);
  const dayPatterns = new Map<number, readonly Weekday[]>();
  const langPatterns = new Map<string, readonly Lang[]>();
  const groupsSeen = new Set<string>();
  const craftWeight = new Map<string, number>();
  const artisans: Candidate[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const centre: Centre = weighted(rng, CENTRES, (x) => x.weight, totalWeight);
    const spread = rng.chance(0.25) ? centre.spread * 3 : centre.spread;
    const lat = Math.min(35.5, Math.max(8, centre.lat + rng.normal() * spread));
    const lng = Math.min(97.3, Math.max(68.2, centre.lng + rng.normal() * spread));
    const n = rng.chance(0.1) ? 3 : rng.chance(0.3) ? 2 : 1;
    const chosen: Craft[] = [];
    while (chosen.length < n) {
      const k = rng.chance(0.75) ? rng.pick(local.get(centre.state)!) : rng.pick(crafts);
      if (!chosen.includes(k)) chosen.push(k);
    }
    const weeklyHours = rng.int(8, 42);
    const skills = chosen.map((k) => {
      const lv = level(rng);
      craftWeight.set(k.id, (craftWeight.get(k.id) ?? 0) + 1);
      return {
        craftId: k.id,
        level: lv,
        score: Math.min(100, 20 * (lv - 1) + rng.int(0, 20)),
        capacityPerWeek: Math.max(1, Math.round((weeklyHours / k.hoursPerPiece) * rng.range(0.7, 1.6))),
      };
    });
    const dayRoll = rng.next();
    let days: readonly Weekday[] = dayRoll < 0.6 ? SIX_DAYS : dayRoll < 0.8 ? ALL_DAYS : [];
    if (days.length === 0) {
      let mask = 0;
      while (mask === 0) for (let d = 0; d < 7; d++) if (rng.chance(0.55)) mask |= 1 << d;
      if (!dayPatterns.has(mask))
        dayPatterns.set(
          mask,
          WEEKDAYS.filter((_, d) => mask & (1 << d)),
        );
      days = dayPatterns.get(mask)!;
    }
    const home = homeLanguage(centre.state);
    const withHindi = home !== 'hi' && rng.chance(0.3);
    const withEnglish = rng.chance(0.15);
    const langKey = `${home}${withHindi ? ',hi' : ''}${withEnglish ? ',en' : ''}`;
    if (!langPatterns.has(langKey)) langPatterns.set(langKey, langKey.split(',') as Lang[]);
    const newcomer = rng.chance(0.25);
    let groupId: string | null = null;
    let isGroupLead = false;
    if (rng.chance(0.35)) {
      groupId = `shg-${CENTRES.indexOf(centre)}-${rng.int(0, Math.round(centre.weight * 300))}`;
      isGroupLead = !groupsSeen.has(groupId);
      groupsSeen.add(groupId);
    }
    let embedding: Float32Array | null = null;
    if (rng.chance(0.5)) {
      embedding = embeddings.subarray(i * dim, (i + 1) * dim);
      const proto = prototypes.get(skills[0]!.craftId)!;
      for (let d = 0; d < dim; d++) embedding[d] = Math.abs(proto[d]! + rng.normal() * 0.6);
    }
    artisans[i] = {
      id: `art-${String(i).padStart(7, '0')}`,
      crafts: skills,
      lat: Math.round(lat * 1e4) / 1e4,
      lng: Math.round(lng * 1e4) / 1e4,
      weeklyHours,
      availableDays: days,
      currentWorkloadHours: rng.chance(0.4) ? 0 : rng.int(1, weeklyHours * 2),
      languages: langPatterns.get(langKey)!,
      onTimeRate: newcomer ? null : Math.round(rng.range(0.55, 1) * 100) / 100,
      rating: newcomer ? null : Math.round(rng.range(3, 5) * 10) / 10,
      responseRate: newcomer ? null : Math.round(rng.range(0.4, 1) * 100) / 100,
      joinedAt: new Date(now.getTime() - (newcomer ? rng.int(1, 120) : rng.int(121, 1500)) * DAY),
      groupId,
      isGroupLead,
      embedding,
    };
  }
  return { artisans, craftWeight, prototypes };
}

/**
 * Buyer requests: half within 50–500 km, half "remote OK"; popular crafts asked for more often.
 * `bulk` multiplies the quantity 5–20 times (orders meant for a team).
 */
export function generateRequests(
  world: World,
  count: number,
  seed: number,
  now: Date,
  bulk = false,
): MatchRequest[] {
  const rng = createRng(seed);
  const craftIds = [...world.craftWeight.keys()];
  const total = [...world.craftWeight.values()].reduce((s, x) => s + x, 0);
  const centreTotal = CENTRES.reduce((s, x) => s + x.weight, 0);
  return Array.from({ length: count }, () => {
    const craftId = weighted(rng, craftIds, (id) => world.craftWeight.get(id)!, total);
    const craft = crafts.find((k) => k.id === craftId)!;
    const centre = weighted(rng, CENTRES, (x) => x.weight, centreTotal);
    const days = bulk ? rng.int(30, 60) : rng.int(7, 60);
    const remote = rng.chance(0.5);
    const typical = Math.max(1, Math.floor(((days / 7) * 25) / craft.hoursPerPiece));
    const proto = world.prototypes.get(craftId)!;
    return {
      craftId,
      quantity: bulk
        ? Math.round(typical * rng.range(5, 20))
        : rng.int(1, Math.max(1, Math.round(typical * rng.range(0.2, 1.2)))),
      deadline: new Date(now.getTime() + days * DAY),
      location: { lat: centre.lat + rng.normal() * 0.2, lng: centre.lng + rng.normal() * 0.2 },
      maxDistanceKm: remote ? null : rng.int(50, 500),
      remoteOk: remote,
      minLevel: weighted(rng, [1, 2, 3, 4], (l) => [0.25, 0.35, 0.3, 0.1][l - 1]!, 1),
      preferredLanguages: rng.chance(0.6) ? [homeLanguage(centre.state)] : [],
      referenceEmbedding: rng.chance(0.5)
        ? Float32Array.from(proto, (x) => Math.abs(x + rng.normal() * 0.4))
        : null,
      hoursPerPiece: craft.hoursPerPiece,
    };
  });
}
