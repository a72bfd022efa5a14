/**
 * A per-client limit on requests: each client (an IP address) has a bucket of `perMinute`
 * tokens that refills steadily; a request takes one. When the bucket is empty the answer is how
 * many seconds until the next token (for `Retry-After`). Buckets idle for a minute are dropped,
 * so memory stays bounded by the clients of the last minute.
 *
 * @example
 * const limiter = new RateLimiter({ perMinute: 2, now: () => 0 });
 * limiter.take('203.0.113.9') //=> 0
 * limiter.take('203.0.113.9') //=> 0
 * limiter.take('203.0.113.9') //=> 30 (seconds to wait)
 */
export class RateLimiter {
  private readonly perMinute: number;
  private readonly now: () => number;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = 0;

  constructor(options: { perMinute: number; now?: () => number }) {
    this.perMinute = options.perMinute;
    this.now = options.now ?? Date.now;
  }

  /** Takes a token for `client`: 0 when allowed, else the whole seconds to wait (at least 1). */
  take(client: string): number {
    if (this.perMinute <= 0) return 0;
    const now = this.now();
    this.sweep(now);
    const perMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [client, bucket] of this.buckets) if (now - bucket.at > 60_000) this.buckets.delete(client);
  }
}
