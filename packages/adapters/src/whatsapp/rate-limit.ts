/**
 * Token buckets for outbound throughput: one for the business number (messages per second, 80 by
 * default, up to 1,000 on higher tiers) and one per recipient (WhatsApp's pair rate limit). In-process:
 * with several workers, give each its share of the number's rate.
 */
export interface RateLimiterOptions {
  perSecond: number;
  /** Burst to one recipient, then one message per `pairIntervalMs`. */
  pairBurst?: number;
  pairIntervalMs?: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class OutboundRateLimiter {
  private readonly number: Bucket;
  private readonly pairs = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly pairBurst: number;
  private readonly pairIntervalMs: number;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? (() => performance.now());
    this.number = { tokens: options.perSecond, at: this.now() };
    this.pairBurst = options.pairBurst ?? 20;
    this.pairIntervalMs = options.pairIntervalMs ?? 1000;
  }

  private refill(b: Bucket, capacity: number, perMs: number, now: number): void {
    b.tokens = Math.min(capacity, b.tokens + (now - b.at) * perMs);
    b.at = now;
  }

  /**
   * Takes a token for `recipient`. Returns 0 when it may be sent now, else how many ms to wait for the
   * number's bucket (`wait: 'number'`, short) or the recipient's (`wait: 'pair'`, reschedule instead).
   */
  take(recipient: string): { waitMs: number; wait?: 'number' | 'pair' } {
    const now = this.now();
    let pair = this.pairs.get(recipient);
    if (!pair) {
      pair = { tokens: this.pairBurst, at: now };
      this.pairs.set(recipient, pair);
      if (this.pairs.size > 100_000) this.pairs.delete(this.pairs.keys().next().value!);
    }
    this.refill(pair, this.pairBurst, 1 / this.pairIntervalMs, now);
    if (pair.tokens < 1) return { waitMs: Math.ceil((1 - pair.tokens) * this.pairIntervalMs), wait: 'pair' };
    this.refill(this.number, this.options.perSecond, this.options.perSecond / 1000, now);
    if (this.number.tokens < 1)
      return {
        waitMs: Math.ceil(((1 - this.number.tokens) * 1000) / this.options.perSecond),
        wait: 'number',
      };
    this.number.tokens -= 1;
    pair.tokens -= 1;
    return { waitMs: 0 };
  }

  /** Waits (briefly) for the number's bucket; returns the pair wait when the recipient is over her limit. */
  async acquire(recipient: string): Promise<number> {
    for (;;) {
      const { waitMs, wait } = this.take(recipient);
      if (waitMs === 0) return 0;
      if (wait === 'pair') return waitMs;
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
}
