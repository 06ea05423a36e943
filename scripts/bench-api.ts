// npm run bench:api: builds the app, then measures with autocannon, in one run: a raw node:http server
// answering a small JSON (the machine's ceiling for a request), and POST /api/mood on the production
// server over the bundled catalog and over a synthetic 100k catalog. Prints figures; asserts nothing.
// BENCH_SECONDS (15), BENCH_CONNECTIONS (32), BENCH_SIZES ("bundled,100000"), BENCH_NO_BUILD=1 to reuse .next.
import autocannon from "autocannon";
import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_DATA_DIR, runMain } from "@/lib/cli";
import { dataPaths } from "@/lib/catalog/files";
import { OfflineEmotionEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import { buildSongIndex } from "@/lib/store/song-index";
import { buildApp, startApp } from "./lib/next-server";
import { syntheticSongs } from "./lib/synthetic-catalog";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SIZES = (process.env.BENCH_SIZES ?? "bundled,100000").split(",");
const BASE = ["I am very sad", "estoy feliz y quiero bailar", "I'm heartbroken and can't sleep", "me siento en paz", "so angry right now",
  "I miss you so much", "tengo ansiedad y miedo", "I feel strong and free", "I can't sleep", "estoy enamorada"];
// 50 distinct requests: ten moods at five thresholds.
const MOODS = BASE.flatMap((m) => [0.3, 0.4, 0.5, 0.6, 0.7].map((threshold) => ({ message: m, threshold })));
const RAW_SERVER = `require("node:http").createServer((q, s) => { q.resume(); q.on("end", () => { const b = JSON.stringify({ ok: true, songs: [] });
  s.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(b) }); s.end(b); }); })
  .listen(0, "127.0.0.1", function () { console.log("port " + this.address().port); });`;

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
  load: string;
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

async function drive(url: string, body: boolean): Promise<Figures> {
  const before = load();
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    ...(body
      ? { requests: MOODS.map((m) => ({ method: "POST" as const, headers: { "content-type": "application/json" }, body: JSON.stringify({ ...m, limit: 10 }) })) }
      : {}),
  });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failed: r.errors + r.timeouts + r.non2xx, load: before };
}

async function rawServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["-e", RAW_SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      const m = /port (\d+)/.exec(d.toString());
      if (m) resolve(m[1]!);
    });
    child.once("exit", () => reject(new Error("the raw node:http server exited")));
  });
  return { url: `http://127.0.0.1:${port}/`, child };
}

/** A data dir holding the bundled songs (indexed by the server's start-up job) or a built synthetic index. */
async function dataDirFor(size: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "moodtape-bench-api-"));
  if (size === "bundled") {
    await cp(join(DEFAULT_DATA_DIR, "songs.json"), join(dir, "songs.json"));
  } else {
    const songs = syntheticSongs(Number(size));
    await buildSongIndex({ indexDir: dataPaths(dir).index, songs, embeddings: new OfflineEmotionEmbeddings(), vocabularyVersion: VOCABULARY_VERSION });
  }
  return dir;
}

const row = (what: string, f: Figures, raw?: Figures) =>
  `| ${what} | ${f.rps.toFixed(0)} | ${f.p50} | ${f.p99} | ${raw ? (f.rps / raw.rps).toFixed(3) : "1"} | ${f.failed} | ${f.load} |`;

runMain("bench:api", async () => {
  if (process.env.BENCH_NO_BUILD !== "1") await buildApp();
  console.log(`node ${process.version}, ${CONNECTIONS} connections, ${DURATION_S} s each, ${MOODS.length} distinct mood requests in rotation`);
  console.log("| what | req/s | p50 ms | p99 ms | ratio to raw | errors + non-2xx | load average before (1, 5, 15 min) |");
  console.log("|---|---|---|---|---|---|---|");
  const raw = await rawServer();
  let ceiling: Figures;
  try {
    ceiling = await drive(raw.url, false);
  } finally {
    raw.child.kill();
  }
  console.log(row("raw node:http, small JSON", ceiling));
  for (const size of SIZES) {
    const dataDir = await dataDirFor(size);
    // The rate limit is raised for the run: this measures the handler, not the limiter's refusals.
    const app = await startApp({ MOODTAPE_DATA_DIR: dataDir, MOODTAPE_RATE_LIMIT_BURST: "100000000", MOODTAPE_RATE_LIMIT_PER_MINUTE: "100000000" });
    try {
      const label = size === "bundled" ? "bundled catalog" : `${Number(size).toLocaleString("en")} songs`;
      console.log(row(`POST /api/mood, ${label}`, await drive(`${app.url}/api/mood`, true), ceiling));
    } finally {
      await app.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }
});
