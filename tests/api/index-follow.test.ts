import { copyFile, readFile, readdir, truncate } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, startApp } from "@/scripts/lib/next-server";
import { bundledDataDir } from "@/tests/helpers/bundled-data-dir";
import { ROOT, runScript } from "@/tests/helpers/run-script";
import { tmpDir } from "@/tests/helpers/tmp-dir";

// Real server, real concurrent queries, real `npm run index` runs on the data dir it serves.
const LIMITS = { MOODTAPE_RATE_LIMIT_BURST: "100000", MOODTAPE_RATE_LIMIT_PER_MINUTE: "100000" };
const MOODS = ["I'm heartbroken and can't sleep", "¡hoy quiero bailar toda la noche!", "estoy muy triste", "I feel calm"];
const apps: { stop: () => Promise<void> }[] = [];

async function start(dataDir: string) {
  const app = await startApp({ MOODTAPE_DATA_DIR: dataDir, ...LIMITS });
  apps.push(app);
  return app;
}

async function health(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}/api/health`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const mood = (url: string, message: string) =>
  fetch(`${url}/api/mood`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message }) });

beforeAll(() => buildApp(), 300_000);
afterAll(async () => {
  for (const app of apps) await app.stop();
});

describe("a running server and index rebuilds", () => {
  it("follows two `npm run index` runs within 10 s, with no failed query", async () => {
    const dataDir = await bundledDataDir();
    const { url } = await start(dataDir);
    const before = (await health(url)).body.indexVersion as string;
    expect(before).toMatch(/^v-/);
    const statuses = new Map<number, number>();
    let running = true;
    const worker = async (w: number) => {
      for (let i = w; running; i++) {
        const res = await mood(url, MOODS[i % MOODS.length]!);
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    };
    const workers = [0, 1, 2, 3].map(worker);
    for (let run = 0; run < 2; run++) {
      const r = await runScript("index", ["--data-dir", dataDir]);
      expect(r.code, r.stderr).toBe(0);
    }
    const published = (await readFile(join(dataDir, "index", "CURRENT"), "utf8")).trim();
    expect(published).not.toBe(before);
    const deadline = Date.now() + 10_000;
    while ((await health(url)).body.indexVersion !== published && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect((await health(url)).body.indexVersion).toBe(published);
    // The version the server started on is still on disk: it may have been read a moment ago.
    expect(await readdir(join(dataDir, "index"))).toContain(before);
    await new Promise((r) => setTimeout(r, 1_000));
    running = false;
    await Promise.all(workers);
    expect([...statuses.keys()]).toEqual([200]);
    expect(statuses.get(200)).toBeGreaterThan(20);
  }, 120_000);

  it("answers 503 from health and the API when the served index cannot answer, without a path", async () => {
    const dataDir = await bundledDataDir();
    const indexDir = join(dataDir, "index");
    const version = (await readFile(join(indexDir, "CURRENT"), "utf8")).trim();
    for (const e of await readdir(join(indexDir, version), { withFileTypes: true, recursive: true })) {
      if (e.isFile() && e.name.endsWith(".lance")) await truncate(join(e.parentPath, e.name), 0);
    }
    const target = await startUnhealthy(dataDir);
    const h = await health(target);
    expect(h.status).toBe(503);
    expect(h.body.ok).toBe(false);
    const res = await mood(target, "I am sad");
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(text).not.toContain(dataDir);
    expect(JSON.stringify(h.body)).not.toContain(dataDir);
  }, 120_000);

  it("never builds in a request: an empty data dir answers 503 until `npm run tag` and `npm run index` run", async () => {
    const dataDir = await tmpDir("moodtape-empty-");
    const url = await startUnhealthy(dataDir);
    const res = await mood(url, "I am sad");
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/npm run index/);
    const songs = join(dataDir, "tracks.json");
    await copyFile(join(ROOT, "data", "songs.json"), songs);
    expect((await runScript("tag", ["--in", songs, "--data-dir", dataDir])).code).toBe(0);
    expect((await runScript("index", ["--data-dir", dataDir])).code).toBe(0);
    const after = await mood(url, "I am sad");
    expect(after.status).toBe(200);
  }, 120_000);
});

/** A server that may never become healthy: started, and reachable once it answers anything. */
async function startUnhealthy(dataDir: string): Promise<string> {
  const { startServerProcess } = await import("@/scripts/lib/next-server");
  const app = await startServerProcess({ MOODTAPE_DATA_DIR: dataDir, ...LIMITS });
  apps.push(app);
  return app.url;
}
