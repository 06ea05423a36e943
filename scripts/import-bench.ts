// npm run bench:import -- [--rows N]: times import → tag → index of a synthetic MuSe-format CSV of
// invented rows (90,000 by default; never a real download), as a person runs them, on this machine.
// For "one core": taskset -c 0 npm run bench:import
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dataPaths } from "@/lib/catalog/files";
import { tagIntoCatalog } from "@/lib/catalog/tag-catalog";
import { numberFlag, parseFlags, runMain } from "@/lib/cli";
import { readConfig } from "@/lib/env";
import { readImportFile } from "@/lib/ingest/import-file";
import { importTracks } from "@/lib/ingest/run-ingest";
import { readTracksRecords } from "@/lib/ingest/tracks-file";
import { indexDataDir } from "@/lib/jobs/index-data-dir";
import { createEmotionServices } from "@/lib/services";

// Mood words as crowds tag songs, and tags that name no mood (they must be read and dropped).
const WORDS = [
  "sad", "melancholy", "happy", "upbeat", "mellow", "chill", "brooding", "wistful", "aggressive", "angry", "dark",
  "romantic", "dreamy", "energetic", "calm", "eerie", "playful", "bleak", "hopeful", "nostalgic", "tender", "tense",
  "rock", "indie", "seen live", "female vocalists", "90s", "guitar",
];
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A small seeded generator (mulberry32), so every run times the same file. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function museCsv(rows: number): string {
  const r = rng(11);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const lines = ["lastfm_url,track,artist,seeds,number_of_emotion_tags,valence_tags,arousal_tags,dominance_tags,mbid,spotify_id,genre"];
  for (let i = 0; i < rows; i++) {
    const seeds = Array.from({ length: 1 + Math.floor(r() * 5) }, () => `'${pick(WORDS)}'`).join(", ");
    const id = r() < 0.7 ? Array.from({ length: 22 }, () => pick([...BASE62])).join("") : "";
    const rating = () => (1 + r() * 8).toFixed(2);
    lines.push(`https://www.last.fm/music/a${i % 9000}/_/s${i},Invented Song ${i},Invented Artist ${i % 9000},"[${seeds}]",${1 + Math.floor(r() * 40)},${rating()},${rating()},${rating()},,${id},${pick(["pop", "rock", "indie"])}`);
  }
  return `${lines.join("\n")}\n`;
}

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

// Wall time depends on what else the machine runs; CPU time (all threads of this process) does not.
async function timed<T>(label: string, f: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const cpu = cpuSeconds();
  const value = await f();
  console.log(`${label.padEnd(8)} wall ${((performance.now() - start) / 1000).toFixed(2)} s, CPU ${(cpuSeconds() - cpu).toFixed(2)} s`);
  return value;
}

runMain("bench:import", async () => {
  const { values } = parseFlags({ rows: { type: "string" } });
  const rows = numberFlag("rows", values.rows, 1, 1_000_000, true) ?? 90_000;
  const dir = await mkdtemp(join(tmpdir(), "moodtape-muse-bench-"));
  try {
    const file = join(dir, "muse.csv");
    await writeFile(file, museCsv(rows));
    const started = performance.now();
    const cpuStart = cpuSeconds();
    const { songs, skipped } = await timed("import", async () => {
      const read = await readImportFile(file);
      await importTracks(read.songs, { dataDir: dir, name: "muse.csv", config: readConfig().ingest, log: () => {} });
      return read;
    });
    const services = await createEmotionServices();
    const summary = await timed("tag", async () => {
      const { songs: tracks } = await readTracksRecords(join(dir, "tracks.json"));
      return tagIntoCatalog({ songs: tracks, catalogFile: dataPaths(dir).catalog, tagger: services.tagger });
    });
    const { manifest } = await timed("index", () => indexDataDir(dir, services));
    const total = (performance.now() - started) / 1000;
    const cpu = cpuSeconds() - cpuStart;
    console.log(
      `${rows.toLocaleString("en")} rows: ${songs.length} imported, ${skipped.length} skipped; ${summary.tagged} tagged ` +
        `(${summary.withoutEvidence} with fewer than 8); ${manifest.songCount} indexed; total wall ${total.toFixed(1)} s, CPU ${cpu.toFixed(1)} s; ` +
        `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
