import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScript } from "@/tests/helpers/run-script";
import { tmpDir } from "@/tests/helpers/tmp-dir";

const TRACKS = [
  { id: "t1", title: "Rain on Glass", artists: ["A"], popularity: 30, lyrics: "I cry alone tonight\nmy heart is broken\ntears on the window" },
  { id: "t2", title: "Sunday Dance", artists: ["B"], popularity: 80, lyrics: "we dance all night\nhappy and free\nparty till the sun comes up" },
  { id: "t3", title: "Fury", artists: ["C"], popularity: null, lyrics: "I am so angry\nI hate the lies\nrage in my veins" },
];

function expectOneLineError(r: { code: number | null; stderr: string; stdout: string }, pattern: RegExp) {
  expect(r.code).not.toBe(0);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe("scripts", () => {
  it("tag → index → recommend --json on a data dir, and tag resumes", async () => {
    const dir = await tmpDir();
    const input = join(dir, "tracks.json");
    await writeFile(input, JSON.stringify(TRACKS));
    const tag = await runScript("tag", ["--in", input, "--data-dir", dir]);
    expect(tag.stderr).toBe("");
    expect(tag.stdout).toMatch(/tagged 3, unchanged 0 of 3/);
    const again = await runScript("tag", ["--in", input, "--data-dir", dir]);
    expect(again.stdout).toMatch(/tagged 0, unchanged 3 of 3/);
    const catalog = JSON.parse(await readFile(join(dir, "catalog.json"), "utf8")) as { emotions: string[] }[];
    expect(catalog.map((s) => s.emotions.length)).toEqual([8, 8, 8]);
    const index = await runScript("index", ["--data-dir", dir]);
    expect(index.stdout).toMatch(/indexed 3 songs/);
    const rec = await runScript("recommend", ["--data-dir", dir, "--json", "--threshold", "0.3", "I feel so sad and heartbroken"]);
    expect(rec.code).toBe(0);
    const out = JSON.parse(rec.stdout) as { emotions: string[]; threshold: number; songs: { id: string }[]; belowThreshold: unknown[] };
    expect(out.threshold).toBe(0.3);
    expect(out.songs[0]!.id).toBe("t1");
    expect(Object.keys(out.songs[0]!)).toEqual(
      expect.arrayContaining(["id", "title", "artists", "popularity", "similarity", "emotions", "sharedEmotions", "spotifyUrl"]),
    );
    const table = await runScript("recommend", ["--data-dir", dir, "--limit", "1", "we dance all night"]);
    expect(table.stdout).toMatch(/1\. .*Sunday Dance/);
  });

  it("fails in one line with a non-zero exit on bad input, writing nothing", async () => {
    const dir = await tmpDir();
    const bad = join(dir, "bad.json");
    await writeFile(bad, JSON.stringify([TRACKS[0], { ...TRACKS[1], artists: [] }]));
    expectOneLineError(await runScript("tag", ["--in", bad, "--data-dir", dir, "--strict"]), /bad\.json: record 2: artists:/);
    await expect(stat(join(dir, "catalog.json"))).rejects.toThrow();
    const broken = join(dir, "broken.json");
    await writeFile(broken, "[{\"id\": ");
    expectOneLineError(await runScript("tag", ["--in", broken, "--data-dir", dir]), /broken\.json: invalid JSON/);
    expectOneLineError(await runScript("tag", ["--in", join(dir, "nope.json"), "--data-dir", dir]), /nope\.json: file not found/);
    expectOneLineError(await runScript("tag", ["--data-dir", dir]), /usage: npm run tag/);
    expectOneLineError(await runScript("recommend", ["--colour", "red", "sad"]), /Unknown option '--colour'/);
    expectOneLineError(await runScript("recommend", ["   "]), /mood sentence is empty/);
    expectOneLineError(await runScript("recommend", ["--limit", "0", "sad"]), /--limit must be an integer from 1 to 50/);
    expectOneLineError(await runScript("recommend", ["--sort", "loudness", "sad"]), /--sort must be popularity or similarity/);
    expectOneLineError(await runScript("index", ["--data-dir", dir]), /no tagged catalog/);
    expectOneLineError(await runScript("recommend", ["--data-dir", dir, "sad"]), /has not been built yet/);
  }, 60_000);

  it("keeps a catalog intact when a later tag run fails", async () => {
    const dir = await tmpDir();
    const input = join(dir, "tracks.json");
    await writeFile(input, JSON.stringify(TRACKS));
    await runScript("tag", ["--in", input, "--data-dir", dir]);
    const before = await readFile(join(dir, "catalog.json"), "utf8");
    await writeFile(input, JSON.stringify([{ ...TRACKS[0], popularity: -1 }]));
    expectOneLineError(await runScript("tag", ["--in", input, "--data-dir", dir]), /record 1: popularity/);
    expect(await readFile(join(dir, "catalog.json"), "utf8")).toBe(before);
  });

  it("refuses an index built for another vocabulary, saying to re-index", async () => {
    const dir = await tmpDir();
    const input = join(dir, "tracks.json");
    await writeFile(input, JSON.stringify(TRACKS));
    await runScript("tag", ["--in", input, "--data-dir", dir]);
    await runScript("index", ["--data-dir", dir]);
    const current = (await readFile(join(dir, "index", "CURRENT"), "utf8")).trim();
    const manifestFile = join(dir, "index", current, "manifest.json");
    const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as Record<string, unknown>;
    await writeFile(manifestFile, JSON.stringify({ ...manifest, embeddingModel: "text-embedding-3-small", dimension: 1536 }));
    expectOneLineError(await runScript("recommend", ["--data-dir", dir, "sad"]), /built with embeddings "text-embedding-3-small".*npm run index/);
  });
});
