import { spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Song } from "@/lib/catalog/song";
import { findLyrics, geniusProvider, localFolderProvider, lrclibProvider } from "@/lib/ingest/lyrics-providers";
import { readProgress, scrapeLyrics } from "@/lib/ingest/scrape";
import { type FakeMusic, startFakeMusic } from "@/tests/helpers/fake-music";
import { ROOT } from "@/tests/helpers/run-script";
import { tmpDir } from "@/tests/helpers/tmp-dir";

let fake: FakeMusic;

beforeAll(async () => {
  fake = await startFakeMusic();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.seen.length = 0;
  fake.lrclib = [
    { trackName: "Paper Boats", artistName: "Harbor Lights", plainLyrics: "[Verse 1]\nWe fold our paper boats\n\n\n[Chorus]\nAnd let them drift away\n" },
    { trackName: "Yesterday Again", artistName: "Some Cover Band", plainLyrics: "not this one" },
    { trackName: "Tidepool Interlude", artistName: "Sea Glass", plainLyrics: null, instrumental: true },
  ];
  fake.genius = [
    {
      title: "Night Bus",
      artist: "Static Bloom",
      html: '<html><div data-lyrics-container="true">Night Bus Lyrics<br/>Riding home &amp; alone<br><a href="#">with the city</a></div><div>You might also like</div></html>',
    },
  ];
});

const lrclib = () => lrclibProvider(fake.base);

describe("lyrics providers", () => {
  it("LRCLIB: an exact hit is cleaned of section headers and blank runs", async () => {
    expect(await lrclib().find({ title: "Paper Boats", artist: "Harbor Lights" })).toEqual({
      lyrics: "We fold our paper boats\n\nAnd let them drift away",
      instrumental: false,
    });
  });

  it("LRCLIB: a search hit for another song is rejected with the reason, and instrumentals are marked", async () => {
    const wrong = await lrclib().find({ title: "Yesterday", artist: "The Originals" });
    expect(wrong).toMatchObject({ missing: expect.stringMatching(/rejected/) });
    expect(await lrclib().find({ title: "Tidepool Interlude", artist: "Sea Glass" })).toEqual({ lyrics: null, instrumental: true });
    expect(fake.seen.map((s) => s.path)).toContain("/api/search");
  });

  it("Genius: search, guard and page extraction, with and without a token", async () => {
    for (const token of ["genius-token", undefined]) {
      const p = geniusProvider({ apiBase: fake.base, webBase: fake.base, token });
      const r = await p.find({ title: "Night Bus", artist: "Static Bloom" });
      expect(r).toMatchObject({ instrumental: false, lyrics: expect.stringContaining("Riding home & alone") });
      expect((r as { lyrics: string }).lyrics).not.toMatch(/Lyrics$|might also like|<a/m);
    }
    expect(fake.seen.find((s) => s.path === "/search")!.headers.authorization).toBe("Bearer genius-token");
  });

  it("tries providers in order: a local file first, then LRCLIB, with every reason when all miss", async () => {
    const dir = await tmpDir();
    await writeFile(join(dir, "Harbor Lights - Paper Boats.txt"), "Our own copy\nof the words\n");
    const providers = [localFolderProvider(dir), lrclib()];
    expect(await findLyrics({ title: "Paper Boats", artist: "Harbor Lights" }, providers)).toMatchObject({ source: "local", lyrics: "Our own copy\nof the words" });
    const none = await findLyrics({ title: "Unknown Song", artist: "Nobody" }, providers);
    expect(none.lyrics).toBeNull();
    expect(none).toMatchObject({ missing: expect.stringMatching(/local: no local file; lrclib: /) });
  });
});

function tracks(n: number): Song[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `tr${String(i).padStart(3, "0")}`,
    title: i % 3 === 0 ? "Paper Boats" : `Song ${i}`,
    artists: [i % 3 === 0 ? "Harbor Lights" : "Nobody"],
    popularity: null,
    emotions: [],
  }));
}

describe("resumable scrape", () => {
  it("ignores a truncated last line of progress", async () => {
    const file = join(await tmpDir(), "p.jsonl");
    const t = tracks(2);
    await writeFile(file, `${JSON.stringify({ ...t[0], lyrics: "x" })}\n${JSON.stringify(t[1]).slice(0, 20)}`);
    expect([...(await readProgress(file)).keys()]).toEqual(["tr000"]);
  });

  it("after kill -9, a rerun continues and ends with exactly the catalog of an uninterrupted run", async () => {
    const all = tracks(12);
    const whole = await tmpDir();
    await scrapeLyrics({ tracks: all, providers: [lrclib()], progressFile: join(whole, "p.jsonl"), outFile: join(whole, "out.json"), concurrency: 3 });
    const dir = await tmpDir();
    await mkdir(dir, { recursive: true });
    const input = join(dir, "tracks.json");
    await writeFile(input, JSON.stringify(all));
    const progress = join(dir, "p.jsonl");
    fake.slow("/api/get", 80);
    fake.slow("/api/search", 80);
    const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/scrape-child.ts", input, fake.base, progress, join(dir, "out.json")], { cwd: ROOT, stdio: "ignore" });
    const exited = new Promise((r) => child.on("exit", r));
    for (let i = 0; i < 400; i++) {
      const lines = (await readFile(progress, "utf8").catch(() => "")).split("\n").filter(Boolean).length;
      if (lines >= 4) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    child.kill("SIGKILL");
    await exited;
    fake.slow("/api/get", 0);
    fake.slow("/api/search", 0);
    const before = (await readProgress(progress)).size;
    expect(before).toBeGreaterThanOrEqual(4);
    expect(before).toBeLessThan(12);
    const summary = await scrapeLyrics({ tracks: all, providers: [lrclib()], progressFile: progress, outFile: join(dir, "out.json"), concurrency: 3 });
    expect(summary.resumed).toBe(before);
    expect(await readFile(join(dir, "out.json"), "utf8")).toBe(await readFile(join(whole, "out.json"), "utf8"));
    const ids = (await readFile(progress, "utf8"))
      .split("\n")
      .flatMap((l) => {
        try {
          return [(JSON.parse(l) as Song).id];
        } catch {
          return [];
        }
      });
    expect(new Set(ids).size).toBe(ids.length);
    expect(summary.lyricsBy).toEqual({ lrclib: 4 });
    expect(summary.missing).toHaveLength(8);
  });
});
