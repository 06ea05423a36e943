// npm run calibrate: how the similarity threshold trades precision for recall on the bundled catalog.
// Each query (English and Spanish) has the moods of songs that fit it (data/eval/); the bundled songs
// carry the mood they were written for. Prints the table the default threshold was chosen from.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DEFAULT_DATA_DIR, runMain } from "@/lib/cli";
import { DEFAULT_THRESHOLD, searchByEmotions } from "@/lib/recommend/recommend";
import { openRecommender } from "@/lib/services";

interface Query {
  mood: string;
  queries: string[];
  accept: string[];
}

const THRESHOLDS = Array.from({ length: 13 }, (_, i) => 0.3 + i * 0.05);

runMain("calibrate", async () => {
  const songMoods = JSON.parse(await readFile(join(DEFAULT_DATA_DIR, "eval", "song-moods.json"), "utf8")) as Record<string, string>;
  const queries = JSON.parse(await readFile(join(DEFAULT_DATA_DIR, "eval", "mood-queries.json"), "utf8")) as Query[];
  const deps = await openRecommender(DEFAULT_DATA_DIR);
  const runs: { sims: { id: string; similarity: number }[]; accept: string[] }[] = [];
  for (const q of queries) {
    for (const text of q.queries) {
      const emotions = deps.engine.readMood(text).emotions;
      const r = await searchByEmotions(emotions, { threshold: -1, limit: 10_000 }, deps);
      runs.push({ sims: r.songs, accept: q.accept });
    }
  }
  deps.index.close();
  console.log(`${runs.length} queries over ${Object.keys(songMoods).length} songs; default threshold ${DEFAULT_THRESHOLD}`);
  console.log("| threshold | precision | recall | F1 | songs passing (mean) | queries with none |");
  console.log("|---|---|---|---|---|---|");
  for (const t of THRESHOLDS) {
    let precision = 0;
    let recall = 0;
    let passing = 0;
    let empty = 0;
    for (const run of runs) {
      const kept = run.sims.filter((s) => s.similarity >= t);
      const fits = (id: string) => run.accept.includes(songMoods[id] ?? "");
      const relevant = Object.keys(songMoods).filter(fits).length;
      const hits = kept.filter((s) => fits(s.id)).length;
      precision += kept.length > 0 ? hits / kept.length : 1;
      recall += relevant > 0 ? hits / relevant : 1;
      passing += kept.length;
      if (kept.length === 0) empty++;
    }
    const p = precision / runs.length;
    const r = recall / runs.length;
    const f1 = (2 * p * r) / (p + r || 1);
    console.log(`| ${t.toFixed(2)} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${f1.toFixed(2)} | ${(passing / runs.length).toFixed(1)} | ${empty} |`);
  }
});
