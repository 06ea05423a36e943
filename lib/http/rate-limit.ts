/** A token bucket per client: `burst` requests at once, refilled at `perMinute`. */
export interface RateLimiter {
  /** Takes one token; when none is left, says how many seconds until one is. */
  take(client: string, now?: number): { ok: true } | { ok: false; retryAfterSeconds: number };
}

const MAX_CLIENTS = 10_000;

export function createRateLimiter(options: { perMinute: number; burst: number }): RateLimiter {
  const ratePerMs = options.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(client, now = Date.now()) {
      const bucket = buckets.get(client) ?? { tokens: options.burst, at: now };
      bucket.tokens = Math.min(options.burst, bucket.tokens + (now - bucket.at) * ratePerMs);
      bucket.at = now;
      // Bounded memory: forget the oldest clients (a full bucket loses nothing by being forgotten).
      buckets.delete(client);
      buckets.set(client, bucket);
      if (buckets.size > MAX_CLIENTS) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000)) };
    },
  };
}
