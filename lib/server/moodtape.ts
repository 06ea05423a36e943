// Server side only: imported by route handlers, never by a client component.
import { readConfig } from "@/lib/env";
import { createRateLimiter, type RateLimiter } from "@/lib/http/rate-limit";
import type { RecommendDeps } from "@/lib/recommend/recommend";
import { openRecommender } from "@/lib/services";

export interface Moodtape extends RecommendDeps {
  mode: string;
  dataDir: string;
}

const opened = new Map<string, Promise<Moodtape>>();
let limiter: { key: string; limiter: RateLimiter } | undefined;

/**
 * The recommender for the configured data dir, opened once per process (the index is built on
 * first use when missing). A failed open is forgotten so the next request tries again.
 */
export function getMoodtape(): Promise<Moodtape> {
  const { dataDir } = readConfig();
  let pending = opened.get(dataDir);
  if (!pending) {
    pending = openRecommender(dataDir).then((deps) => ({ ...deps, mode: "offline", dataDir }));
    pending.catch(() => opened.delete(dataDir));
    opened.set(dataDir, pending);
  }
  return pending;
}

/** The per-client rate limiter, rebuilt when its settings change. */
export function getRateLimiter(): RateLimiter {
  const { rateLimit } = readConfig();
  const key = `${rateLimit.perMinute}/${rateLimit.burst}`;
  if (limiter?.key !== key) limiter = { key, limiter: createRateLimiter(rateLimit) };
  return limiter.limiter;
}
