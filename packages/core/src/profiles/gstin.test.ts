import { describe, expect, it } from 'vitest';
import { gstinCheckChar, gstinProblem, gstinState, isValidGstin, normalizeGstin } from './gstin';

describe('GSTIN', () => {
  it('accepts the GST network’s published example and computes its check character', () => {
    expect(gstinCheckChar('27AAPFU0939F1Z')).toBe('V');
    expect(isValidGstin('27AAPFU0939F1ZV')).toBe(true);
    expect(gstinState('27AAPFU0939F1ZV')).toBe('MH');
  });

  it('computes Luhn mod 36 by hand for a digits-and-letters case', () => {
    // 0·1 + 7·2 + A(10)·1 + A·2 + A·1 + A·2 + A·1 + 0·2 + 0·1 + 0·2 + 0·1 + A·2 + 1·1 + Z(35)·2
    // = 0+14+10+20+10+20+10+0+0+0+0+20+1+(70 → 1+34=35) = 140; (36 − 140 mod 36) mod 36 = 36 − 32 = 4
    expect(gstinCheckChar('07AAAAA0000A1Z')).toBe('4');
    expect(gstinProblem('07AAAAA0000A1Z4')).toBeNull();
  });

  it('rejects a wrong check character, a bad shape, an unknown state code and a wrong length', () => {
    expect(gstinProblem('27AAPFU0939F1ZW')).toBe('checksum');
    expect(gstinProblem('27AAPFU0939F1XV')).toBe('format'); // 14th must be Z
    expect(gstinProblem('27AAPF10939F1ZV')).toBe('format'); // PAN letters
    expect(gstinProblem('27AAPFU0939F0ZV')).toBe('format'); // entity number 0
    expect(gstinProblem('39AAPFU0939F1ZV')).toBe('state_code');
    expect(gstinProblem('00AAPFU0939F1ZV')).toBe('state_code');
    expect(gstinProblem('27AAPFU0939F1Z')).toBe('length');
  });

  it('catches every single-character typo in the first 14 characters', () => {
    const good = '27AAPFU0939F1ZV';
    for (let i = 0; i < 14; i++) {
      const swapped =
        good.slice(0, i) +
        (good[i] === 'B' ? 'C' : /\d/.test(good[i]!) ? String((Number(good[i]) + 1) % 10) : 'B') +
        good.slice(i + 1);
      expect(gstinProblem(swapped), swapped).not.toBeNull();
    }
  });

  it('normalises how people type it', () => {
    expect(normalizeGstin(' 27aapfu 0939f-1zv ')).toBe('27AAPFU0939F1ZV');
    expect(isValidGstin('27aapfu0939f1zv')).toBe(true);
  });
});
