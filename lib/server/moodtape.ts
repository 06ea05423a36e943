// Server side only: imported by route handlers, never by a client component.
import { readConfig } from "@/lib/env";
import { createRateLimiter, type RateLimiter } from "@/lib/http/rate-limit";
import type { MoodDeps } from "@/lib/recommend/answer-mood";
import { openRecommender } from "@/lib/services";

export interface Moodtape extends MoodDeps {
  dataDir: string;
}

const opened = new Map<string, Promise<Moodtape>>();
let limiter: { key: string; limiter: RateLimiter } | undefined;

/**
 * The recommender for the configured data dir and mode, opened once per process (the index is
 * built on first use when missing). A failed open is forgotten so the next request tries again.
 */
export function getMoodtape(): Promise<Moodtape> {
  const config = readConfig();
  const key = `${config.dataDir}|${config.llm?.baseURL ?? ""}|${config.llm?.model ?? "offline"}|${config.embeddings.kind}`;
  let pending = opened.get(key);
  if (!pending) {
    pending = openRecommender(config.dataDir, config).then((deps) => ({ ...deps, dataDir: config.dataDir }));
    pending.catch(() => opened.delete(key));
    opened.set(key, pending);
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
