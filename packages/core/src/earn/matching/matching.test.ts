import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGS } from '../../i18n/lang';
import { createRng } from '../shared/prng';
import { syntheticCandidate, syntheticRequest } from '../testing/synthetic';
import { piecesBeforeDeadline, weeksByMask, dayMask } from './availability';
import { buildLayout, cellCol, cellRow } from './engine/layout';
import { MatchIndex } from './engine/match-index';
import { createWeightedRanker } from './ranker';
import { haversineKm } from './geo';
import { MATCH_MESSAGES, MATCH_REASON_KEYS, renderMatchReason } from './messages';
import { rankCandidates, teamCandidatesFrom } from './scan';
import type { Candidate, MatchRequest } from './types';
import { validateMatchRequest } from './validate';

const now = new Date('2025-03-03T04:30:00Z'); // Monday 10:00 IST
const DAY = 86_400_000;

const base: Candidate = {
  id: 'base',
  crafts: [{ craftId: 'chikankari', level: 3, score: 70, capacityPerWeek: 10 }],
  lat: 26.85,
  lng: 80.95, // Lucknow
  weeklyHours: 35,
  availableDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  currentWorkloadHours: 0,
  languages: ['hi'],
  onTimeRate: 0.9,
  rating: 4.5,
  responseRate: 0.9,
  joinedAt: new Date('2024-01-01'),
};
const request: MatchRequest = {
  craftId: 'chikankari',
  quantity: 10,
  deadline: new Date(now.getTime() + 15 * DAY),
  location: { lat: 26.85, lng: 80.95 },
  maxDistanceKm: 100,
  minLevel: 3,
  preferredLanguages: ['hi'],
  hoursPerPiece: 5,
};
const ids = (cs: Candidate[], r = request) => rankCandidates(cs, r, now).matches.map((m) => m.artisanId);

describe('geometry and time', () => {
  it('measures great-circle distance on the earthdistance sphere', () => {
    const delhiMumbai = haversineKm(28.6139, 77.209, 19.076, 72.8777);
    expect(delhiMumbai).toBeGreaterThan(1148);
    expect(delhiMumbai).toBeLessThan(1160);
    expect(haversineKm(10, 20, 10, 20)).toBe(0);
  });

  it('counts her working days strictly between today and the deadline day (IST)', () => {
    const weeks = weeksByMask(now, new Date('2025-03-17T06:00:00Z')); // Tue 4th … Sun 16th: 13 days
    expect(weeks[dayMask(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])]).toBeCloseTo(13 / 7);
    expect(weeks[dayMask(['mon'])]).toBe(1); // only Monday the 10th
    expect(weeks[dayMask(['tue'])]).toBe(2); // 4th and 11th
    expect(weeks[0]).toBe(0);
    expect(weeksByMask(now, new Date(now.getTime() + DAY))[127]).toBe(0);
  });

  it('limits pieces by both capacity and free hours', () => {
    expect(piecesBeforeDeadline(4, 10, 5, 2, 5)).toBe(3); // (10·2 − 5) / 5 hours
    expect(piecesBeforeDeadline(1, 40, 0, 2, 1)).toBe(2); // capacity 1 a week
    expect(piecesBeforeDeadline(10, 10, 50, 2, 1)).toBe(0); // workload exceeds time
    expect(piecesBeforeDeadline(3, 30, 0, 1 / 3, 1)).toBe(1); // 0.9999… counts as 1
  });
});

describe('hard constraints', () => {
  it('keeps an artisan who meets every constraint', () => {
    expect(ids([base])).toEqual(['base']);
  });

  it.each([
    ['no skill in the craft', { crafts: [{ craftId: 'kantha', level: 5, score: 90, capacityPerWeek: 10 }] }],
    [
      'level below the minimum',
      { crafts: [{ craftId: 'chikankari', level: 2, score: 90, capacityPerWeek: 10 }] },
    ],
    ['too far', { lat: 28.61, lng: 77.2 }],
    ['not enough free hours', { currentWorkloadHours: 40 }],
    [
      'capacity below the quantity',
      { crafts: [{ craftId: 'chikankari', level: 3, score: 70, capacityPerWeek: 4 }] },
    ],
    ['no working days', { availableDays: [] }],
  ] as const)('drops an artisan with %s', (_, change) => {
    expect(ids([{ ...base, ...change } as Candidate])).toEqual([]);
  });

  it('ignores distance when remote work is fine', () => {
    const far = { ...base, id: 'far', lat: 13.08, lng: 80.27 }; // Chennai
    expect(ids([far], { ...request, remoteOk: true })).toEqual(['far']);
  });
});

describe('ranking', () => {
  it('prefers the better artisan, explains why, and breaks ties by id', () => {
    const better = { ...base, id: 'b', onTimeRate: 1, crafts: [{ ...base.crafts[0]!, score: 90 }] };
    const twin = { ...base, id: 'a' };
    const result = rankCandidates([base, better, twin], request, now);
    expect(result.matches.map((m) => [m.artisanId, m.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['base', 3],
    ]);
    const top = result.matches[0]!;
    expect(top.score).toBeGreaterThan(result.matches[1]!.score);
    expect(top.reasons[0]).toMatchObject({ key: 'skill', params: { craftId: 'chikankari', level: 3 } });
    expect(top.reasons.map((r) => r.key)).toEqual(
      expect.arrayContaining(['distance', 'language', 'capacity', 'on_time']),
    );
    expect(top.distanceKm).toBe(0);
  });

  it('returns at most k matches, 10 by default', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...base, id: `x${i}` }));
    expect(rankCandidates(many, request, now).matches).toHaveLength(10);
    expect(rankCandidates(many, request, now, { k: 3 }).matches).toHaveLength(3);
  });

  it('rewards visual similarity only when the buyer gave reference photos', () => {
    const looksAlike = { ...base, id: 'alike', embedding: Float32Array.from([1, 0, 0]) };
    const differs = { ...base, id: 'differs', embedding: Float32Array.from([0, 1, 0]) };
    const withRef = rankCandidates(
      [differs, looksAlike],
      { ...request, referenceEmbedding: Float32Array.from([1, 0, 0]) },
      now,
    );
    expect(withRef.matches.map((m) => m.artisanId)).toEqual(['alike', 'differs']);
    expect(withRef.matches[0]!.reasons.find((r) => r.key === 'similarity')?.params.percent).toBe(100);
    expect(ids([differs, looksAlike])).toEqual(['alike', 'differs']); // tie → id order
  });

  it('scores a newcomer on her skill with priors, not zeros, and says she is new', () => {
    const newcomer = { ...base, id: 'new', onTimeRate: null, rating: null, responseRate: null };
    const m = rankCandidates([newcomer], request, now).matches[0]!;
    expect(m.features.onTime).toBeGreaterThan(0.5);
    expect(m.reasons.at(-1)?.key).toBe('new_artisan');
  });
});

describe('the index', () => {
  const rng = createRng(42);
  const candidates = Array.from({ length: 4000 }, (_, i) => syntheticCandidate(rng, i, now));
  const index = MatchIndex.build(candidates, { cellDegrees: 0.5 });

  it('returns exactly the plain scan’s top 10, scanning less', () => {
    let compared = 0;
    let scanned = 0;
    let entries = 0;
    for (let q = 0; q < 120; q++) {
      const req = syntheticRequest(rng, now);
      const expected = rankCandidates(candidates, req, now);
      const got = index.match(req, now);
      expect(got.matches).toEqual(expected.matches);
      compared += expected.matches.length;
      scanned += got.scanned;
      entries += candidates.filter((c) => c.crafts.some((k) => k.craftId === req.craftId)).length;
    }
    expect(compared).toBeGreaterThan(500);
    expect(scanned).toBeLessThan(entries / 2);
  });

  it('lays entries out by craft, cell and level with exact prune bounds', () => {
    const layout = buildLayout(candidates, createWeightedRanker());
    const { entries, geoOffsets, remoteOrder, remoteOffsets, remoteBound, grid } = layout;
    expect([...remoteOrder].sort((a, b) => a - b)).toEqual([...Array(entries.count).keys()]);
    const wrong: string[] = [];
    const check = (
      offsets: Int32Array,
      at: (i: number) => number,
      bound: (i: number) => number,
      key: (e: number) => number,
    ) => {
      for (let k = 0; k + 1 < offsets.length; k++) {
        let max = -Infinity;
        for (let i = offsets[k + 1]! - 1; i >= offsets[k]!; i--) {
          max = Math.max(max, entries.staticRaw[at(i)]!);
          if (key(at(i)) !== k || bound(i) !== max) wrong.push(`${k}:${i}`);
        }
      }
    };
    const craftSlot = (e: number) => entries.craft[e]!;
    const slots = new Map([...layout.crafts].map(([id, slot]) => [slot, id]));
    for (let e = 0; e < entries.count; e++) {
      const skill = candidates[entries.artisan[e]!]!.crafts.find(
        (k) => k.craftId === slots.get(entries.craft[e]!),
      )!;
      if (skill.level !== entries.level[e] || skill.score !== entries.score[e]) wrong.push(`entry ${e}`);
    }
    const cellOf = (e: number) =>
      cellRow(grid, layout.artisans.lat[entries.artisan[e]!]!) * grid.cols +
      cellCol(grid, layout.artisans.lng[entries.artisan[e]!]!);
    check(
      geoOffsets,
      (i) => i,
      (i) => entries.staticBound[i]!,
      (e) => (craftSlot(e) * grid.rows * grid.cols + cellOf(e)) * 5 + 5 - entries.level[e]!,
    );
    check(
      remoteOffsets,
      (i) => remoteOrder[i]!,
      (i) => remoteBound[i]!,
      (e) => craftSlot(e) * 5 + 5 - entries.level[e]!,
    );
    expect(wrong).toEqual([]);
  });

  it('stays exact with near-ties in the static part', () => {
    const close = Array.from({ length: 3000 }, (_, i) => ({
      ...base,
      id: `c${String(i).padStart(4, '0')}`,
      // A few far-apart scores widen the range, so the rest differ by less than one quantisation step.
      crafts: [
        { ...base.crafts[0]!, score: i % 500 === 0 ? (i % 1000) / 10 : 70 + ((i * 7919) % 3000) * 1e-12 },
      ],
      lat: base.lat + (i % 50) * 0.01,
    }));
    const closeIndex = MatchIndex.build(close);
    for (const req of [request, { ...request, remoteOk: true }, { ...request, preferredLanguages: [] }]) {
      expect(closeIndex.match(req, now).matches).toEqual(rankCandidates(close, req, now).matches);
    }
  });

  it('finds the same team candidates as the plain scan', () => {
    for (let q = 0; q < 10; q++) {
      const req = syntheticRequest(rng, now);
      const sort = (xs: { artisanId: string }[]) => xs.map((x) => x.artisanId).sort();
      expect(sort(index.teamCandidates(req, now))).toEqual(sort(teamCandidatesFrom(candidates, req, now)));
    }
  });

  it('reports its size', () => {
    const stats = index.stats();
    expect(stats.artisans).toBe(4000);
    expect(stats.crafts).toBe(5);
    expect(stats.typedBytes).toBeGreaterThan(0);
  });
});

describe('validation', () => {
  it('accepts a good request and names each bad field', () => {
    expect(validateMatchRequest(request, now)).toEqual([]);
    const bad = validateMatchRequest(
      {
        ...request,
        craftId: 'plastic-flowers',
        quantity: -3,
        deadline: new Date(now.getTime() - DAY),
        maxDistanceKm: 0,
        minLevel: 7,
      },
      now,
    );
    expect(bad.map((p) => p.code).sort()).toEqual([
      'craft_unknown',
      'deadline_past',
      'distance_invalid',
      'min_level_invalid',
      'quantity_invalid',
    ]);
  });
});

describe('reason messages', () => {
  it('exist for every key in all five languages with the same placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const lang of SUPPORTED_LANGS) {
      for (const key of MATCH_REASON_KEYS) {
        const [buyer, artisan] = MATCH_MESSAGES[lang][key];
        expect(buyer && artisan, `${lang}:${key}`).toBeTruthy();
        expect(holes(buyer), `${lang}:${key}`).toEqual(holes(MATCH_MESSAGES.en[key][0]));
        expect(holes(artisan), `${lang}:${key}`).toEqual(holes(MATCH_MESSAGES.en[key][1]));
      }
    }
  });

  it('render craft, level and language names in the reader’s language', () => {
    const skill = { key: 'skill', params: { craftId: 'chikankari', level: 4 } };
    expect(renderMatchReason(skill, 'en')).toBe('Certified Expert (level 4) in Chikankari');
    expect(renderMatchReason(skill, 'hi', 'artisan')).toMatch(/चिकन.*माहिर/);
    expect(renderMatchReason({ key: 'language', params: { lang: 'ta' } }, 'bn')).toBe('তামিল বলেন');
    expect(renderMatchReason({ key: 'distance', params: { km: 12.5 } }, 'mr', 'artisan')).toContain('12.5');
  });
});
