import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../shared/prng';
import { syntheticCandidate, syntheticRequest } from '../../testing/synthetic';
import { MatchIndex } from '../engine/match-index';
import { createWeightedRanker, scoreFeatures } from '../ranker';
import { rankCandidates } from '../scan';
import type { FeatureVector, RankContext } from '../types';
import { fitLogistic, sigmoid, solve } from './logistic';
import { auc, ndcgAt } from './metrics';
import { logisticRanker, parseModel, serializeModel } from './model';
import { chooseRanker, shouldPromote } from './promote';
import { outcomeLabel, trainRanker, type RankingOutcome } from './train';

const trainedAt = new Date('2025-03-03T04:30:00Z');
const ctx: RankContext = { remote: false, hasLanguagePreference: true, hasReference: false };

/** A world where reliability (on time, response) decides outcomes far more than the weighted ranker assumes. */
function outcomes(rng: Rng, requests: number, perRequest = 8): RankingOutcome[] {
  const out: RankingOutcome[] = [];
  for (let r = 0; r < requests; r++) {
    for (let i = 0; i < perRequest; i++) {
      const f: FeatureVector = {
        skill: rng.next(),
        onTime: rng.next(),
        rating: rng.next(),
        response: rng.next(),
        proximity: rng.next(),
        language: rng.chance(0.5) ? 1 : 0,
        similarity: 0.5,
      };
      const good = rng.next() < sigmoid(-3 + 0.5 * f.skill + 4 * f.onTime + 3 * f.response - 1 * f.proximity);
      const accepted = good || rng.chance(0.3);
      out.push({
        requestId: `r${r}`,
        artisanId: `a${r}-${i}`,
        features: f,
        context: ctx,
        accepted,
        deliveredOnTime: accepted ? good : null,
        buyerRating: good && rng.chance(0.5) ? 5 : null,
      });
    }
  }
  return out;
}

describe('logistic regression (IRLS)', () => {
  it('solves small linear systems', () => {
    expect(
      solve(
        [
          [2, 1],
          [1, 3],
        ],
        [3, 5],
      ).map((x) => Math.round(x * 1e9) / 1e9),
    ).toEqual([0.8, 1.4]);
  });

  it('recovers the direction of known coefficients', () => {
    const rng = createRng(3);
    const x = Array.from({ length: 3000 }, () => [rng.normal(), rng.normal(), rng.normal()]);
    const y = x.map(([a, b]) => (rng.next() < sigmoid(0.5 + 2 * a! - 1 * b!) ? 1 : 0));
    const fit = fitLogistic(x, y, 0.1);
    expect(fit.converged).toBe(true);
    expect(fit.coef[0]).toBeGreaterThan(1.6);
    expect(fit.coef[0]).toBeLessThan(2.4);
    expect(fit.coef[1]).toBeLessThan(-0.7);
    expect(Math.abs(fit.coef[2]!)).toBeLessThan(0.2);
    expect(fit.bias).toBeGreaterThan(0.2);
  });
});

describe('ranking metrics', () => {
  it('compute AUC with ties and NDCG@k per request', () => {
    expect(auc([0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0])).toBe(1);
    expect(auc([0.1, 0.2], [1, 0])).toBe(0);
    expect(auc([0.5, 0.5], [1, 0])).toBe(0.5);
    expect(auc([1, 2], [1, 1])).toBeNaN();
    const perfect = [
      { group: 'g', id: 'a', score: 2, label: 1 },
      { group: 'g', id: 'b', score: 1, label: 0 },
    ];
    expect(ndcgAt(10, perfect)).toBe(1);
    const swapped = [
      { group: 'g', id: 'a', score: 1, label: 1 },
      { group: 'g', id: 'b', score: 2, label: 0 },
    ];
    expect(ndcgAt(10, swapped)).toBeCloseTo(1 / Math.log2(3));
  });
});

describe('learned ranker', () => {
  const rng = createRng(99);
  const data = outcomes(rng, 60); // 480 outcomes
  const model = trainRanker(data, { trainedAt });

  it('labels good outcomes: accepted and on time, or rated 4+', () => {
    const o = data[0]!;
    expect(outcomeLabel({ ...o, accepted: true, deliveredOnTime: true, buyerRating: null })).toBe(1);
    expect(outcomeLabel({ ...o, accepted: true, deliveredOnTime: false, buyerRating: 3 })).toBe(0);
    expect(outcomeLabel({ ...o, accepted: false, deliveredOnTime: null, buyerRating: 4 })).toBe(1);
  });

  it('beats the weighted ranker on held-out requests and learns what matters', () => {
    const { candidate, baseline } = model.evaluation;
    expect(model.evaluation.folds).toBe(5);
    expect(baseline.rankerId).toBe('weighted-v1');
    expect(candidate.auc).toBeGreaterThan(baseline.auc + 0.05);
    expect(candidate.ndcg10).toBeGreaterThan(baseline.ndcg10);
    expect(model.coef.onTime).toBeGreaterThan(model.coef.skill);
    expect(model.coef.proximity).toBeLessThan(0);
    expect(model.version).toBe('logistic-20250303T043000Z-n480');
  });

  it('round-trips through JSON and scores identically', () => {
    const again = parseModel(serializeModel(model));
    const f = data[5]!.features;
    expect(scoreFeatures(logisticRanker(again), ctx, f)).toEqual(
      scoreFeatures(logisticRanker(model), ctx, f),
    );
    expect(() => parseModel({ ...model, formatVersion: 2 })).toThrow(RangeError);
    expect(() => parseModel({ ...model, coef: { ...model.coef, skill: 'x' } })).toThrow(/skill/);
  });

  it('is promoted only with enough outcomes and a real gain; weighted stays the default until then', () => {
    expect(shouldPromote(model).promote).toBe(true);
    const small = trainRanker(data.slice(0, 120), { trainedAt });
    const decision = shouldPromote(small);
    expect(decision.promote).toBe(false);
    expect(decision.checks.find((c) => c.check === 'enough_outcomes')?.passed).toBe(false);
    expect(shouldPromote(model, { auc: model.evaluation.candidate.auc, ndcg10: 0 }).promote).toBe(false);
    expect(chooseRanker(150, model).kind).toBe('weighted');
    expect(chooseRanker(500, null).kind).toBe('weighted');
    expect(chooseRanker(500, model).id).toBe(model.version);
  });

  it('refuses to train without both kinds of outcome', () => {
    const allGood = data.slice(0, 20).map((o) => ({ ...o, accepted: true, deliveredOnTime: true }));
    expect(() => trainRanker(allGood, { trainedAt })).toThrow(RangeError);
  });

  it('drives the index exactly like the plain scan', () => {
    const ranker = logisticRanker(model);
    const now = trainedAt;
    const r2 = createRng(5);
    const candidates = Array.from({ length: 1500 }, (_, i) => syntheticCandidate(r2, i, now));
    const index = MatchIndex.build(candidates, { ranker });
    for (let q = 0; q < 30; q++) {
      const request = syntheticRequest(r2, now);
      const got = index.match(request, now);
      expect(got.rankerId).toBe(model.version);
      expect(got.matches).toEqual(rankCandidates(candidates, request, now, { ranker }).matches);
      got.matches.forEach((m) => expect(m.score).toBeCloseTo(sigmoid(m.raw)));
    }
    expect(createWeightedRanker().kind).toBe('weighted');
  });
});
