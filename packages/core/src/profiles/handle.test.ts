import { describe, expect, it } from 'vitest';
import { handleBase, isHandle, makeHandle } from './handle';
import { transliterate } from './transliterate';

describe('handles', () => {
  it('are URL-safe slugs of her name with a suffix', () => {
    expect(makeHandle('Sunita Devi', '3f2a')).toBe('sunita-devi-3f2a');
    expect(makeHandle("  Rekha  D'Souza!! ", 'AB12')).toBe('rekha-dsouza-ab12');
    expect(handleBase('Ré-née Çelik')).toBe('re-nee-celik');
    expect(isHandle(makeHandle('Sunita Devi', '3f2a'))).toBe(true);
  });

  it('romanise names written in Indian scripts', () => {
    expect(handleBase('सुनीता देवी')).toBe('sunita-devi');
    expect(handleBase('लक्ष्मी बाई')).toBe('lakshmi-bai');
    expect(handleBase('কমলা দাস')).toBe('kamala-das');
    expect(handleBase('சுமதி')).toBe('sumathi');
    expect(handleBase('ગીતાબેન પટેલ')).toBe('gitaben-patel');
    expect(handleBase('फ़ातिमा')).toBe('fatima');
  });

  it('fall back when nothing can be romanised and stay short', () => {
    expect(handleBase('🙂 ✿')).toBe('artisan');
    expect(handleBase('王芳')).toBe('artisan');
    const long = handleBase('Aparajita Chandrasekharan Venkataraghavan Iyer');
    expect(long.length).toBeLessThanOrEqual(32);
    expect(long.endsWith('-')).toBe(false);
    expect(isHandle(long)).toBe(true);
  });

  it('keep inherent vowels inside words and drop them at word ends', () => {
    expect(transliterate('राम')).toBe('ram');
    expect(transliterate('कमला')).toBe('kamala');
    expect(transliterate('न')).toBe('na');
    expect(transliterate('संगीता')).toBe('sangita');
  });
});
