import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { redisLimiterStore } from "@/lib/http/redis-store";
import { startRedisServer } from "@/scripts/lib/local-services";

// A real redis-server on loopback; two limiters stand for two replicas.
let redis: Awaited<ReturnType<typeof startRedisServer>>;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  for (const close of closers) await close();
  await redis?.stop();
});

function replica(url: string, limits = { burst: 4, perMinute: 4 }, log?: (l: string) => void) {
  const store = redisLimiterStore(url, log);
  closers.push(store.close);
  return createRateLimiter(limits, store.store);
}

async function passes(limiters: ReturnType<typeof createRateLimiter>[], key: string, n: number): Promise<number> {
  let ok = 0;
  for (let i = 0; i < n; i++) if ((await limiters[i % limiters.length]!.consume(key)).ok) ok++;
  return ok;
}

describe("the rate limit in Redis", () => {
  it("is shared: two replicas together grant one client the allowance once", async () => {
    const a = replica(redis.url);
    const b = replica(redis.url);
    expect(await passes([a, b], "client-1", 10)).toBe(4);
    const refused = await b.consume("client-1");
    expect(refused.ok).toBe(false);
    expect(refused.ok === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // Another client has its own count.
    expect(await passes([b, a], "client-2", 3)).toBe(3);
  });

  it("without Redis each process limits alone (the same two replicas grant it twice)", async () => {
    const a = createRateLimiter({ burst: 4, perMinute: 4 });
    const b = createRateLimiter({ burst: 4, perMinute: 4 });
    expect(await passes([a, b], "client-1", 10)).toBe(8);
  });

  it("fails as upstream_unavailable, and says so in the log, when Redis cannot be reached", async () => {
    const log: string[] = [];
    const limiter = replica("redis://127.0.0.1:9", { burst: 4, perMinute: 4 }, (l) => log.push(l));
    await expect(limiter.consume("client-1")).rejects.toMatchObject({ code: "upstream_unavailable" });
    expect(log.join("\n")).toMatch(/Redis is unreachable/);
  });
});
