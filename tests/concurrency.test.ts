import { describe, expect, it } from "vitest";
import { forEachBounded } from "@/lib/concurrency";

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("forEachBounded", () => {
  it("never runs more than the limit at once, and runs every item once", async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachBounded([...Array(20).keys()], 3, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await tick(2 + (n % 3));
      seen.push(n);
      inFlight--;
    });
    expect(most).toBe(3);
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
  });

  it("stops starting new calls after the first error and rethrows it", async () => {
    const started: number[] = [];
    await expect(
      forEachBounded([...Array(50).keys()], 2, async (n) => {
        started.push(n);
        await tick(1);
        if (n === 3) throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(started.length).toBeLessThan(8);
  });
});
