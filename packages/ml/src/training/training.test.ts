import { describe, expect, it } from 'vitest';
import { EVIDENCE_NAMES, type EvidenceFeatures } from '../scoring/evidence';
import { RuleScorer } from '../scoring/rules';
import { SCORE_DIMENSIONS } from '../scoring/types';
import { compareModels, evaluateScorer } from './compare';
import type { TrainingSample } from './dataset';
import { assignFolds } from './folds';
import { LearnedScorer } from './learned-scorer';
import { cholesky, choleskySolve, fromRows, timesTranspose } from './linalg';
import { parseRidgeModel } from './model';
import { RidgeProblem } from './ridge';
import { trainScorer } from './train';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

function randomFeatures(rand: () => number): EvidenceFeatures {
  return Object.fromEntries(EVIDENCE_NAMES.map((n) => [n, rand()])) as EvidenceFeatures;
}

/** Grades with a known linear relation to the evidence, plus ±1 point of noise. */
function gradesFor(f: EvidenceFeatures, noise: number) {
  return {
    technique: 10 + 50 * f.lineSharpness + 30 * f.symmetry + noise,
    complexity: 15 + 60 * f.detailAcrossScales + 20 * f.edgeDensity - noise,
    quality: 40 + 40 * f.colourRichness - 20 * f.patternRegularity + noise,
  };
}

function dataset(n: number, seed: number): TrainingSample[] {
  const rand = rng(seed);
  return Array.from({ length: n }, () => {
    const features = randomFeatures(rand);
    return { features, grades: gradesFor(features, (rand() - 0.5) * 2) };
  });
}

describe('linear algebra', () => {
  it('factors and solves an SPD system', () => {
    const a = fromRows([
      [4, 12, -16],
      [12, 37, -43],
      [-16, -43, 98],
    ]);
    const l = cholesky(a);
    expect(Array.from(l.data)).toEqual([2, 0, 0, 6, 1, 0, -8, 5, 3]);
    const llt = timesTranspose(l, l);
    expect(Array.from(llt.data)).toEqual(Array.from(a.data));
    const x = choleskySolve(l, fromRows([[1], [2], [3]]));
    // A·x = b
    const b = [0, 1, 2].map((i) => [0, 1, 2].reduce((s, j) => s + a.data[i * 3 + j]! * x.data[j]!, 0));
    b.forEach((v, i) => expect(v).toBeCloseTo(i + 1, 9));
    expect(() =>
      cholesky(
        fromRows([
          [1, 2],
          [2, 1],
        ]),
      ),
    ).toThrow(RangeError);
  });

  it('gives the same ridge solution in primal and dual form', () => {
    const rand = rng(3);
    const x = Array.from({ length: 8 }, () => Array.from({ length: 20 }, () => rand() - 0.5));
    const y = x.map((r) => [r[0]! * 3 - r[5]! + rand() * 0.1, r[2]!]);
    const primal = new RidgeProblem(x, y, 'primal').solve(0.5);
    const dual = new RidgeProblem(x, y).solve(0.5);
    expect(new RidgeProblem(x, y).usesDualForm).toBe(true);
    primal.weights.forEach((w, t) => w.forEach((v, j) => expect(dual.weights[t]![j]).toBeCloseTo(v, 9)));
    primal.intercepts.forEach((b, t) => expect(dual.intercepts[t]).toBeCloseTo(b, 9));
  });

  it('assigns balanced, deterministic folds', () => {
    const folds = assignFolds(23, 5, 1);
    expect(folds).toEqual(assignFolds(23, 5, 1));
    const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });
});

describe('trainScorer', () => {
  const samples = dataset(120, 7);
  const { model, metrics } = trainScorer(samples);

  it('recovers a known linear relation', () => {
    // Weights are on z-scores: divide by the feature's std to get points per unit of evidence.
    const slope = (d: (typeof SCORE_DIMENSIONS)[number], name: (typeof EVIDENCE_NAMES)[number]) => {
      const j = EVIDENCE_NAMES.indexOf(name);
      return model.targets[d].weights[j]! / model.stds[j]!;
    };
    expect(slope('technique', 'lineSharpness')).toBeCloseTo(50, -0.5);
    expect(slope('technique', 'symmetry')).toBeCloseTo(30, -0.5);
    expect(slope('complexity', 'detailAcrossScales')).toBeCloseTo(60, -0.5);
    expect(slope('quality', 'patternRegularity')).toBeCloseTo(-20, -0.5);
    expect(Math.abs(slope('technique', 'colourRichness'))).toBeLessThan(2);
    expect(metrics.meanMae).toBeLessThan(1.5);
    expect(metrics.folds).toBe(5);
    expect(metrics.samples).toBe(120);

    const scorer = new LearnedScorer(JSON.parse(JSON.stringify(model)));
    const probe = { ...randomFeatures(rng(99)) };
    const expected = gradesFor(probe, 0);
    const s = scorer.score({ features: probe });
    for (const d of SCORE_DIMENSIONS) expect(Math.abs(s[d] - expected[d])).toBeLessThanOrEqual(2);
    expect(s.modelVersion).toBe(model.modelVersion);
    expect(model.modelVersion).toMatch(/^ridge-[0-9a-f]{8}$/);
  });

  it('is deterministic and explains its scores', () => {
    expect(trainScorer(samples).model).toEqual(model);
    const scorer = new LearnedScorer(model);
    const s = scorer.score({ features: samples[0]!.features });
    for (const d of SCORE_DIMENSIONS) {
      const sum = s.explanation[d].reduce((a, c) => a + c.points, 0);
      expect(Math.abs(sum - s[d])).toBeLessThanOrEqual(1);
      expect(s.explanation[d].some((c) => c.source === 'baseline')).toBe(true);
    }
  });

  it('learns from reviewer overrides', () => {
    // Reviewers decide that rich colour is also good technique: they raise technique by 25 × colour.
    const overridden = samples.map((s) => ({
      ...s,
      grades: { ...s.grades, technique: s.grades.technique + 25 * s.features.colourRichness },
    }));
    const before = new LearnedScorer(model);
    const after = new LearnedScorer(trainScorer(overridden).model);
    expect(after.modelVersion).not.toBe(before.modelVersion);
    const base = { ...randomFeatures(rng(5)), colourRichness: 0.9 };
    const plain = { ...base, colourRichness: 0 };
    const gain = after.score({ features: base }).technique - before.score({ features: base }).technique;
    expect(gain).toBeGreaterThan(18);
    expect(gain).toBeLessThan(28);
    expect(
      Math.abs(after.score({ features: plain }).technique - before.score({ features: plain }).technique),
    ).toBeLessThanOrEqual(3);
    expect(after.score({ features: base }).complexity).toBe(before.score({ features: base }).complexity);
  });

  it('uses an embedding when every sample has one (dual form for wide inputs)', () => {
    const rand = rng(11);
    const wide: TrainingSample[] = Array.from({ length: 40 }, () => {
      const features = randomFeatures(rand);
      const embedding = Float32Array.from({ length: 64 }, () => rand());
      const g = gradesFor(features, 0);
      return { features, embedding, grades: { ...g, quality: 30 + 50 * embedding[7]! } };
    });
    const withEmb = trainScorer(wide);
    const without = trainScorer(wide, { useEmbedding: false });
    expect(withEmb.model.embeddingDims).toBe(64);
    expect(without.model.embeddingDims).toBe(0);
    expect(withEmb.metrics.perTarget.quality.mae).toBeLessThan(without.metrics.perTarget.quality.mae - 3);
    const s = new LearnedScorer(withEmb.model).score({
      features: wide[0]!.features,
      embedding: Float32Array.from(wide[0]!.embedding!),
    });
    expect(s.explanation.quality.some((c) => c.source === 'embedding')).toBe(true);
    expect(() =>
      new LearnedScorer(withEmb.model).score({ features: wide[0]!.features, embedding: new Float32Array(3) }),
    ).toThrow(RangeError);
  });

  it('refuses too few samples and damaged models', () => {
    expect(() => trainScorer(samples.slice(0, 5))).toThrow(RangeError);
    expect(() => parseRidgeModel({ ...model, means: [1] })).toThrow(TypeError);
    expect(() => parseRidgeModel({ ...model, kind: 'other' })).toThrow(TypeError);
    expect(parseRidgeModel(JSON.stringify(model))).toEqual(model);
  });
});

describe('compareModels', () => {
  const samples = dataset(60, 21);
  const candidate = trainScorer(samples).metrics;

  it('promotes a learned model that beats the rules on reviewer grades', () => {
    const current = evaluateScorer(new RuleScorer(), samples);
    expect(current.folds).toBe(0);
    const c = compareModels(candidate, current);
    expect(c).toMatchObject({ promote: true, reason: 'better' });
    expect(c.improvement!).toBeGreaterThan(5);
  });

  it('keeps the current model unless the candidate is better by a margin without regressions', () => {
    expect(compareModels(candidate, null)).toMatchObject({ promote: true, reason: 'no_current_model' });
    expect(compareModels(candidate, candidate)).toMatchObject({
      promote: false,
      reason: 'not_better_enough',
      improvement: 0,
    });
    const worseTechnique = {
      ...candidate,
      meanMae: candidate.meanMae - 3,
      perTarget: {
        ...candidate.perTarget,
        technique: { mae: candidate.perTarget.technique.mae - 9, rmse: 1 },
      },
    };
    expect(compareModels(candidate, worseTechnique)).toMatchObject({
      promote: false,
      reason: 'target_regressed',
    });
  });
});
