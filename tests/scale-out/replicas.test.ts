import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { s3IndexLocation } from "@/lib/store/s3-location";
import { startRedisServer, startS3Server, s3Env } from "@/scripts/lib/local-services";
import { type RunningApp, buildApp, startApp } from "@/scripts/lib/next-server";
import { bundledDataDir } from "@/tests/helpers/bundled-data-dir";
import { runScript } from "@/tests/helpers/run-script";
import { tmpDir } from "@/tests/helpers/tmp-dir";

// Two real production servers with no local data, a real S3-compatible store and a real redis-server,
// real `npm run index` publishes while a query loop runs against both.
const MOODS = ["I'm heartbroken and can't sleep", "¡hoy quiero bailar toda la noche!", "estoy muy triste", "I feel calm"];
const URI = "s3://moodtape/catalog";
let s3: Awaited<ReturnType<typeof startS3Server>>;
let redis: Awaited<ReturnType<typeof startRedisServer>>;
let dataDir: string;
let env: Record<string, string>;
const apps: RunningApp[] = [];

beforeAll(async () => {
  await buildApp();
  s3 = await startS3Server();
  redis = await startRedisServer();
  env = s3Env(s3.endpoint, URI);
  dataDir = await bundledDataDir();
  const first = await runScript("index", ["--data-dir", dataDir], env);
  expect(first.code, first.stderr).toBe(0);
}, 300_000);
afterAll(async () => {
  for (const app of apps) await app.stop();
  await s3?.stop();
  await redis?.stop();
});

/** A replica: the production server with the index URI, its own empty data dir, and Redis for the rate limit. */
async function replica(limits: { burst: number; perMinute: number }): Promise<RunningApp> {
  const app = await startApp({
    ...env,
    MOODTAPE_DATA_DIR: await tmpDir("moodtape-replica-"),
    MOODTAPE_REDIS_URL: redis.url,
    MOODTAPE_RATE_LIMIT_BURST: String(limits.burst),
    MOODTAPE_RATE_LIMIT_PER_MINUTE: String(limits.perMinute),
  });
  apps.push(app);
  return app;
}

const servedVersion = async (url: string) => ((await (await fetch(`${url}/api/health`)).json()) as { indexVersion?: string }).indexVersion;
const mood = (url: string, message: string) =>
  fetch(`${url}/api/mood`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message }) });
const current = () => s3IndexLocation(URI, { region: "us-east-1", endpoint: s3.endpoint, allowHttp: true, accessKeyId: "S3RVER", secretAccessKey: "S3RVER" }).currentVersion();

describe("stateless replicas on object storage", () => {
  it("both follow two `npm run index` publishes within 10 s, with no failed query meanwhile", async () => {
    const replicas = [await replica({ burst: 100_000, perMinute: 100_000 }), await replica({ burst: 100_000, perMinute: 100_000 })];
    const start = await current();
    for (const r of replicas) expect(await servedVersion(r.url)).toBe(start);
    const statuses = new Map<number, number>();
    let running = true;
    const worker = async (w: number) => {
      for (let i = w; running; i++) {
        const res = await mood(replicas[w % 2]!.url, MOODS[i % MOODS.length]!);
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    };
    const workers = [0, 1, 2, 3].map(worker);
    const seen = [start];
    for (let run = 0; run < 2; run++) {
      const r = await runScript("index", ["--data-dir", dataDir], env);
      expect(r.code, r.stderr).toBe(0);
      const published = await current();
      expect(seen).not.toContain(published);
      seen.push(published);
      const deadline = Date.now() + 10_000;
      for (const rep of replicas) {
        while ((await servedVersion(rep.url)) !== published && Date.now() < deadline) await new Promise((res) => setTimeout(res, 200));
        expect(await servedVersion(rep.url)).toBe(published);
      }
    }
    await new Promise((r) => setTimeout(r, 1_000));
    running = false;
    await Promise.all(workers);
    expect([...statuses.keys()]).toEqual([200]);
    expect(statuses.get(200)).toBeGreaterThan(20);
    for (const app of apps.splice(0)) await app.stop();
  }, 240_000);

  it("shares the rate limit through Redis: two replicas grant a client its burst once", async () => {
    const replicas = [await replica({ burst: 4, perMinute: 4 }), await replica({ burst: 4, perMinute: 4 })];
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await mood(replicas[i % 2]!.url, MOODS[i % MOODS.length]!);
      await res.arrayBuffer();
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 200), statuses.join(",")).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
    // Both replicas refuse once the shared count is spent.
    expect(new Set(statuses.slice(4).map((s, i) => `${(i + 4) % 2}:${s}`))).toEqual(new Set(["0:429", "1:429"]));
  }, 180_000);
});
