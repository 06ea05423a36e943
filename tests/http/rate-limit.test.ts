import { RateLimiterMemory } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { createRateLimiter } from "@/lib/http/rate-limit";

const statuses = async (limiter: ReturnType<typeof createRateLimiter>, key: string, n: number) => {
  const out: (true | number)[] = [];
  for (let i = 0; i < n; i++) {
    const r = await limiter.consume(key);
    out.push(r.ok ? true : r.retryAfterSeconds);
  }
  return out;
};

describe("createRateLimiter", () => {
  it("lets a burst through, then says when to retry, per key", async () => {
    const limiter = createRateLimiter({ burst: 3, perMinute: 6 });
    const r = await statuses(limiter, "a", 5);
    expect(r.slice(0, 3)).toEqual([true, true, true]);
    // 3 requests at 6 a minute are earned back in 30 s.
    for (const wait of r.slice(3)) expect(wait).toSatisfy((s: unknown) => typeof s === "number" && s >= 1 && s <= 30);
    expect(await limiter.consume("b")).toEqual({ ok: true });
  });

  it("caps a client at the per-minute rate even when the burst is larger", async () => {
    const limiter = createRateLimiter({ burst: 10, perMinute: 4 });
    const r = await statuses(limiter, "a", 6);
    expect(r.slice(0, 4)).toEqual([true, true, true, true]);
    for (const wait of r.slice(4)) expect(wait).toSatisfy((s: unknown) => typeof s === "number" && s >= 1 && s <= 60);
  });

  it("takes another store, and reports a failing store as an error rather than a pass", async () => {
    class BrokenStore extends RateLimiterMemory {
      override consume(): Promise<never> {
        return Promise.reject(new Error("connection refused"));
      }
    }
    const made: string[] = [];
    const limiter = createRateLimiter({ burst: 2, perMinute: 2 }, (o) => {
      made.push(o.keyPrefix);
      return o.keyPrefix.endsWith("minute") ? new BrokenStore(o) : new RateLimiterMemory(o);
    });
    expect(made).toHaveLength(2);
    await expect(limiter.consume("a")).rejects.toMatchObject({ code: "upstream_unavailable", cause: expect.objectContaining({ message: "connection refused" }) });
  });
});
