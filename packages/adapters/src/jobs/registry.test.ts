import { describe, expect, it } from 'vitest';
import { backoffDelay, backoffPolicy } from './backoff';
import { normalizeEnqueue } from './options';
import { errorText, JobRegistry, PermanentJobError } from './registry';

describe('backoffDelay', () => {
  const policy = backoffPolicy({ baseMs: 1_000, maxMs: 30_000, jitter: 0.2 });

  it('doubles per attempt from the base, with up to +jitter at random', () => {
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, policy, () => 0))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect([1, 2, 3].map((a) => backoffDelay(a, policy, () => 1))).toEqual([1_200, 2_400, 4_800]);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(2_200);
  });

  it('never exceeds maxMs, even for huge attempt counts', () => {
    expect(backoffDelay(5, policy, () => 1)).toBe(19_200);
    expect(backoffDelay(6, policy, () => 1)).toBe(30_000);
    expect(backoffDelay(10_000, policy, () => 1)).toBe(30_000);
  });

  it('rejects nonsensical policies', () => {
    expect(() => backoffPolicy({ baseMs: 10, maxMs: 5 })).toThrow(RangeError);
    expect(() => backoffPolicy({ jitter: 2 })).toThrow(RangeError);
  });
});

describe('JobRegistry', () => {
  it('registers named handlers once and lists them', async () => {
    const calls: unknown[] = [];
    const registry = new JobRegistry()
      .register('b.job', async (p) => void calls.push(p))
      .register('a.job', async () => undefined);
    expect(registry.names()).toEqual(['a.job', 'b.job']);
    expect(registry.has('b.job')).toBe(true);
    await registry.get('b.job')!({ x: 1 }, { id: '1', name: 'b.job', attempt: 1 });
    expect(calls).toEqual([{ x: 1 }]);
    expect(() => registry.register('a.job', async () => undefined)).toThrow(/already registered/);
    expect(() => registry.register('Not Valid', async () => undefined)).toThrow(/Invalid job name/);
  });

  it('turns a payload that fails validation into a permanent error', async () => {
    const registry = new JobRegistry().register<{ n: number }>('typed', async () => undefined, {
      parse: (p) => {
        if (typeof (p as { n?: unknown })?.n !== 'number') throw new Error('n must be a number');
        return p as { n: number };
      },
    });
    const ctx = { id: '1', name: 'typed', attempt: 1 };
    await expect(registry.get('typed')!({ n: 'x' }, ctx)).rejects.toBeInstanceOf(PermanentJobError);
    await expect(registry.get('typed')!({ n: 3 }, ctx)).resolves.toBeUndefined();
  });

  it('describes errors in one bounded line', () => {
    expect(errorText(new TypeError('bad'))).toBe('TypeError: bad');
    expect(errorText('plain')).toBe('plain');
    expect(errorText(new Error('x'.repeat(5_000))).length).toBe(2_000);
  });
});

describe('normalizeEnqueue', () => {
  it('applies defaults and stores the payload as JSON would', () => {
    const job = normalizeEnqueue('photo.score', { at: new Date('2025-01-01T00:00:00Z'), skip: undefined });
    expect(job).toEqual({
      name: 'photo.score',
      delayMs: 0,
      maxAttempts: 5,
      payload: { at: '2025-01-01T00:00:00.000Z' },
    });
  });

  it('validates options', () => {
    expect(() => normalizeEnqueue('x', {}, { idempotencyKey: '' })).toThrow(RangeError);
    expect(() => normalizeEnqueue('x', {}, { idempotencyKey: 'k'.repeat(201) })).toThrow(RangeError);
    expect(() => normalizeEnqueue('x', {}, { maxAttempts: 1.5 })).toThrow(RangeError);
    expect(() => normalizeEnqueue('x', {}, { delayMs: Number.NaN })).toThrow(RangeError);
  });
});
