import { describe, expect, it } from 'vitest';
import { assessSkill, confidenceFrom } from './assess';
import { combineEmbeddings, combineEvidence } from './combine';
import { EVIDENCE_NAMES, type EvidenceFeatures } from './evidence';
import { levelForOverall, levelInfo, SKILL_LEVELS } from './levels';
import { RULES_V1_WEIGHTS, RuleScorer } from './rules';
import { OVERALL_WEIGHTS, SCORE_DIMENSIONS } from './types';

const uniform = (v: number): EvidenceFeatures =>
  Object.fromEntries(EVIDENCE_NAMES.map((n) => [n, v])) as EvidenceFeatures;

describe('RuleScorer (rules-v1)', () => {
  const scorer = new RuleScorer();

  it('has weights summing to 1 per score', () => {
    for (const dim of SCORE_DIMENSIONS) {
      expect(Object.values(RULES_V1_WEIGHTS[dim]).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
    expect(Object.values(OVERALL_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('maps all-zero and all-one evidence to 0 and 100, and reports its version', () => {
    expect(scorer.score({ features: uniform(0) })).toMatchObject({
      technique: 0,
      complexity: 0,
      quality: 0,
      overall: 0,
    });
    expect(scorer.score({ features: uniform(1) })).toMatchObject({
      technique: 100,
      complexity: 100,
      quality: 100,
      overall: 100,
    });
    expect(scorer.modelVersion).toBe('rules-v1');
    expect(scorer.score({ features: uniform(0.5) }).modelVersion).toBe('rules-v1');
  });

  it('explains each score: contributions add up to it', () => {
    const features: EvidenceFeatures = {
      edgeDensity: 0.62,
      detailAcrossScales: 0.41,
      patternRegularity: 0.9,
      symmetry: 0.33,
      colourRichness: 0.75,
      lineSharpness: 0.58,
    };
    const s = scorer.score({ features });
    for (const dim of SCORE_DIMENSIONS) {
      const sum = s.explanation[dim].reduce((a, c) => a + c.points, 0);
      expect(Math.abs(sum - s[dim])).toBeLessThanOrEqual(0.6);
      for (const c of s.explanation[dim]) expect(c.value).toBe(features[c.source as keyof EvidenceFeatures]);
    }
    // technique = 100 × (.35·.58 + .25·.9 + .2·.33 + .2·.62) = 61.8
    expect(s.technique).toBe(62);
    expect(s.overall).toBe(Math.round(0.4 * s.technique + 0.3 * s.complexity + 0.3 * s.quality));
  });

  it('never lowers a score when evidence improves', () => {
    const base = uniform(0.4);
    const before = scorer.score({ features: base });
    for (const name of EVIDENCE_NAMES) {
      const after = scorer.score({ features: { ...base, [name]: 0.9 } });
      for (const dim of SCORE_DIMENSIONS) expect(after[dim]).toBeGreaterThanOrEqual(before[dim]);
      expect(after.overall).toBeGreaterThan(before.overall);
    }
  });
});

describe('skill levels', () => {
  it('cut the overall score at 35/50/65/80', () => {
    expect([0, 34, 35, 49, 50, 64, 65, 79, 80, 100].map(levelForOverall)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });

  it('relate to rising NSQF ranges with English and Hindi descriptions', () => {
    SKILL_LEVELS.forEach((info, i) => {
      expect(info.level).toBe(i + 1);
      expect(levelInfo(info.level)).toBe(info);
      expect(info.nsqf.min).toBeLessThanOrEqual(info.nsqf.max);
      if (i > 0) expect(info.nsqf.min).toBeGreaterThanOrEqual(SKILL_LEVELS[i - 1]!.nsqf.min);
      expect(info.description.en.length).toBeGreaterThan(20);
      expect(info.description.hi).toMatch(/[\u0900-\u097F]/);
    });
  });
});

describe('assessSkill', () => {
  const scorer = new RuleScorer();

  it('weights photos by quality', () => {
    const combined = combineEvidence([
      { features: uniform(0.2), quality: 0.9 },
      { features: uniform(0.8), quality: 0.3 },
    ]);
    expect(combined.symmetry).toBeCloseTo((0.2 * 0.9 + 0.8 * 0.3) / 1.2, 3);
    expect(() => combineEvidence([])).toThrow(RangeError);
    const emb = combineEmbeddings([
      { features: uniform(0), quality: 1, embedding: Float32Array.from([1, 0]) },
      { features: uniform(0), quality: 1, embedding: Float32Array.from([0, 1]) },
    ]);
    expect(Array.from(emb!)).toEqual([0.5, 0.5]);
    expect(combineEmbeddings([{ features: uniform(0), quality: 1 }])).toBeUndefined();
  });

  it('is more confident with more photos that agree, less when they disagree', () => {
    const one = assessSkill([{ features: uniform(0.6), quality: 0.9 }], scorer);
    const three = assessSkill(
      [0.6, 0.62, 0.58].map((v) => ({ features: uniform(v), quality: 0.9 })),
      scorer,
    );
    const clash = assessSkill(
      [0.1, 0.9, 0.6].map((v) => ({ features: uniform(v), quality: 0.9 })),
      scorer,
    );
    expect(three.confidence).toBeGreaterThan(one.confidence);
    expect(clash.confidence).toBeLessThan(three.confidence - 0.2);
    expect(three.confidenceParts).toEqual({
      photoQuality: 0.9,
      photoCount: 1,
      agreement: expect.any(Number),
    });
    expect(three.confidence).toBe(confidenceFrom(three.confidenceParts));
    expect(three.level).toBe(levelForOverall(three.scores.overall));
    expect(three.photoOverall).toHaveLength(3);
  });

  it('is less confident on poor photos', () => {
    const good = assessSkill([{ features: uniform(0.6), quality: 0.95 }], scorer);
    const poor = assessSkill([{ features: uniform(0.6), quality: 0.4 }], scorer);
    expect(poor.scores.overall).toBe(good.scores.overall);
    expect(poor.confidence).toBeLessThan(good.confidence);
  });
});
