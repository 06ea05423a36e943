// npm run bench: speed and memory of search and recommend next to a brute-force Float32Array scan,
// index build time and offline tagging throughput. Prints figures; asserts nothing.
// BENCH_SIZES (default 1000,10000,100000; add 1000000 for the million-song run: minutes, ~4 GiB).
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { fileExists } from "@/lib/fs/files";
import type { Song } from "@/lib/catalog/song";
import { DEFAULT_DATA_DIR, runMain } from "@/lib/cli";
import { OfflineEmotionEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { createOfflineEngine } from "@/lib/emotions/engine";
import { getVocabulary, VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import { DEFAULT_THRESHOLD, recommend } from "@/lib/recommend/recommend";
import { buildSongIndex, openSongIndex } from "@/lib/store/song-index";
import { selectTop } from "@/lib/store/sparse-matrix";
import { prng, syntheticSongs } from "./lib/synthetic-catalog";

// The index's memory: how much the JS heap and array buffers grow when it opens, after a full GC
// (resident memory moves with whatever the allocator keeps from the build before it).
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heldMiB = () => {
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
};
const rssMiB = () => process.memoryUsage().rss / 2 ** 20;

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const QUERIES = 300;

/** Distinct mood sentences ("I feel hope and anger"), so every search is a cold one. */
function moodSentences(n: number): string[] {
  const rand = prng(7);
  const { terms } = getVocabulary();
  const pick = () => terms[Math.floor(rand() * terms.length)]!.term;
  return Array.from({ length: n }, () => `I feel ${pick()} and ${pick()}, a little ${pick()}`);
}
const MOODS = moodSentences(QUERIES + 20);

function stats(ms: number[]): { p50: number; p95: number } {
  const s = [...ms].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length * 0.5)]!, p95: s[Math.floor(s.length * 0.95)]! };
}

/** The baseline: cosine over unit vectors is a dot product; scan, threshold, sort by popularity. */
function bruteForce(matrix: Float32Array, dim: number, songs: Song[], q: Float32Array, limit: number): number[] {
  const passing: { i: number; sim: number }[] = [];
  for (let i = 0, off = 0; i < songs.length; i++, off += dim) {
    let dot = 0;
    for (let d = 0; d < dim; d++) dot += matrix[off + d]! * q[d]!;
    if (dot >= DEFAULT_THRESHOLD) passing.push({ i, sim: dot });
  }
  passing.sort((a, b) => (songs[b.i]!.popularity ?? -1) - (songs[a.i]!.popularity ?? -1) || b.sim - a.sim);
  return passing.slice(0, limit).map((p) => p.i);
}

/** How many of 50 moods get exactly the scan's top-20 similarities from the index (ties may swap ids). */
async function exactness(
  index: Awaited<ReturnType<typeof openSongIndex>>,
  matrix: Float32Array,
  dim: number,
  engine: ReturnType<typeof createOfflineEngine>,
  embeddings: OfflineEmotionEmbeddings,
): Promise<string> {
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  let same = 0;
  for (let i = 0; i < 50; i++) {
    const q = embeddings.embedTerms(engine.readMood(MOODS[i]!).emotions);
    const hits = (await index.search(q, 20)).map((h) => round(h.similarity));
    const sims: number[] = [];
    for (let off = 0; off < matrix.length; off += dim) {
      let dot = 0;
      for (let d = 0; d < dim; d++) dot += matrix[off + d]! * q[d]!;
      sims.push(dot);
    }
    const scan = sims.sort((a, b) => b - a).slice(0, 20).map(round);
    if (hits.every((h, k) => Math.abs(h - scan[k]!) < 1e-3)) same++;
  }
  return `${same}/50`;
}

/** The scan's search alone: every dot product, then the k best by the same heap the index uses. */
function scanTopK(matrix: Float32Array, dim: number, q: Float32Array, k: number): number[] {
  const sims = new Float64Array(matrix.length / dim);
  for (let i = 0, off = 0; i < sims.length; i++, off += dim) {
    let dot = 0;
    for (let d = 0; d < dim; d++) dot += matrix[off + d]! * q[d]!;
    sims[i] = dot;
  }
  return selectTop(sims, k).map((h) => h.row);
}

/** CPU time of the process in ms: unlike wall time, it does not grow when other work shares the cores. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function benchSize(n: number, embeddings: OfflineEmotionEmbeddings): Promise<string> {
  const songs = syntheticSongs(n);
  const dir = await mkdtemp(join(tmpdir(), "moodtape-bench-"));
  try {
    const load = loadavg()[0]!.toFixed(1);
    let t = performance.now();
    await buildSongIndex({ indexDir: dir, songs, embeddings, vocabularyVersion: VOCABULARY_VERSION });
    const buildMs = performance.now() - t;
    const heldBefore = heldMiB();
    t = performance.now();
    const index = await openSongIndex({ indexDir: dir, embeddings, vocabularyVersion: VOCABULARY_VERSION });
    const openMs = performance.now() - t;
    const indexMiB = heldMiB() - heldBefore;
    const deps = { engine: createOfflineEngine(), embeddings, index };
    const vectors = MOODS.map((m) => embeddings.embedTerms(deps.engine.readMood(m).emotions));
    const search: number[] = [];
    const searchCpu: number[] = [];
    for (let i = 0; i < QUERIES + 20; i++) {
      // k = 50: what recommend asks for a page of 10.
      const q = vectors[i]!.map((x, d) => (d === i % 100 ? x + 1e-3 : x)); // never a cached vector
      const c = cpuMs();
      t = performance.now();
      await index.search(q, 50);
      if (i >= 20) search.push(performance.now() - t);
      if (i >= 20) searchCpu.push(cpuMs() - c);
    }
    const lance: number[] = [];
    for (let i = 0; i < QUERIES + 20; i++) {
      t = performance.now();
      await recommend({ mood: MOODS[i]! }, deps);
      if (i >= 20) lance.push(performance.now() - t);
    }
    const warm: number[] = [];
    for (let i = 0; i < QUERIES; i++) {
      t = performance.now();
      await recommend({ mood: MOODS[i % 20]! }, deps);
      warm.push(performance.now() - t);
    }
    const dim = embeddings.dimension;
    const matrix = new Float32Array(n * dim);
    songs.forEach((s, i) => matrix.set(embeddings.embedTerms(s.emotions), i * dim));
    const exact = await exactness(index, matrix, dim, deps.engine, embeddings);
    index.close();
    const scanRuns = n >= 1_000_000 ? 30 : QUERIES;
    const scan: number[] = [];
    const brute: number[] = [];
    for (let i = 0; i < scanRuns; i++) {
      t = performance.now();
      scanTopK(matrix, dim, vectors[i]!, 50);
      scan.push(performance.now() - t);
      t = performance.now();
      const mood = deps.engine.readMood(MOODS[i % MOODS.length]!);
      bruteForce(matrix, dim, songs, embeddings.embedTerms(mood.emotions), 10);
      brute.push(performance.now() - t);
    }
    const [se, sCpu, l, w, sc, b] = [stats(search), stats(searchCpu), stats(lance), stats(warm), stats(scan), stats(brute)];
    const f = (x: number) => (x < 1 ? x.toFixed(3) : x.toFixed(2));
    return `| ${n.toLocaleString("en")} | ${exact} | ${buildMs.toFixed(0)} | ${openMs.toFixed(0)} | ${f(se.p50)} / ${f(se.p95)} | ${f(sCpu.p50)} / ${f(sCpu.p95)} | ${f(sc.p50)} | ${f(l.p50)} / ${f(l.p95)} | ${f(w.p50)} | ${f(b.p50)} / ${f(b.p95)} | ${indexMiB.toFixed(0)} | ${rssMiB().toFixed(0)} | ${load} |`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Songs a second, one core, over lyrics repeated until `total` songs are tagged. */
function tagRate(lyrics: string[], total: number): number {
  const engine = createOfflineEngine();
  for (const l of lyrics.slice(0, 100)) engine.tagLyrics(l);
  const t = performance.now();
  for (let i = 0; i < total; i++) engine.tagLyrics(lyrics[i % lyrics.length]!);
  return Math.round(total / ((performance.now() - t) / 1000));
}

async function benchTagging(): Promise<string[]> {
  const bundled = JSON.parse(await readFile(join(DEFAULT_DATA_DIR, "songs.json"), "utf8")) as { lyrics?: string }[];
  const lyrics = bundled.map((s) => s.lyrics ?? "").filter((l) => l !== "");
  const lines = [`offline tagging: ${tagRate(lyrics, 20_000).toLocaleString("en")} songs/s (bundled lyrics, ${lyrics.length} distinct)`];
  // Real lyrics are longer than ours; measured on a dev set when this checkout has one beside it.
  const real = process.env.BENCH_LYRICS ?? join(DEFAULT_DATA_DIR, "..", "..", "shared", "datasets", "musicmood-happy-sad.jsonl");
  if (await fileExists(real)) {
    const texts = (await readFile(real, "utf8")).split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { lyrics: string }).lyrics);
    const chars = Math.round(texts.reduce((a, t) => a + t.length, 0) / texts.length);
    lines.push(`offline tagging: ${tagRate(texts, 5_000).toLocaleString("en")} songs/s (real lyrics from ${real.split("/").pop()}, ${texts.length} distinct, ${chars} characters on average)`);
  }
  return lines;
}

runMain("bench", async () => {
  const embeddings = new OfflineEmotionEmbeddings();
  console.log(`node ${process.version}, ${QUERIES} queries per size, dimension ${embeddings.dimension}, threshold ${DEFAULT_THRESHOLD}`);
  console.log(
    "| songs | exact top-20 | build ms | open ms | search p50 / p95 ms (k=50) | search CPU p50 / p95 ms | scan search p50 ms | recommend p50 / p95 ms (cold) | p50 ms (repeated mood) | brute-force recommend p50 / p95 ms | index MiB (heap + buffers growth on open) | rss MiB | load (1 min) |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const n of SIZES) console.log(await benchSize(n, embeddings));
  for (const line of await benchTagging()) console.log(line);
});
