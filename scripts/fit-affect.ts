// npm run fit-affect: fits the two small linear models that place a song in valence × arousal
// (lib/emotions/affect-model.ts) from the real-lyrics dev sets, read at run time. Only numbers go
// into the repo: one weight per song-level feature, no word from the lyrics.
// Valence is fitted on the `train` splits of the English sets (happy/relaxed vs sad/angry), arousal
// on NJU's train split (happy/angry vs sad/relaxed). Each language's features are centred on the
// median over all its songs, labels unused, since the lexicons of each language lean differently.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileAtomic } from "@/lib/fs/atomic-file";
import { parseFlags, runMain, userPath } from "@/lib/cli";
import { AFFECT_FEATURES, affectFeatures } from "@/lib/emotions/affect";
import { readEvidence } from "@/lib/emotions/evidence";
import { LABEL_QUADRANTS, readLabelledDataset } from "@/lib/eval/dataset";

const SETS = ["nju-musicmood-4q.jsonl", "musicmood-happy-sad.jsonl", "es-lyrics-polarity.jsonl"];
const L2 = 0.02;
const STEPS = 4000;
const RATE = 0.2;

interface Row { x: number[]; lang: "en" | "es"; label: string; split?: string; set: string }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;

/** Class-balanced, L2-regularised logistic regression by gradient descent (deterministic). */
function fitLogistic(X: number[][], y: number[]): { weights: number[]; bias: number } {
  const d = X[0]!.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const positives = y.filter((v) => v === 1).length;
  const classWeight = [X.length / (2 * (X.length - positives)), X.length / (2 * positives)];
  for (let step = 0; step < STEPS; step++) {
    const g = new Array<number>(d).fill(0);
    let gb = 0;
    X.forEach((x, i) => {
      const z = x.reduce((s, v, j) => s + v * w[j]!, b);
      const e = (1 / (1 + Math.exp(-z)) - y[i]!) * classWeight[y[i]!]!;
      for (let j = 0; j < d; j++) g[j]! += e * x[j]!;
      gb += e;
    });
    for (let j = 0; j < d; j++) w[j]! -= RATE * (g[j]! / X.length + L2 * w[j]!);
    b -= (RATE * gb) / X.length;
  }
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return { weights: w.map(r), bias: r(b) };
}

runMain("fit-affect", async () => {
  const { values } = parseFlags({ datasets: { type: "string" } });
  const dir = values.datasets ? userPath(values.datasets) : fileURLToPath(new URL("../../shared/datasets/", import.meta.url));
  const rows: Row[] = [];
  for (const set of SETS) {
    for (const s of await readLabelledDataset(join(dir, set))) {
      const ev = readEvidence(s.song.lyrics ?? "");
      rows.push({ x: affectFeatures(ev), lang: ev.language, label: s.label, split: s.split, set });
    }
  }
  const centreOf = (lang: "en" | "es") => AFFECT_FEATURES.map((_, i) => median(rows.filter((r) => r.lang === lang).map((r) => r.x[i]!)));
  const centre = { en: centreOf("en"), es: centreOf("es") };
  const train = rows.filter((r) => r.split === "train" && r.lang === "en");
  const scale = AFFECT_FEATURES.map((_, i) => {
    const xs = train.map((r) => r.x[i]! - centre.en[i]!);
    return Math.max(1e-3, Math.sqrt(xs.reduce((s, v) => s + v * v, 0) / xs.length));
  });
  const std = (r: Row) => r.x.map((v, i) => (v - centre[r.lang][i]!) / scale[i]!);
  const quads = (r: Row) => LABEL_QUADRANTS[r.label] ?? [];
  const vRows = train.filter((r) => quads(r).length > 0);
  const valence = fitLogistic(vRows.map(std), vRows.map((r) => (quads(r).every((q) => q === "happy" || q === "relaxed") ? 1 : 0)));
  const aRows = train.filter((r) => r.set.startsWith("nju"));
  const arousal = fitLogistic(aRows.map(std), aRows.map((r) => (quads(r).every((q) => q === "happy" || q === "angry") ? 1 : 0)));
  const r4 = (xs: number[]) => xs.map((v) => Math.round(v * 10000) / 10000);
  const model = { features: AFFECT_FEATURES, centre: { en: r4(centre.en), es: r4(centre.es) }, scale: r4(scale), valence, arousal };
  const file = fileURLToPath(new URL("../lib/emotions/affect-model.ts", import.meta.url));
  const text =
    "// Written by `npm run fit-affect` from the dev sets' train splits (see scripts/fit-affect.ts); do not edit by hand.\n" +
    `export const AFFECT_MODEL = ${JSON.stringify(model, null, 2)} as const;\n`;
  await writeFileAtomic(file, text);
  console.log(`fitted on ${vRows.length} songs (valence) and ${aRows.length} (arousal) → ${file}`);
  console.log(`valence weights: ${AFFECT_FEATURES.map((f, i) => `${f} ${valence.weights[i]}`).join(", ")}`);
  console.log(`arousal weights: ${AFFECT_FEATURES.map((f, i) => `${f} ${arousal.weights[i]}`).join(", ")}`);
});
