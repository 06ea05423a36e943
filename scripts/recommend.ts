import { MOOD_LIMITS, type MoodRequestBody } from "@/app/api/mood/schema";
import { numberFlag, parseFlags, runMain } from "@/lib/cli";
import { AppError } from "@/lib/errors";
import { type MoodAnswer, answerMood } from "@/lib/recommend/answer-mood";
import { type RecommendedSong, SORTS, type Sort } from "@/lib/recommend/recommend";
import { openRecommender } from "@/lib/services";
import { resolveDataDir } from "@/lib/data-dir";

const USAGE =
  'usage: npm run recommend -- [--data-dir <dir>] [--limit N] [--threshold T] [--sort popularity|similarity] [--json] "<sentence>"';

function row(s: RecommendedSong, i: number): string {
  const pop = s.popularity === null ? "  ?" : String(s.popularity).padStart(3);
  const why = s.sharedEmotions.length > 0 ? s.sharedEmotions.join(", ") : s.emotions.slice(0, 3).join(", ");
  return `${String(i + 1).padStart(2)}. ${s.similarity.toFixed(2)}  pop ${pop}  ${s.title} — ${s.artists.join(", ")}  [${why}]`;
}

function printTable(r: MoodAnswer): void {
  console.log(r.emotions.length > 0 ? `mood: ${r.emotions.join(", ")} (${r.mode})` : "mood: no emotion found");
  console.log(`threshold ${r.threshold}`);
  r.songs.forEach((s, i) => console.log(row(s, i)));
  if (r.message) console.log(r.message);
  if (r.belowThreshold.length > 0) {
    console.log("nearest below the threshold:");
    r.belowThreshold.forEach((s, i) => console.log(row(s, i)));
  }
}

runMain("recommend", async () => {
  const { values, positionals } = parseFlags({
    "data-dir": { type: "string" },
    limit: { type: "string" },
    threshold: { type: "string" },
    sort: { type: "string" },
    json: { type: "boolean" },
  });
  const mood = positionals.join(" ").trim();
  if (mood === "") throw new AppError("bad_request", `the mood sentence is empty; ${USAGE}`);
  if (mood.length > MOOD_LIMITS.messageChars) throw new AppError("bad_request", `the mood sentence is longer than ${MOOD_LIMITS.messageChars} characters`);
  if (values.sort !== undefined && !SORTS.includes(values.sort as Sort)) {
    throw new AppError("bad_request", `--sort must be popularity or similarity, got "${values.sort}"`);
  }
  const limit = numberFlag("limit", values.limit, 1, MOOD_LIMITS.limitMax, true);
  const threshold = numberFlag("threshold", values.threshold, 0, 1);
  const dataDir = resolveDataDir(values["data-dir"]);
  const deps = await openRecommender(dataDir);
  if (deps.builtNow && !values.json) console.error("recommend: built the index (first run)");
  const request: MoodRequestBody = { message: mood, limit, threshold, sort: values.sort as Sort | undefined };
  const result = await answerMood(request, deps);
  deps.index.close();
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else printTable(result);
});
