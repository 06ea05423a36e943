import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EmotionTermData } from "@/lib/emotions/types";
import { getVocabulary } from "@/lib/emotions/vocabulary";
import { emotionMapSvg, jitterOf, songPosition } from "@/lib/eval/emotion-map";
import { runScript } from "@/tests/helpers/run-script";
import { tmpDir } from "@/tests/helpers/tmp-dir";

const term = (t: string, valence: number, arousal: number, family: string) =>
  [t, { term: t, valence, arousal, family } as unknown as EmotionTermData] as const;
const FAKE = { byTerm: new Map([term("up", 1, 1, "power"), term("down", -1, -1, "sadness")]) };

const SONGS = [
  { id: "s-1", title: "Lanterns & Ledgers", artists: ["The Paper Owls"], emotions: ["joy", "excitement", "celebration"] },
  { id: "s-2", title: "Paper <Moons>", artists: ["Vela Quist"], emotions: ["sadness", "loneliness"] },
  { id: "s-3", title: 'Harbor "Nine"', artists: ["Odd Tide", "Marrow"], emotions: ["calm", "serenity"] },
];

describe("songPosition", () => {
  it("puts a happy, energetic term at positive valence and arousal, in its family", () => {
    const joy = getVocabulary().byTerm.get("joy")!;
    const p = songPosition(["joy"])!;
    expect(p.valence).toBeGreaterThan(0);
    expect(p.arousal).toBeGreaterThan(0);
    expect(p).toEqual({ valence: joy.valence, arousal: joy.arousal, family: "joyful_activation" });
  });

  it("puts sad terms at negative valence and arousal, and unknown terms nowhere", () => {
    const p = songPosition(["sadness", "loneliness"])!;
    expect(p.valence).toBeLessThan(0);
    expect(p.arousal).toBeLessThan(0);
    expect(p.family).toBe("sadness");
    expect(songPosition(["not-an-emotion", "zzz"])).toBeNull();
    expect(songPosition([])).toBeNull();
  });

  it("weights by rank 1/(1+0.25·rank); unknown terms keep their slot and give no family", () => {
    const p = songPosition(["up", "down"], FAKE)!;
    expect(p.valence).toBeCloseTo((1 - 0.8) / 1.8, 10);
    expect(p.family).toBe("power");
    const q = songPosition(["mystery", "down", "up"], FAKE)!;
    expect(q.arousal).toBeCloseTo((-0.8 + 1 / 1.5) / (0.8 + 1 / 1.5), 10);
    expect(q.family).toBe("sadness");
  });
});

describe("emotionMapSvg", () => {
  it("places songs with known emotions, skips the rest, escapes titles, and labels the quadrants", () => {
    const songs = [...SONGS, { id: "s-4", title: "Blank", artists: ["Nobody"], emotions: [] }];
    const { svg, placed, skipped } = emotionMapSvg(songs, "Map <test>");
    expect({ placed, skipped }).toEqual({ placed: 3, skipped: 1 });
    expect(svg.split('fill-opacity="0.7"').length - 1).toBe(3);
    expect(svg).toContain("Lanterns &amp; Ledgers");
    expect(svg).toContain("Paper &lt;Moons&gt;");
    expect(svg).toContain("Map &lt;test&gt;");
    for (const label of ["happy / energetic", "angry / tense", "sad / low", "calm / relaxed"]) expect(svg).toContain(label);
    expect(svg).toContain("joyful activation (1)");
    expect(svg).not.toMatch(/NaN/);
    expect(emotionMapSvg(structuredClone(songs), "Map <test>").svg).toBe(svg);
  });

  it("jitters identical tags apart, deterministically and by at most 0.03", () => {
    const twins = ["a", "b"].map((id) => ({ id, title: id, artists: ["x"], emotions: ["joy"] }));
    const cx = emotionMapSvg(twins, "t").svg.match(/<circle cx="[\d.]+" cy="[\d.]+" r="3"/g);
    expect(cx).toHaveLength(2);
    expect(cx![0]).not.toBe(cx![1]);
    const offsets = Array.from({ length: 500 }, (_, i) => jitterOf(`song-${i}`)).flat();
    expect(Math.max(...offsets.map(Math.abs))).toBeLessThanOrEqual(0.03);
    expect(Math.max(...offsets.map(Math.abs))).toBeGreaterThan(0.02);
    expect(jitterOf("song-7")).toEqual(jitterOf("song-7"));
  });
});

function expectOneLineError(r: { code: number | null; stdout: string; stderr: string }, pattern: RegExp) {
  expect(r.code).not.toBe(0);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe("npm run map", () => {
  it("writes the map of a data dir's catalog and says where", async () => {
    const dir = await tmpDir();
    const catalog = SONGS.map((s) => ({ ...s, popularity: null }));
    await writeFile(join(dir, "catalog.json"), JSON.stringify(catalog));
    const r = await runScript("map", ["--data-dir", dir]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const file = join(dir, "emotion-map.svg");
    expect(r.stdout).toBe(`emotion map: 3 songs (0 without emotions) → ${file}\n`);
    const svg = await readFile(file, "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    for (const t of ["Lanterns &amp; Ledgers", "Paper &lt;Moons&gt;", "Harbor &quot;Nine&quot;"]) expect(svg).toContain(t);
    expect((await readdir(dir)).filter((f) => f.startsWith(".tmp-"))).toEqual([]);
    const out = join(dir, "custom.svg");
    const custom = await runScript("map", ["--data-dir", dir, "--out", out]);
    expect(custom.stdout).toBe(`emotion map: 3 songs (0 without emotions) → ${out}\n`);
    expect(await readFile(out, "utf8")).toBe(svg);
  });

  it("fails in one line without a catalog, for a missing output folder, and on a stray argument", async () => {
    const dir = await tmpDir();
    expectOneLineError(await runScript("map", ["--data-dir", dir]), /catalog\.json: no tagged catalog; run `npm run tag` first$/);
    await expect(stat(join(dir, "emotion-map.svg"))).rejects.toThrow();
    await writeFile(join(dir, "catalog.json"), JSON.stringify(SONGS.map((s) => ({ ...s, popularity: 1 }))));
    expectOneLineError(await runScript("map", ["--data-dir", dir, "--out", join(dir, "no", "map.svg")]), /map\.svg: its folder does not exist$/);
    expectOneLineError(await runScript("map", ["extra"]), /usage: npm run map/);
  });

  it("maps the bundled songs without --data-dir, even before the app has tagged them", async () => {
    const out = join(await tmpDir(), "bundled.svg");
    const r = await runScript("map", ["--out", out]);
    expect(r.code).toBe(0);
    const placed = Number(r.stdout.match(/^emotion map: (\d+) songs \(\d+ without emotions\) → /)?.[1]);
    expect(placed).toBeGreaterThan(100);
    expect((await readFile(out, "utf8")).split('fill-opacity="0.7"').length - 1).toBe(placed);
  });
});
