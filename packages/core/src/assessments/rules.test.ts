import { describe, expect, it } from 'vitest';
import {
  canTransition,
  chosenCraft,
  duplicateFlags,
  isLevelJump,
  remainingSteps,
  reviewReasons,
  scoredStatus,
  type Recognition,
} from './rules';

const recognised = (craftId: string, confidence: number): Recognition => ({
  craftId,
  confidence,
  alternatives: [{ craftId: 'kantha', confidence: 0.1 }],
  nearestCraftId: craftId === 'unknown' ? 'kantha' : craftId,
});

describe('assessment rules', () => {
  it('sends low confidence, duplicates, level jumps and craft mismatches to a reviewer', () => {
    const base = { flags: [], declaredCraft: 'pottery', level: 3, previousConfirmedLevel: 2 };
    expect(reviewReasons({ ...base, recognition: recognised('pottery', 0.9) })).toEqual([]);
    expect(reviewReasons({ ...base, recognition: recognised('pottery', 0.3) })).toEqual(['low_confidence']);
    expect(reviewReasons({ ...base, recognition: null })).toEqual(['low_confidence']);
    expect(reviewReasons({ ...base, recognition: recognised('unknown', 0.8) })).toEqual(['low_confidence']);
    expect(
      reviewReasons({ ...base, flags: ['duplicate_other_artisan'], recognition: recognised('pottery', 0.9) }),
    ).toEqual(['authenticity']);
    expect(reviewReasons({ ...base, level: 4, recognition: recognised('pottery', 0.9) })).toEqual([
      'level_jump',
    ]);
    expect(reviewReasons({ ...base, recognition: recognised('bandhani', 0.9) })).toEqual(['craft_mismatch']);
    expect(scoredStatus([])).toBe('scored');
    expect(scoredStatus(['appeal'])).toBe('needs_review');
  });

  it('a jump of two levels over her last confirmed level counts, one does not, no history never', () => {
    expect(isLevelJump(4, 2)).toBe(true);
    expect(isLevelJump(3, 2)).toBe(false);
    expect(isLevelJump(5, null)).toBe(false);
  });

  it('picks the recognised craft, else the declared one, else the nearest', () => {
    expect(chosenCraft(recognised('pottery', 0.9), 'kantha')).toEqual({
      craftId: 'pottery',
      confidence: 0.9,
    });
    expect(chosenCraft(recognised('unknown', 0.7), 'kantha')).toEqual({ craftId: 'kantha', confidence: 0.1 });
    expect(chosenCraft(recognised('unknown', 0.7), null)).toEqual({ craftId: 'kantha', confidence: 0.1 });
    expect(chosenCraft(null, 'kantha')).toEqual({ craftId: 'kantha', confidence: null });
  });

  it('flags copies of other artisans and of her own earlier photos separately', () => {
    expect(duplicateFlags([{ artisanId: 'b', exact: true }], 'a')).toEqual(['duplicate_other_artisan']);
    expect(duplicateFlags([{ artisanId: 'a', exact: false }], 'a')).toEqual(['duplicate_own_earlier']);
    expect(duplicateFlags([], 'a')).toEqual([]);
  });

  it('state machine: final pipeline statuses are not reopened by the pipeline; steps resume in order', () => {
    expect(canTransition('processing', 'scored')).toBe(true);
    expect(canTransition('scored', 'processing')).toBe(false);
    expect(canTransition('needs_review', 'scored')).toBe(true);
    expect(canTransition('rejected', 'scored')).toBe(false);
    expect(remainingSteps(['safety', 'quality'])[0]).toBe('authenticity');
  });
});
