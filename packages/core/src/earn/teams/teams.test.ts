import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGS } from '../../i18n/lang';
import { rankCandidates, teamCandidatesFrom } from '../matching/scan';
import type { Candidate, TeamCandidate } from '../matching/types';
import { createRng } from '../shared/prng';
import { allocate } from './allocate';
import { renderTeamReason, TEAM_MESSAGES, TEAM_REASON_KEYS } from './messages';
import { proposeTeam } from './propose';

const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('allocate', () => {
  it('splits whole pieces by weight with the largest remainders', () => {
    expect(
      allocate(10, [
        { weight: 1, capacity: 10 },
        { weight: 1, capacity: 10 },
        { weight: 1, capacity: 10 },
      ]),
    ).toEqual([4, 3, 3]);
    expect(
      allocate(7, [
        { weight: 3, capacity: 10 },
        { weight: 1, capacity: 10 },
      ]),
    ).toEqual([5, 2]);
  });

  it('caps a member at her capacity and shares the rest among the others', () => {
    expect(
      allocate(10, [
        { weight: 10, capacity: 3 },
        { weight: 1, capacity: 20 },
      ]),
    ).toEqual([3, 7]);
    expect(() => allocate(10, [{ weight: 1, capacity: 4 }])).toThrow(RangeError);
  });

  it('always sums exactly to the quantity, within capacities and within one piece of the fair share', () => {
    const rng = createRng(11);
    for (let t = 0; t < 500; t++) {
      const members = Array.from({ length: rng.int(1, 12) }, () => ({
        weight: rng.range(0, 100),
        capacity: rng.int(0, 40),
      }));
      const quantity = rng.int(0, total(members.map((m) => m.capacity)));
      const out = allocate(quantity, members);
      expect(total(out)).toBe(quantity);
      out.forEach((x, i) => {
        expect(Number.isInteger(x)).toBe(true);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(members[i]!.capacity);
      });
      if (members.every((m) => m.capacity >= quantity) && members.some((m) => m.weight > 0)) {
        const w = total(members.map((m) => m.weight));
        out.forEach((x, i) => expect(Math.abs(x - (quantity * members[i]!.weight) / w)).toBeLessThan(1));
      }
    }
  });
});

function cand(id: string, capacity: number, extra: Partial<TeamCandidate> = {}): TeamCandidate {
  return {
    artisanId: id,
    capacity,
    level: 3,
    skillScore: 70,
    score: 0.7,
    distanceKm: 10,
    lat: 25.3,
    lng: 83.0,
    groupId: null,
    isGroupLead: false,
    ...extra,
  };
}

describe('proposeTeam', () => {
  const shg = [
    cand('g1', 10, { groupId: 'shg-a', isGroupLead: true }),
    cand('g2', 8, { groupId: 'shg-a' }),
    cand('g3', 6, { groupId: 'shg-a', skillScore: 90 }),
  ];
  const smallGroup = [cand('h1', 9, { groupId: 'shg-b' }), cand('h2', 9, { groupId: 'shg-b' })];
  const near = cand('n1', 10, { lat: 25.35, lng: 83.0 });
  const far = cand('n2', 10, { lat: 27.0, lng: 83.0 });

  it('puts the group with the most capacity first, then the nearest artisans, and splits exactly', () => {
    const team = proposeTeam([far, ...smallGroup, near, ...shg], 30)!;
    expect(team.groupId).toBe('shg-a');
    expect(team.leadArtisanId).toBe('g1');
    expect(team.members.map((m) => m.artisanId).sort()).toEqual(['g1', 'g2', 'g3', 'h1']); // h1 and h2 are equally near
    expect(total(team.members.map((m) => m.quantity))).toBe(30);
    team.members.forEach((m) => expect(m.quantity).toBeLessThanOrEqual(m.capacity));
    expect(team.explanation.map((r) => r.key)).toEqual([
      'team_summary',
      'team_group',
      'team_nearby',
      'team_split_rule',
      'team_lead',
    ]);
    expect(team.explanation[1]!.params).toEqual({
      members: 3,
      pieces: total(team.members.filter((m) => m.fromGroup).map((m) => m.quantity)),
    });
  });

  it('gives more to more capacity × skill', () => {
    const team = proposeTeam([cand('a', 10, { skillScore: 90 }), cand('b', 10, { skillScore: 45 })], 12)!;
    expect(team.members.map((m) => [m.artisanId, m.quantity])).toEqual([
      ['a', 8],
      ['b', 4],
    ]);
    expect(team.groupId).toBeNull();
    expect(team.leadArtisanId).toBeNull();
  });

  it('returns undefined when even a team cannot cover it', () => {
    expect(proposeTeam([...shg, near], 100)).toBeUndefined();
    expect(
      proposeTeam(
        Array.from({ length: 40 }, (_, i) => cand(`x${i}`, 1)),
        30,
        { maxMembers: 25 },
      ),
    ).toBeUndefined();
  });

  it('covers a bulk order from the engine’s candidates when no single artisan can', () => {
    const now = new Date('2025-03-03T04:30:00Z');
    const base: Omit<Candidate, 'id'> = {
      crafts: [{ craftId: 'block-printing', level: 3, score: 75, capacityPerWeek: 15 }],
      lat: 26.9,
      lng: 75.8,
      weeklyHours: 30,
      availableDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
      currentWorkloadHours: 0,
      languages: ['hi'],
      onTimeRate: 0.9,
      rating: 4.4,
      responseRate: 0.8,
      joinedAt: new Date('2024-05-01'),
    };
    const artisans: Candidate[] = Array.from({ length: 8 }, (_, i) => ({
      ...base,
      id: `p${i}`,
      groupId: i < 5 ? 'bagru-shg' : null,
      isGroupLead: i === 2,
      lat: 26.9 + i * 0.01,
    }));
    const request = {
      craftId: 'block-printing',
      quantity: 120,
      deadline: new Date(now.getTime() + 22 * 86_400_000),
      location: { lat: 28.6, lng: 77.2 },
      maxDistanceKm: 400,
      minLevel: 2,
      preferredLanguages: [],
      hoursPerPiece: 2,
    };
    expect(rankCandidates(artisans, request, now).matches).toEqual([]);
    const team = proposeTeam(teamCandidatesFrom(artisans, request, now), request.quantity)!;
    expect(total(team.members.map((m) => m.quantity))).toBe(120);
    expect(team.groupId).toBe('bagru-shg');
    expect(team.leadArtisanId).toBe('p2');
  });
});

describe('team messages', () => {
  it('exist in all five languages with the same placeholders and render', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const lang of SUPPORTED_LANGS) {
      for (const key of TEAM_REASON_KEYS)
        expect(holes(TEAM_MESSAGES[lang][key]), `${lang}:${key}`).toEqual(holes(TEAM_MESSAGES.en[key]));
    }
    expect(renderTeamReason({ key: 'team_summary', params: { members: 4, quantity: 30 } }, 'hi')).toBe(
      '4 कारीगरों की टीम आख़िरी तारीख से पहले सभी 30 पीस बना सकती है',
    );
  });
});
