import { beforeAll, describe, expect, it } from 'vitest';
import { rupeesToPaise } from './load';
import { remember, rememberAll, remembered } from './store';

describe('money typed by a buyer', () => {
  it('becomes integer paise; empty, zero or nonsense is "not given"', () => {
    expect(rupeesToPaise('1500')).toBe(150_000);
    expect(rupeesToPaise('₹1,23,456.50')).toBe(12_345_650);
    expect(rupeesToPaise(' 99.999 ')).toBe(10_000);
    for (const none of ['', '  ', '0', '-5', 'abc']) expect(rupeesToPaise(none), none).toBeNull();
  });
});

describe('requests remembered on this phone', () => {
  beforeAll(() => {
    const data = new Map<string, string>();
    Object.assign(globalThis, {
      localStorage: {
        getItem: (k: string) => data.get(k) ?? null,
        setItem: (k: string, v: string) => data.set(k, v),
      },
    });
  });
  it('keeps each buyer’s own list, newest first, without duplicates', () => {
    remember('requests', 'buyer-a', { id: 'r1', title: 'Madhubani', at: '2026-12-01T00:00:00Z' });
    remember('requests', 'buyer-a', { id: 'r2', title: 'Chikankari', at: '2026-12-02T00:00:00Z' });
    remember('requests', 'buyer-a', { id: 'r1', title: 'Madhubani A3', at: '2026-12-03T00:00:00Z' });
    remember('requests', 'buyer-b', { id: 'r9', title: 'Other', at: '2026-12-03T00:00:00Z' });
    expect(remembered('requests', 'buyer-a').map((r) => [r.id, r.title])).toEqual([
      ['r1', 'Madhubani A3'],
      ['r2', 'Chikankari'],
    ]);
    expect(remembered('requests', 'buyer-b').map((r) => r.id)).toEqual(['r9']);
    expect(remembered('orders', 'buyer-a')).toEqual([]);
  });

  it('keeps the last list the API gave, with statuses, in place of what was kept', () => {
    remember('requests', 'buyer-c', { id: 'old', title: 'Gone', at: '2026-11-01T00:00:00Z' });
    rememberAll('requests', 'buyer-c', [
      { id: 'r2', title: 'Sikki', at: '2026-12-02T00:00:00Z', status: 'open', sent: 2, accepted: 1 },
      { id: 'r1', title: 'Kohbar', at: '2026-12-01T00:00:00Z', status: 'filled', sent: 1, accepted: 1 },
    ]);
    expect(remembered('requests', 'buyer-c')).toEqual([
      { id: 'r2', title: 'Sikki', at: '2026-12-02T00:00:00Z', status: 'open', sent: 2, accepted: 1 },
      { id: 'r1', title: 'Kohbar', at: '2026-12-01T00:00:00Z', status: 'filled', sent: 1, accepted: 1 },
    ]);
  });
});
