import { mkdir } from "node:fs/promises";
import { scriptLockOptions, withDataLock } from "@/lib/fs/data-lock";
import { dataPaths, readCatalog } from "@/lib/catalog/files";
import { basename } from "node:path";
import { formatProblem } from "@/lib/catalog/files";
import { readTracksRecords } from "@/lib/ingest/tracks-file";
import { fileExists } from "@/lib/fs/files";
import { tagIntoCatalog } from "@/lib/catalog/tag-catalog";
import { numberFlag, parseFlags, runMain, userPath } from "@/lib/cli";
import { AppError } from "@/lib/errors";
import { tagMessages } from "@/lib/llm/tag-chain";
import { createEmotionServices } from "@/lib/services";
import { resolveDataDir } from "@/lib/data-dir";

const USAGE = "usage: npm run tag -- --in <tracks.json|.jsonl> [--data-dir <dir>] [--dry-run] [--strict] [--wait <seconds>]";
// What one answer of 8 emotions costs, as a JSON object.
const OUTPUT_TOKENS_PER_SONG = 40;

runMain("tag", async () => {
  const { values, positionals } = parseFlags({
    in: { type: "string" },
    "data-dir": { type: "string" },
    "dry-run": { type: "boolean" },
    wait: { type: "string" },
    strict: { type: "boolean" },
  });
  if (!values.in || positionals.length > 0) throw new AppError("bad_request", USAGE);
  const wait = numberFlag("wait", values.wait, 0, 86_400);
  const dataDir = resolveDataDir(values["data-dir"]);
  const file = userPath(values.in);
  // One bad record skips that record, not the file (--strict: the first one stops the run).
  const { songs, skipped } = await readTracksRecords(file, { strict: values.strict });
  for (const s of skipped) console.error(`tag: ${formatProblem(basename(file), s)} (skipped)`);
  const { tagger } = await createEmotionServices();
  const catalogFile = dataPaths(dataDir).catalog;
  if (values["dry-run"]) {
    const done = new Set((await fileExists(catalogFile)) ? (await readCatalog(catalogFile)).filter((s) => s.emotionSource === tagger.id && !s.emotionError).map((s) => s.id) : []);
    const todo = songs.filter((s) => !done.has(s.id) && s.lyrics && !s.instrumental);
    const fromTags = songs.filter((s) => !(s.lyrics && s.lyrics.trim()) && (s.moodTags || s.emotionSource === "tags")).length;
    if (fromTags > 0) console.log(`dry run: ${fromTags} songs without lyrics take their emotions from mood tags (no calls)`);
    if (!tagger.usage) return console.log(`dry run: ${todo.length} songs to tag with ${tagger.id}: no API calls, no tokens`);
    let chars = 0;
    for (const s of todo) for (const m of await tagMessages(s.lyrics!, new Map())) chars += String(m.content).length;
    const input = Math.ceil(chars / 4);
    console.log(
      `dry run: ${todo.length} songs to tag with ${tagger.id}: about ${todo.length} calls (up to ${todo.length * 2} with repairs), ` +
        `~${input.toLocaleString("en")} input and ~${(todo.length * OUTPUT_TOKENS_PER_SONG).toLocaleString("en")} output tokens`,
    );
    return;
  }
  await mkdir(dataDir, { recursive: true });
  const started = performance.now();
  // The lock covers read-merge-write of the catalog: two runs at once would each keep only their songs.
  const tagging = () =>
    tagIntoCatalog({ songs, catalogFile, tagger, onProgress: (done, total) => process.stderr.write(`tag: ${done}/${total}\n`) });
  const summary = await withDataLock(dataDir, scriptLockOptions("tag", wait), tagging).finally(() => {
    const u = tagger.usage;
    if (u) {
      console.log(`LLM: ${u.calls} calls, ${u.inputTokens} input + ${u.outputTokens} output tokens; ` +
        `vocabulary ${u.keptTerms.size} terms with deduplication, ${u.rawTerms.size} as the model wrote them`);
    }
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `tagged ${summary.tagged}, unchanged ${summary.unchanged} of ${summary.total} songs with ${tagger.id} ` +
      `in ${seconds.toFixed(2)} s; ${summary.withoutEvidence} with fewer than 8 emotions (see emotionNote); ` +
      `${summary.failed} failed (see emotionError; a rerun retries them)${skipped.length > 0 ? `; ${skipped.length} invalid records skipped` : ""} → ${catalogFile}`,
  );
});
