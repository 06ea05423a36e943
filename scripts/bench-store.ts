// npm run bench:store: the same index on local disk and on an S3-compatible store (s3rver on loopback,
// started here): publish time, open time (what a replica pays to switch) and query latency of
// SongIndex.search. Prints figures; asserts nothing. Loopback S3 measures the protocol's cost (one
// HTTP request per read), not a network's: add the round trip to a real bucket on top.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Song } from "@/lib/catalog/song";
import { runMain } from "@/lib/cli";
import { OfflineEmotionEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { VOCABULARY_VERSION, getVocabulary } from "@/lib/emotions/vocabulary";
import type { IndexLocation } from "@/lib/store/index-location";
import { localIndexLocation } from "@/lib/store/local-location";
import { s3IndexLocation } from "@/lib/store/s3-location";
import { buildSongIndex, openSongIndex } from "@/lib/store/song-index";
import { startS3Server } from "./lib/local-services";

const SIZES = (process.env.BENCH_STORE_SIZES ?? "1000,10000,100000").split(",").map(Number);
const QUERIES = 200;
const embeddings = new OfflineEmotionEmbeddings();

/** Deterministic pseudo-random numbers, so every run measures the same catalog and queries. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32);
}

/** Songs of 4–8 vocabulary terms, mostly from one family (as tagged songs are). */
function catalog(n: number): Song[] {
  const rand = seeded(n + 1);
  const { terms } = getVocabulary();
  return Array.from({ length: n }, (_, i) => {
    const first = terms[Math.floor(rand() * terms.length)]!;
    const kin = terms.filter((t) => t.family === first.family);
    const emotions = new Set([first.term]);
    const size = 4 + Math.floor(rand() * 5);
    while (emotions.size < size) {
      const pool = rand() < 0.75 && kin.length > size ? kin : terms;
      emotions.add(pool[Math.floor(rand() * pool.length)]!.term);
    }
    return { id: `store-${i}`, title: `Store bench ${i}`, artists: ["Bench"], popularity: Math.floor(rand() * 101), emotions: [...emotions], emotionSource: "bench" };
  });
}

/** Distinct query vectors (three random terms each), so the per-version answer cache never answers. */
async function queries(): Promise<number[][]> {
  const rand = seeded(99);
  const { terms } = getVocabulary();
  const sets = new Map<string, string[]>();
  while (sets.size < QUERIES) {
    const picked = [0, 1, 2].map(() => terms[Math.floor(rand() * terms.length)]!.term).sort();
    sets.set(picked.join(","), picked);
  }
  return (await embeddings.embedTermLists([...sets.values()])).map((v) => Array.from(v));
}

const pct = (ms: number[], p: number) => [...ms].sort((a, b) => a - b)[Math.min(ms.length - 1, Math.floor(ms.length * p))]!;

async function measure(location: IndexLocation, songs: Song[], vectors: number[][]) {
  let t = performance.now();
  await buildSongIndex({ indexDir: location, songs, embeddings, vocabularyVersion: VOCABULARY_VERSION });
  const publishMs = performance.now() - t;
  t = performance.now();
  const index = await openSongIndex({ indexDir: location, embeddings, vocabularyVersion: VOCABULARY_VERSION });
  await index.probe();
  const openMs = performance.now() - t;
  const times: number[] = [];
  for (const v of vectors) {
    const q = performance.now();
    await index.search(v, 20);
    times.push(performance.now() - q);
  }
  index.close();
  return { publishMs, openMs, p50: pct(times, 0.5), p95: pct(times, 0.95) };
}

runMain("bench:store", async () => {
  const s3 = await startS3Server();
  const dir = await mkdtemp(join(tmpdir(), "moodtape-bench-store-"));
  try {
    const vectors = await queries();
    const settings = { region: "us-east-1", endpoint: s3.endpoint, allowHttp: true, accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
    console.log(`top-20 search, ${QUERIES} distinct queries, one process; S3 = s3rver on loopback\n`);
    console.log("songs    | store | publish ms | open+probe ms | search p50 ms | p95 ms");
    for (const n of SIZES) {
      const songs = catalog(n);
      for (const [name, location] of [
        ["local", localIndexLocation(join(dir, `n${n}`))],
        ["s3", s3IndexLocation(`s3://${s3.bucket}/bench-${n}`, settings)],
      ] as const) {
        const r = await measure(location, songs, vectors);
        const f = (x: number) => x.toFixed(x < 10 ? 2 : 0).padStart(6);
        console.log(`${String(n).padEnd(8)} | ${name.padEnd(5)} | ${f(r.publishMs).padStart(10)} | ${f(r.openMs).padStart(13)} | ${f(r.p50).padStart(13)} | ${f(r.p95)}`);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    await s3.stop();
  }
});
