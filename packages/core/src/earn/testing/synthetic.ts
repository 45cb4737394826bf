import type { Lang } from '../../i18n/lang';
import { WEEKDAYS } from '../../profiles/types';
import type { Candidate, MatchRequest } from '../matching/types';
import type { Rng } from '../shared/prng';

/** Small synthetic artisans and requests for tests (the benchmark has a richer, India-shaped generator). */

export const TEST_CRAFTS = ['chikankari', 'kantha', 'madhubani', 'block-printing', 'pottery'] as const;
const LANGS: Lang[] = ['en', 'hi', 'ta', 'bn', 'mr'];
const DAY = 86_400_000;

export function syntheticCandidate(rng: Rng, i: number, now: Date, dim = 8): Candidate {
  const crafts = TEST_CRAFTS.filter(() => rng.chance(0.35));
  if (crafts.length === 0) crafts.push(rng.pick(TEST_CRAFTS));
  const history = rng.chance(0.8);
  const days = WEEKDAYS.filter(() => rng.chance(0.75));
  return {
    id: `a${String(i).padStart(6, '0')}`,
    crafts: crafts.map((craftId) => ({
      craftId,
      level: rng.int(1, 5),
      // Coarse scores so that exact ties happen and tie-breaking is exercised.
      score: rng.int(0, 20) * 5,
      capacityPerWeek: rng.int(1, 20),
    })),
    lat: 20 + rng.range(-6, 6),
    lng: 80 + rng.range(-8, 8),
    weeklyHours: rng.pick([10, 20, 30, 40]),
    availableDays: days.length ? days : ['mon'],
    currentWorkloadHours: rng.pick([0, 0, 5, 10, 40]),
    languages: LANGS.filter(() => rng.chance(0.4)),
    onTimeRate: history ? rng.int(5, 10) / 10 : null,
    rating: history ? rng.int(6, 10) / 2 : null,
    responseRate: history ? rng.int(5, 10) / 10 : null,
    joinedAt: new Date(now.getTime() - rng.int(1, 900) * DAY),
    groupId: rng.chance(0.3) ? `g${rng.int(1, 20)}` : null,
    isGroupLead: rng.chance(0.05),
    embedding: rng.chance(0.6) ? Float32Array.from({ length: dim }, () => rng.int(0, 4)) : null,
  };
}

export function syntheticRequest(rng: Rng, now: Date, dim = 8): MatchRequest {
  const remote = rng.chance(0.4);
  return {
    craftId: rng.pick(TEST_CRAFTS),
    quantity: rng.int(1, 30),
    deadline: new Date(now.getTime() + rng.int(3, 40) * DAY),
    location: { lat: 20 + rng.range(-5, 5), lng: 80 + rng.range(-6, 6) },
    maxDistanceKm: remote ? null : rng.pick([50, 100, 300, 600]),
    remoteOk: remote,
    minLevel: rng.int(1, 4),
    preferredLanguages: rng.chance(0.6) ? [rng.pick(LANGS)] : [],
    referenceEmbedding: rng.chance(0.5) ? Float32Array.from({ length: dim }, () => rng.int(0, 4)) : null,
    hoursPerPiece: rng.pick([1, 2, 5]),
  };
}
