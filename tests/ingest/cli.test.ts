import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeMusic, startFakeMusic } from "@/tests/helpers/fake-music";
import { runScript } from "@/tests/helpers/run-script";
import { tmpDir } from "@/tests/helpers/tmp-dir";

let fake: FakeMusic;
const ID = "4rOoJ6Egrf8K2IrywzwOMk";

beforeAll(async () => {
  fake = await startFakeMusic();
  fake.playlists.set(ID, {
    entries: [
      { id: "t1aaaaaaaaaaaaaaaaaaaa", name: "Paper Boats", artist: "Harbor Lights", popularity: 61 },
      { id: "t2aaaaaaaaaaaaaaaaaaaa", name: "Nowhere Song", artist: "Nobody" },
      { id: "ep1", name: "A Podcast", artist: "P", type: "episode" },
    ],
  });
  fake.lrclib = [{ trackName: "Paper Boats", artistName: "Harbor Lights", plainLyrics: "I cry alone tonight\nmy heart is broken" }];
});
afterAll(() => fake.close());

function env(dir: string): Record<string, string> {
  return {
    SPOTIFY_CLIENT_ID: fake.clientId,
    SPOTIFY_CLIENT_SECRET: fake.clientSecret,
    SPOTIFY_ACCOUNTS_BASE: fake.base,
    SPOTIFY_API_BASE: `${fake.base}/v1`,
    SPOTIFY_TOKEN_FILE: join(dir, "no-token.json"),
    LRCLIB_BASE: fake.base,
    MOODTAPE_LYRICS_PROVIDERS: "lrclib",
  };
}

describe("ingest scripts", () => {
  it("scrape writes tracks with lyrics and a summary; pipeline tags and indexes; no secret is printed", async () => {
    const dir = await tmpDir();
    const r = await runScript("scrape", [`spotify:playlist:${ID}`, "--data-dir", dir], env(dir));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 tracks \(0 from an earlier run\); lyrics found: lrclib 1; instrumental 0; missing 1; skipped 0 local files, 1 episodes/);
    expect(r.stdout + r.stderr).not.toContain(fake.clientSecret);
    const tracks = JSON.parse(await readFile(join(dir, "tracks.json"), "utf8")) as { lyrics: string | null; popularity: number | null }[];
    expect(tracks.map((t) => t.popularity)).toEqual([61, null]);
    const p = await runScript("pipeline", [ID, "--data-dir", dir], env(dir));
    expect(p.code, p.stderr).toBe(0);
    expect(p.stdout).toMatch(/2 tracks \(2 from an earlier run\)/);
    expect(p.stdout).toMatch(/indexed 1 songs/);
  });

  it("fails in one line on a bad playlist, missing credentials and an editorial playlist", async () => {
    const dir = await tmpDir();
    const bad = await runScript("scrape", ["not a playlist", "--data-dir", dir], env(dir));
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim()).toMatch(/^scrape: "not a playlist" is not a Spotify playlist URL, URI or id$/);
    const { SPOTIFY_CLIENT_SECRET: _s, SPOTIFY_CLIENT_ID: _i, ...noKeys } = env(dir);
    const none = await runScript("scrape", [ID, "--data-dir", dir], { ...noKeys, SPOTIFY_CLIENT_ID: "", SPOTIFY_CLIENT_SECRET: "" });
    expect(none.stderr.trim()).toMatch(/^scrape: no Spotify credentials/);
    const editorial = await runScript("scrape", ["37i9dQZF1DXcBWIGoYBM5M", "--data-dir", dir], env(dir));
    expect(editorial.stderr.trim().split("\n")).toHaveLength(1);
    expect(editorial.stderr).toMatch(/editorial or algorithmic/);
  });

  it("import reads an Exportify CSV, reports a bad row by record, field and line, and fetches lyrics", async () => {
    const dir = await tmpDir();
    const csv = join(dir, "list.csv");
    await writeFile(
      csv,
      '\uFEFFTrack URI,Track Name,Artist Name(s),Album Name,Release Date,Duration (ms),Popularity\r\n' +
        'spotify:track:t1aaaaaaaaaaaaaaaaaaaa,"Paper Boats",Harbor Lights,"Boats, Vol. 1",2019-04-12,200000,61\r\n' +
        "spotify:track:t9aaaaaaaaaaaaaaaaaaaa,Broken Row,Someone,X,2019,1000,abc\r\n",
    );
    const r = await runScript("import", [csv, "--data-dir", dir], env(dir));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^import: list\.csv: record 2: popularity: "abc" is not a number from 0 to 100 \(line 3\) \(skipped\)$/m);
    expect(r.stdout).toMatch(/1 tracks .*lyrics found: lrclib 1/);
  });
});
