import { describe, expect, it } from 'vitest';
import { OutboundRateLimiter } from './rate-limit';

/** A limiter on a clock the test moves (milliseconds). */
function limiter(options: { perSecond: number; pairBurst?: number; pairIntervalMs?: number }) {
  let now = 0;
  const l = new OutboundRateLimiter({ ...options, now: () => now });
  return { l, advance: (ms: number) => (now += ms) };
}

describe('outbound rate limits', () => {
  it('lets a burst through to one recipient, then one message per interval (pair rate limit)', () => {
    const { l, advance } = limiter({ perSecond: 1000, pairBurst: 3, pairIntervalMs: 1000 });
    for (let i = 0; i < 3; i++) expect(l.take('her').waitMs).toBe(0);
    expect(l.take('her')).toEqual({ waitMs: 1000, wait: 'pair' });
    expect(l.take('someone-else').waitMs).toBe(0); // another recipient is not held up
    advance(400);
    expect(l.take('her')).toEqual({ waitMs: 600, wait: 'pair' });
    advance(600);
    expect(l.take('her').waitMs).toBe(0);
    expect(l.take('her').wait).toBe('pair');
  });

  it("holds to the number's messages per second across recipients", () => {
    const { l, advance } = limiter({ perSecond: 2, pairBurst: 100 });
    expect(l.take('a').waitMs).toBe(0);
    expect(l.take('b').waitMs).toBe(0);
    expect(l.take('c')).toEqual({ waitMs: 500, wait: 'number' });
    advance(500);
    expect(l.take('c').waitMs).toBe(0);
  });

  it('acquire waits briefly for the number but hands a pair wait back to the caller (reschedule)', async () => {
    const { l } = limiter({ perSecond: 1000, pairBurst: 1, pairIntervalMs: 6000 });
    expect(await l.acquire('her')).toBe(0);
    expect(await l.acquire('her')).toBe(6000);
  });
});
