// npm run bench:api: builds the app, starts the production server on loopback and drives
// POST /api/mood with autocannon for a bounded time. Prints figures; asserts nothing.
import autocannon from "autocannon";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_DATA_DIR, runMain } from "@/lib/cli";
import { buildApp, startApp } from "./lib/next-server";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const BASE = ["I am very sad", "estoy feliz y quiero bailar", "I'm heartbroken and can't sleep", "me siento en paz", "so angry right now",
  "I miss you so much", "tengo ansiedad y miedo", "I feel strong and free", "I can't sleep", "estoy enamorada"];
// 50 distinct requests: ten moods at five thresholds.
const MOODS = BASE.flatMap((m) => [0.3, 0.4, 0.5, 0.6, 0.7].map((threshold) => ({ message: m, threshold })));

runMain("bench:api", async () => {
  await buildApp();
  const dataDir = await mkdtemp(join(tmpdir(), "moodtape-bench-api-"));
  await cp(join(DEFAULT_DATA_DIR, "songs.json"), join(dataDir, "songs.json"));
  // The rate limit is raised for the run: this measures the handler, not the limiter's refusals.
  const app = await startApp({ MOODTAPE_DATA_DIR: dataDir, MOODTAPE_RATE_LIMIT_BURST: "100000000", MOODTAPE_RATE_LIMIT_PER_MINUTE: "100000000" });
  try {
    const result = await autocannon({
      url: `${app.url}/api/mood`,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: MOODS.map((mood) => ({
        method: "POST" as const,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...mood, limit: 10 }),
      })),
    });
    console.log(`POST /api/mood, ${CONNECTIONS} connections, ${DURATION_S} s, ${MOODS.length} distinct requests in rotation`);
    console.log(`requests/s: mean ${result.requests.average.toFixed(0)}, total ${result.requests.total}`);
    console.log(`latency ms: p50 ${result.latency.p50}, p99 ${result.latency.p99}, max ${result.latency.max}`);
    console.log(`non-2xx: ${result.non2xx}, errors: ${result.errors}, timeouts: ${result.timeouts}`);
  } finally {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
