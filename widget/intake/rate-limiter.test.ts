import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.ts';

describe('RateLimiter', () => {
  it('allows a burst of perMinute, then asks to wait until the next token, per client', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ perMinute: 3, now: () => now });
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(20); // 3 a minute: one token every 20 s
    expect(limiter.take('b')).toBe(0);
    now += 19_000;
    expect(limiter.take('a')).toBe(1);
    now += 1_000;
    expect(limiter.take('a')).toBe(0);
  });

  it('is off at 0', () => {
    const limiter = new RateLimiter({ perMinute: 0 });
    for (let i = 0; i < 1000; i++) expect(limiter.take('a')).toBe(0);
  });
});
