import { Redis } from "ioredis";
import { RateLimiterRedis } from "rate-limiter-flexible";
import type { LimiterStore } from "./rate-limit";

const LOG_EVERY_MS = 10_000;

/**
 * A rate-limit store in Redis (MOODTAPE_REDIS_URL), so every replica counts a client's requests in
 * one place. Owns the ioredis client. A command waits for at most one reconnect and one second;
 * past that the limiter fails and the API answers 503 (lib/http/rate-limit.ts): a limit that
 * silently stopped being shared would let each replica grant the whole allowance.
 */
export function redisLimiterStore(url: string, log: (line: string) => void = (l) => console.error(l)): { store: LimiterStore; close: () => Promise<void> } {
  const client = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 1_000, connectTimeout: 2_000 });
  let logged = 0;
  client.on("error", (e: Error) => {
    // ioredis retries on its own; say so now and then rather than on every attempt.
    if (Date.now() - logged < LOG_EVERY_MS) return;
    logged = Date.now();
    log(`moodtape: the rate limit's Redis is unreachable (${e.message}); requests get 503 until it is back`);
  });
  return {
    store: (options) => new RateLimiterRedis({ storeClient: client, ...options }),
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
