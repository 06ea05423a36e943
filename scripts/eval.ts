// npm run eval: how well the engine the environment selects finds the right kind of song on a
// labelled real-lyrics set (../shared/datasets/), for three approaches: the lyric text itself (BM25),
// the tags as plain words, and our pipeline (tags deduplicated into the vocabulary's structure).
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { writeFileAtomic } from "@/lib/fs/atomic-file";
import { parseFlags, runMain, userPath } from "@/lib/cli";
import { AppError } from "@/lib/errors";
import { readLabelledDataset } from "@/lib/eval/dataset";
import { APPROACHES, type Approach, type EvalReport, runEval } from "@/lib/eval/run-eval";
import { emotionMapSvg } from "@/lib/eval/emotion-map";
import { boxPlotSvg } from "@/lib/eval/svg";
import { createEmotionServices } from "@/lib/services";

const USAGE = "usage: npm run eval -- --dataset <file.jsonl> [--split <name>|all] [--approaches lyrics,emotions,dedup] [--out <dir>]";
const f2 = (x: number | null | undefined) => (x === null || x === undefined ? "–" : x.toFixed(2));

function parseApproaches(value: string | undefined): Approach[] {
  if (!value) return [...APPROACHES];
  const list = value.split(",").map((s) => s.trim()).filter(Boolean);
  for (const a of list) if (!(APPROACHES as readonly string[]).includes(a)) throw new AppError("bad_request", `--approaches: unknown "${a}" (known: ${APPROACHES.join(", ")})`);
  return list as Approach[];
}

function printReport(r: EvalReport, approaches: Approach[]): void {
  const head = approaches.flatMap((a) => [`${a} P@10`, `${a} P@20`]);
  console.log(`| label | songs | quadrant accuracy | ${head.join(" | ")} |`);
  console.log(`|---|---|---|${head.map(() => "---").join("|")}|`);
  for (const l of r.labels) {
    const cells = approaches.flatMap((a) => [f2(l.precision[a]?.at10), f2(l.precision[a]?.at20)]);
    console.log(`| ${l.label} | ${l.songs} | ${f2(l.quadrantAccuracy)} | ${cells.join(" | ")} |`);
  }
  const macro = approaches.flatMap((a) => [f2(r.macro.precision[a]?.at10), f2(r.macro.precision[a]?.at20)]);
  console.log(`| **macro** | ${r.songs} | **${f2(r.macro.quadrantAccuracy)}** | ${macro.join(" | ")} |`);
  if (r.thresholds.length > 0) {
    console.log("\n| threshold (dedup) | precision of passing songs | songs passing per query | queries with none |");
    console.log("|---|---|---|---|");
    for (const t of r.thresholds) console.log(`| ${t.threshold.toFixed(2)} | ${f2(t.precision)} | ${t.passing.toFixed(1)} | ${t.empty} |`);
  }
}

async function writePlots(out: string, name: string, r: EvalReport, approaches: Approach[]): Promise<void> {
  await mkdir(out, { recursive: true });
  for (const a of approaches) {
    const groups = Object.entries(r.scores[a] ?? {}).map(([label, values]) => ({ name: label, values }));
    const yLabel = a === "lyrics" ? "BM25 score" : "cosine similarity";
    const range = a === "lyrics" ? {} : { yMin: 0, yMax: 1 };
    const svg = boxPlotSvg({ title: `${name} — ${a}`, yLabel: `${yLabel} of the top 10 per query`, groups, ...range });
    await writeFileAtomic(join(out, `scores-${a}.svg`), svg);
  }
  const map = emotionMapSvg(r.tagged, `${name}: tags by label`, (s) => s.label);
  await writeFileAtomic(join(out, "emotion-map.svg"), map.svg);
  const { scores: _scores, tagged: _tagged, ...summary } = r;
  await writeFileAtomic(join(out, "summary.json"), `${JSON.stringify({ dataset: name, ...summary }, null, 2)}\n`);
}

runMain("eval", async () => {
  const { values, positionals } = parseFlags({
    dataset: { type: "string" },
    split: { type: "string" },
    approaches: { type: "string" },
    out: { type: "string" },
  });
  if (!values.dataset || positionals.length > 0) throw new AppError("bad_request", USAGE);
  const approaches = parseApproaches(values.approaches);
  const file = userPath(values.dataset);
  const name = basename(file).replace(/\.jsonl?$/, "");
  const rows = await readLabelledDataset(file);
  const hasSplits = rows.some((s) => s.split !== undefined);
  // Tune on train, report the rest: by default a set with splits is scored on everything but train.
  const split = values.split ?? (hasSplits ? "held-out" : "all");
  const songs = split === "all" ? rows : split === "held-out" ? rows.filter((s) => s.split !== "train") : rows.filter((s) => s.split === split);
  if (songs.length === 0) throw new AppError("bad_request", `${file}: no songs in split "${split}"`);
  const services = await createEmotionServices();
  const dir = await mkdtemp(join(tmpdir(), "moodtape-eval-"));
  try {
    const started = performance.now();
    const report = await runEval({ songs, approaches, services, dir });
    console.log(`${name} (${split}): ${report.songs} songs, engine ${report.engine}, ${report.untagged} with fewer than 8 emotions, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    printReport(report, approaches);
    const out = userPath(values.out ?? join("eval-output", name));
    await writePlots(out, `${name} (${split})`, report, approaches);
    console.log(`\nplots and summary → ${out}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
