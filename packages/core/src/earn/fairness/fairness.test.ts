import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../matching/scan';
import type { Candidate, Match } from '../matching/types';
import { giniCoefficient } from './gini';
import { DEFAULT_FAIRNESS_POLICY } from './policy';
import { rerankForFairness } from './rerank';

const now = new Date('2025-03-03T04:30:00Z');
const DAY = 86_400_000;
const veteran = new Date(now.getTime() - 400 * DAY);
const newcomer = new Date(now.getTime() - 20 * DAY);

function match(id: string, score: number, rank: number, joinedAt = veteran): Match {
  return {
    artisanId: id,
    rank,
    score,
    raw: score,
    distanceKm: 10,
    capacity: 20,
    level: 3,
    skillScore: 70,
    joinedAt,
    groupId: null,
    features: {
      skill: 0.7,
      onTime: 0.9,
      rating: 0.9,
      response: 0.9,
      proximity: 0.8,
      language: 1,
      similarity: 0.5,
    },
    reasons: [{ key: 'skill', params: { craftId: 'kantha', level: 3 } }],
  };
}

/** 15 established artisans scoring 0.90, 0.89, … (10th = 0.81), each with plenty of recent offers. */
const established = Array.from({ length: 15 }, (_, i) =>
  match(`v${String(i).padStart(2, '0')}`, 0.9 - i * 0.01, i + 1),
);
const busy = new Map(established.map((m) => [m.artisanId, 8]));

function pool(extra: Match[]): Match[] {
  return [...established, ...extra].sort((a, b) => b.score - a.score).map((m, i) => ({ ...m, rank: i + 1 }));
}

describe('fairness re-ranking', () => {
  it('brings a qualified newcomer with a close score into the top 10', () => {
    const out = rerankForFairness(pool([match('new', 0.795, 0, newcomer)]), busy, now);
    expect(out).toHaveLength(10);
    const placed = out.find((m) => m.artisanId === 'new');
    expect(placed?.boost).toBe('newcomer');
    expect(placed?.rank).toBeLessThanOrEqual(4);
    expect(placed?.reasons[0]?.key).toBe('newcomer_boost');
    expect(out.map((m) => m.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(out.some((m) => m.artisanId === 'v09')).toBe(false); // the lowest established one made room
  });

  it('does not push up a clearly worse newcomer', () => {
    const out = rerankForFairness(pool([match('new', 0.5, 0, newcomer)]), busy, now);
    expect(out.map((m) => m.artisanId)).toEqual(established.slice(0, 10).map((m) => m.artisanId));
    expect(out.every((m) => m.boost === null)).toBe(true);
  });

  it('keeps at least ⌊0.3·i⌋ protected artisans in every prefix when enough are eligible', () => {
    const extra = [match('u1', 0.8, 0), match('u2', 0.79, 0), match('u3', 0.77, 0), match('u4', 0.76, 0)];
    const out = rerankForFairness(pool(extra), busy, now); // u* have no recent offers: under-exposed
    const positions = out.filter((m) => m.artisanId.startsWith('u')).map((m) => m.rank);
    expect(positions).toEqual([4, 7, 10]);
    expect(out.filter((m) => m.boost === 'under_exposed').map((m) => m.artisanId)).toEqual([
      'u1',
      'u2',
      'u3',
    ]);
  });

  it('leaves the order alone when protected artisans are already in it, and is deterministic', () => {
    const offers = new Map(busy);
    offers.set('v02', 0).set('v05', 1).set('v08', 0);
    const a = rerankForFairness(established, offers, now);
    const b = rerankForFairness(established, offers, now);
    expect(a).toEqual(b);
    expect(a.map((m) => m.artisanId)).toEqual(established.slice(0, 10).map((m) => m.artisanId));
  });

  it('works on a real engine pool', () => {
    const base: Candidate = {
      id: '',
      crafts: [{ craftId: 'kantha', level: 3, score: 80, capacityPerWeek: 10 }],
      lat: 22.57,
      lng: 88.36,
      weeklyHours: 30,
      availableDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      currentWorkloadHours: 0,
      languages: ['bn'],
      onTimeRate: 0.95,
      rating: 4.8,
      responseRate: 0.95,
      joinedAt: veteran,
    };
    const candidates = Array.from({ length: 12 }, (_, i) => ({ ...base, id: `v${i}` }));
    // No history yet (priors) but a slightly higher skill score: about 4 points behind the others.
    const skill = [{ craftId: 'kantha', level: 3, score: 85, capacityPerWeek: 10 }];
    candidates.push({
      ...base,
      id: 'n',
      crafts: skill,
      joinedAt: newcomer,
      onTimeRate: null,
      rating: null,
      responseRate: null,
    });
    const request = {
      craftId: 'kantha',
      quantity: 5,
      deadline: new Date(now.getTime() + 20 * DAY),
      location: { lat: 22.6, lng: 88.4 },
      maxDistanceKm: 50,
      minLevel: 2,
      preferredLanguages: ['bn' as const],
      hoursPerPiece: 4,
    };
    const { matches } = rankCandidates(candidates, request, now, { k: DEFAULT_FAIRNESS_POLICY.poolSize });
    expect(matches.slice(0, 10).some((m) => m.artisanId === 'n')).toBe(false);
    const fair = rerankForFairness(matches, new Map(candidates.map((c) => [c.id, 5])), now);
    expect(fair.find((m) => m.artisanId === 'n')?.boost).toBe('newcomer');
  });
});

describe('Gini coefficient of exposure', () => {
  it('is 0 for equal exposure and grows with concentration', () => {
    expect(giniCoefficient([])).toBe(0);
    expect(giniCoefficient([0, 0, 0])).toBe(0);
    expect(giniCoefficient([3, 3, 3, 3])).toBe(0);
    expect(giniCoefficient([0, 0, 0, 10])).toBeCloseTo(0.75);
    expect(giniCoefficient([1, 2, 3, 4])).toBeCloseTo(0.25);
    expect(() => giniCoefficient([1, -1])).toThrow(RangeError);
  });
});
