import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { labelQuadrants, readLabelledDataset } from "@/lib/eval/dataset";
import { runEval, tagQuadrant } from "@/lib/eval/run-eval";
import { createEmotionServices } from "@/lib/services";
import { runScript } from "@/tests/helpers/run-script";
import { tmpDir } from "@/tests/helpers/tmp-dir";

// A tiny labelled set of lines written for this test (never real lyrics).
const SONGS: Record<string, string[]> = {
  happy: [
    "We dance all night, so happy together\nsunshine and laughter, celebrate tonight",
    "Jump up, the party is on, joy in every step\nwe are alive and singing, what a wonderful day",
    "Fiesta en la calle, bailamos felices\nqué alegría, celebramos toda la noche",
  ],
  angry: [
    "I hate your lies, I scream until my throat bleeds\nrage and fury, smash it all, burn it down",
    "Fight back, kill the silence, blood on the walls\nI am furious, violent, nothing but hate",
    "Rabia y furia, odio tus mentiras\ngrito y rompo todo, quiero venganza",
  ],
  sad: [
    "I cried all night since you left me alone\ntears on my pillow, heartbroken and lonely",
    "Your grave is cold, I miss you every day\nempty rooms, I am so sad, grief never fades",
    "Lloro sola desde que te fuiste\nmi corazón roto, triste y sin consuelo",
  ],
  relaxed: [
    "Slowly drifting on a quiet lake\nsoft breeze, gentle light, peaceful and calm",
    "Rest your head, the evening is still\nwarm and easy, serene, we have all the time",
    "Tranquilo, la brisa suave del mar\nen paz descansa, calma y sereno",
  ],
};

async function writeDataset(dir: string): Promise<string> {
  const lines = Object.entries(SONGS).flatMap(([label, lyrics]) =>
    lyrics.map((text, i) => JSON.stringify({ id: `${label}-${i}`, title: `${label} ${i}`, artist: "us", label, lyrics: text })),
  );
  const file = join(dir, "tiny.jsonl");
  await writeFile(file, `${lines.join("\n")}\n`);
  return file;
}

describe("eval datasets", () => {
  it("maps labels to quadrants, happy/sad-only sets by valence side", () => {
    expect(labelQuadrants("happy", new Set(["happy", "sad", "angry", "relaxed"]))).toEqual(["happy"]);
    expect(labelQuadrants("happy", new Set(["happy", "sad"]))).toEqual(["happy", "relaxed"]);
    expect(labelQuadrants("sad", new Set(["happy", "sad"]))).toEqual(["sad", "angry"]);
    expect(labelQuadrants("neu", new Set(["pos", "neu", "neg"]))).toEqual([]);
  });

  it("refuses a bad line or an unknown label with the line number", async () => {
    const dir = await tmpDir();
    const bad = join(dir, "bad.jsonl");
    await writeFile(bad, `${JSON.stringify({ id: 1, lyrics: "la la", label: "happy" })}\n{oops\n`);
    await expect(readLabelledDataset(bad)).rejects.toThrow(/line 2: not valid JSON/);
    await writeFile(bad, `${JSON.stringify({ id: 1, lyrics: "la la", label: "ecstatic" })}\n`);
    await expect(readLabelledDataset(bad)).rejects.toThrow(/line 1: unknown label "ecstatic"/);
  });
});

describe("runEval on a tiny labelled set", () => {
  it("places clear songs in their quadrants and retrieves them for their moods", async () => {
    const dir = await tmpDir();
    const songs = await readLabelledDataset(await writeDataset(dir));
    expect(songs.filter((s) => s.song.language === "es")).toHaveLength(4);
    const report = await runEval({ songs, approaches: ["lyrics", "emotions", "dedup"], services: await createEmotionServices(), dir: join(dir, "work") });
    expect(report.songs).toBe(12);
    expect(report.macro.quadrantAccuracy).toBeGreaterThanOrEqual(0.75);
    // Three relevant songs among twelve: a random ranking would score 0.25 at 10.
    expect(report.macro.precision.dedup!.at10).toBeGreaterThan(0.25);
    for (const approach of ["lyrics", "emotions", "dedup"] as const) {
      for (const label of Object.keys(SONGS)) expect(report.scores[approach]![label]!.length).toBeGreaterThan(0);
    }
    expect(report.thresholds.map((t) => t.passing)).toEqual([...report.thresholds.map((t) => t.passing)].sort((a, b) => b - a));
    expect(tagQuadrant([])).toBeNull();
  }, 60_000);
});

describe("npm run eval", () => {
  it("prints the table and writes box plots and a summary", async () => {
    const dir = await tmpDir();
    const file = await writeDataset(dir);
    const out = join(dir, "out");
    const r = await runScript("eval", ["--dataset", file, "--out", out]);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("eval:"))).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\| \*\*macro\*\* \| 12 \|/);
    expect((await readdir(out)).sort()).toEqual(["emotion-map.svg", "scores-dedup.svg", "scores-emotions.svg", "scores-lyrics.svg", "summary.json"]);
    const summary = JSON.parse(await readFile(join(out, "summary.json"), "utf8"));
    expect(summary.songs).toBe(12);
    expect(await readFile(join(out, "scores-dedup.svg"), "utf8")).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  }, 60_000);

  it("exits non-zero with one line on a missing dataset or an unknown approach", async () => {
    const missing = await runScript("eval", ["--dataset", "/nonexistent/x.jsonl"]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split("\n").filter((l) => l.startsWith("eval:"))).toHaveLength(1);
    const dir = await tmpDir();
    const bad = await runScript("eval", ["--dataset", await writeDataset(dir), "--approaches", "lyrics,magic"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown "magic"/);
  }, 60_000);
});
