import { describe, expect, it } from 'vitest';
import { columnLayout, monthlyTotals, monthOf, splitBar } from './earnings-layout';

describe('earnings split bar', () => {
  it('splits the width in proportion and skips empty parts', () => {
    const s = splitBar(
      [
        { key: 'paid', value: 300 },
        { key: 'transit', value: 0 },
        { key: 'waiting', value: 100 },
      ],
      400,
    );
    expect(s.map((x) => [x.key, x.x, x.width, x.share])).toEqual([
      ['paid', 0, 300, 0.75],
      ['waiting', 300, 100, 0.25],
    ]);
  });

  it('keeps a tiny amount visible and still fills exactly the width', () => {
    const s = splitBar(
      [
        { key: 'a', value: 99_900 },
        { key: 'b', value: 100 },
      ],
      300,
      6,
    );
    expect(s[1]!.width).toBe(6);
    expect(s[0]!.width + s[1]!.width).toBeCloseTo(300);
    expect(s[1]!.x).toBeCloseTo(294);
  });

  it('draws nothing when nothing is earned', () => {
    expect(splitBar([{ key: 'a', value: 0 }], 300)).toEqual([]);
  });
});

describe('money per month', () => {
  it('puts a payment in its Indian month (IST), not the UTC one', () => {
    // 31 Oct 20:00 UTC is 1 Nov 01:30 in India.
    expect(monthOf('2026-10-31T20:00:00Z')).toBe('2026-11');
    expect(monthOf('2026-10-31T18:00:00Z')).toBe('2026-10');
  });

  it('sums the last months, oldest first, across a year end, ignoring older items', () => {
    const items = [
      { at: '2026-12-02T10:00:00Z', v: 500 },
      { at: '2026-12-20T10:00:00Z', v: 250 },
      { at: '2026-10-05T10:00:00Z', v: 100 },
      { at: '2026-01-05T10:00:00Z', v: 999 },
    ];
    const months = monthlyTotals(
      items,
      (i) => i.at,
      (i) => i.v,
      new Date('2027-01-10T00:00:00Z'),
      4,
    );
    expect(months).toEqual([
      { month: '2026-10', value: 100 },
      { month: '2026-11', value: 0 },
      { month: '2026-12', value: 750 },
      { month: '2027-01', value: 0 },
    ]);
  });
});

describe('month columns', () => {
  it('scales columns to the largest and stands them on the base line', () => {
    const c = columnLayout([50, 100, 0], { width: 320, height: 100, gap: 10 });
    expect(c.map((x) => [x.x, x.width, x.height, x.y])).toEqual([
      [0, 100, 50, 50],
      [110, 100, 100, 0],
      [220, 100, 0, 100],
    ]);
  });

  it('draws flat columns when every month is zero', () => {
    expect(
      columnLayout([0, 0], { width: 100, height: 80, gap: 0 }).every((c) => c.height === 0 && c.y === 80),
    ).toBe(true);
  });
});
