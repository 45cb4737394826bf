import { describe, expect, it } from 'vitest';
import type { SafetyScores } from './port';
import { assessSafety, DEFAULT_SAFETY_POLICY, isExplicit, topSafetyClass } from './safety';

const probs = (p: Partial<SafetyScores>): SafetyScores => {
  const base = { Drawing: 0, Hentai: 0, Porn: 0, Sexy: 0, ...p };
  const rest = 1 - base.Drawing - base.Hentai - base.Porn - base.Sexy;
  return { ...base, Neutral: p.Neutral ?? rest };
};

describe('safety policy', () => {
  it('rejects when Porn + Hentai is high, even split between the two', () => {
    expect(isExplicit(probs({ Porn: 0.7 }))).toBe(true);
    expect(isExplicit(probs({ Porn: 0.35, Hentai: 0.3 }))).toBe(true);
    expect(assessSafety(probs({ Hentai: 0.62 })).rule).toBe('explicit');
  });

  it('rejects a mostly explicit-or-revealing photo', () => {
    const d = assessSafety(probs({ Porn: 0.4, Sexy: 0.55 }));
    expect(d).toMatchObject({ verdict: 'reject', rule: 'explicit-and-sexy' });
  });

  it('does not reject a saree photo with skin that the model finds "Sexy"; a reviewer looks instead', () => {
    expect(isExplicit(probs({ Sexy: 0.9, Porn: 0.03 }))).toBe(false);
    expect(assessSafety(probs({ Sexy: 0.9, Porn: 0.03 })).verdict).toBe('review');
    expect(assessSafety(probs({ Sexy: 0.6 })).verdict).toBe('allow');
    expect(isExplicit(probs({ Sexy: 0.985 }))).toBe(true);
  });

  it('allows drawings and neutral photos', () => {
    expect(assessSafety(probs({ Drawing: 0.8 }))).toMatchObject({ verdict: 'allow', rule: 'none' });
    expect(assessSafety(probs({ Neutral: 0.97, Hentai: 0.03 })).verdict).toBe('allow');
    expect(topSafetyClass(probs({ Drawing: 0.8 }))).toEqual({ name: 'Drawing', probability: 0.8 });
  });

  it('follows a stricter policy when one is passed', () => {
    const strict = { ...DEFAULT_SAFETY_POLICY, rejectExplicit: 0.2 };
    expect(isExplicit(probs({ Porn: 0.25 }), strict)).toBe(true);
    expect(isExplicit(probs({ Porn: 0.25 }))).toBe(false);
  });
});
