import { describe, expect, it } from 'vitest';
import { fitWithin, needsResize } from './resize';

describe('photo resize', () => {
  it('shrinks the long edge to 2048 keeping the shape', () => {
    expect(fitWithin({ width: 4032, height: 3024 })).toEqual({
      width: 2048,
      height: 1536,
      scale: 2048 / 4032,
    });
    expect(fitWithin({ width: 3000, height: 4000 })).toMatchObject({ width: 1536, height: 2048 });
  });

  it('never enlarges a small photo', () => {
    expect(fitWithin({ width: 800, height: 600 })).toEqual({ width: 800, height: 600, scale: 1 });
    expect(fitWithin({ width: 2048, height: 10 })).toMatchObject({ width: 2048, height: 10, scale: 1 });
  });

  it('keeps at least one pixel on a very thin photo', () => {
    expect(fitWithin({ width: 10000, height: 2 }, 1000)).toMatchObject({ width: 1000, height: 1 });
  });

  it('refuses an image without a size', () => {
    expect(() => fitWithin({ width: 0, height: 0 })).toThrow();
  });

  it('re-encodes big or heavy non-JPEG photos only', () => {
    expect(needsResize({ width: 4000, height: 3000 }, 10, 'image/jpeg')).toBe(true);
    expect(needsResize({ width: 1000, height: 800 }, 900_000, 'image/png')).toBe(true);
    expect(needsResize({ width: 1000, height: 800 }, 900_000, 'image/jpeg')).toBe(false);
  });
});
