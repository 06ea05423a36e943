// Server side only: imported by route handlers, never by a client component.
import { VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import { readConfig } from "@/lib/env";
import { createRateLimiter, type RateLimiter } from "@/lib/http/rate-limit";
import { redisLimiterStore } from "@/lib/http/redis-store";
import { ensureIndex } from "@/lib/jobs/ensure-index";
import { indexLocationOf } from "@/lib/jobs/index-data-dir";
import type { MoodtapeDeps } from "@/lib/recommend/ports";
import { createEmotionServices } from "@/lib/services";
import { type LiveIndex, openLiveIndex } from "./live-index";

export interface Moodtape extends MoodtapeDeps {
  dataDir: string;
  index: LiveIndex;
}

const opened = new Map<string, Promise<Moodtape>>();
let limiter: { key: string; limiter: RateLimiter; close?: () => Promise<void> } | undefined;

function configKey(): { key: string; config: ReturnType<typeof readConfig> } {
  const config = readConfig();
  return { config, key: `${config.dataDir}|${config.indexUri ?? ""}|${config.s3.endpoint ?? ""}|${config.llm?.baseURL ?? ""}|${config.llm?.model ?? "offline"}|${config.embeddings.kind}` };
}

/**
 * The recommender for the configured data dir and mode, opened once per process. It only opens:
 * the index is built by the start-up job (`prepareMoodtape`) or `npm run index`, never in a
 * request, and the open index follows index/CURRENT. A failed open is forgotten so the next
 * request tries again (an index built meanwhile is picked up).
 */
export function getMoodtape(): Promise<Moodtape> {
  const { config, key } = configKey();
  let pending = opened.get(key);
  if (!pending) {
    pending = (async () => {
      const services = await createEmotionServices(config);
      const index = await openLiveIndex({
        indexDir: indexLocationOf(config.dataDir, config),
        embeddings: services.embeddings,
        vocabularyVersion: VOCABULARY_VERSION,
      });
      return { ...services, index, dataDir: config.dataDir };
    })();
    pending.catch(() => opened.delete(key));
    opened.set(key, pending);
  }
  return pending;
}

/** Start-up job: builds the index when it is missing (the bundled catalog on a fresh machine), then opens it. */
export async function prepareMoodtape(): Promise<Moodtape> {
  const { config } = configKey();
  const { built } = await ensureIndex(config.dataDir, await createEmotionServices(config), indexLocationOf(config.dataDir, config));
  if (built) console.log(`moodtape: built the song index of ${config.dataDir}`);
  return getMoodtape();
}

/**
 * The per-client rate limiter, rebuilt when its settings change: counted in Redis and shared by
 * every replica when MOODTAPE_REDIS_URL is set, else in this process's memory (each process limits alone).
 */
export function getRateLimiter(): RateLimiter {
  const { rateLimit, redisUrl } = readConfig();
  const key = `${rateLimit.perMinute}/${rateLimit.burst}|${redisUrl ?? ""}`;
  if (limiter?.key !== key) {
    void limiter?.close?.();
    const redis = redisUrl ? redisLimiterStore(redisUrl) : undefined;
    limiter = { key, limiter: createRateLimiter(rateLimit, redis?.store), close: redis?.close };
  }
  return limiter.limiter;
}
