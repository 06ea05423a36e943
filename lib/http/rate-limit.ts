import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes, RateLimiterUnion } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";

/**
 * Counts requests per client key. Async so that a shared store (Redis, for several replicas) can stand
 * in for the in-process one without changing a caller.
 */
export interface RateLimiter {
  /** Counts one request of `key`; when over the limit, says in how many seconds a retry can pass. */
  consume(key: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }>;
}

export interface RateLimitOptions {
  /** Requests a client may send at once. */
  burst: number;
  /** Requests a client may send per minute, sustained. */
  perMinute: number;
}

/** Makes one fixed-window counter; the default keeps counts in this process's memory. */
export type LimiterStore = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

const memoryStore: LimiterStore = (options) => new RateLimiterMemory(options);

/**
 * A per-client limiter built of two rate-limiter-flexible counters that must both have room:
 * `burst` requests within the time the per-minute rate takes to earn them back
 * (burst × 60 / perMinute seconds, at least 1), and `perMinute` requests within a minute.
 * A rejected request still counts, so hammering does not shorten the wait.
 */
export function createRateLimiter(options: RateLimitOptions, store: LimiterStore = memoryStore): RateLimiter {
  const burst = Math.max(1, Math.floor(options.burst));
  const perMinute = Math.max(1, Math.floor(options.perMinute));
  const burstWindow = Math.max(1, Math.ceil((burst * 60) / perMinute));
  // The limits are part of the keys: in a shared store, replicas with other settings keep other counts.
  const union = new RateLimiterUnion(
    store({ keyPrefix: `moodtape-${burst}in${burstWindow}s-burst`, points: burst, duration: burstWindow }),
    store({ keyPrefix: `moodtape-${perMinute}-minute`, points: perMinute, duration: 60 }),
  );
  return {
    async consume(key) {
      try {
        await union.consume(key);
        return { ok: true };
      } catch (rejected) {
        const results = Object.values(rejected as Record<string, unknown>);
        const failure = results.find((r) => !(r instanceof RateLimiterRes));
        if (failure !== undefined || results.length === 0) throw new AppError("upstream_unavailable", "the rate limiter's store failed", { cause: failure });
        const waitMs = Math.max(...results.map((r) => (r as RateLimiterRes).msBeforeNext));
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
      }
    },
  };
}
