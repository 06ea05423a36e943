// import → tag → index → recommend/export with songs that have mood tags and no lyrics, through the
// real scripts; lyrics providers and Spotify are the fake server.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeMusic, logInToFake, startFakeMusic } from "@/tests/helpers/fake-music";
import { runScript } from "@/tests/helpers/run-script";
import { tmpDir } from "@/tests/helpers/tmp-dir";

let fake: FakeMusic;
beforeAll(async () => {
  fake = await startFakeMusic();
});
afterAll(() => fake.close());

const env = (dir: string): Record<string, string> => ({
  SPOTIFY_CLIENT_ID: fake.clientId,
  SPOTIFY_ACCOUNTS_BASE: fake.base,
  SPOTIFY_API_BASE: `${fake.base}/v1`,
  SPOTIFY_TOKEN_FILE: join(dir, "token.json"),
  LRCLIB_BASE: fake.base,
  MOODTAPE_LYRICS_PROVIDERS: "lrclib",
  OPENAI_API_KEY: "",
});

const MUSE = [
  "lastfm_url,track,artist,seeds,number_of_emotion_tags,valence_tags,arousal_tags,dominance_tags,mbid,spotify_id,genre",
  "u,Grey Harbour,Mara Vell,\"['sad', 'melancholy', 'lonely']\",9,2.2,3.0,3.5,,1bbbbbbbbbbbbbbbbbbbbb,indie",
  "u,Sunday Dance,Los Invent,\"['happy', 'upbeat', 'party']\",14,7.8,7.0,6.0,,2bbbbbbbbbbbbbbbbbbbbb,latin",
  "u,Fury Road,Kora,\"['aggressive', 'angry']\",5,2.5,7.5,6.5,,3bbbbbbbbbbbbbbbbbbbbb,metal",
  "u,Low Light,Kora,\"['chill', 'mellow']\",5,6.2,2.5,5.0,,,ambient",
].join("\n");

type CatalogSong = { id: string; emotions: string[]; emotionSource?: string; spotifyUrl?: string };

describe("crowd-tagged catalogs through import, tag, index", () => {
  it("imports a MuSe-format file without looking up lyrics; tag keeps and never wipes their emotions; recommend finds them", async () => {
    const dir = await tmpDir();
    await writeFile(join(dir, "muse.csv"), MUSE);
    fake.seen.length = 0;
    const imported = await runScript("import", [join(dir, "muse.csv"), "--data-dir", dir], env(dir));
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/4 songs with mood tags: emotions from their tags, no lyrics looked up/);
    expect(fake.seen.filter((s) => s.path.startsWith("/api/"))).toEqual([]);
    const tracks = join(dir, "tracks.json");
    const tag = await runScript("tag", ["--in", tracks, "--data-dir", dir], env(dir));
    expect(tag.code, tag.stderr).toBe(0);
    expect(tag.stdout).toMatch(/tagged 4, unchanged 0 of 4/);
    const catalog = JSON.parse(await readFile(join(dir, "catalog.json"), "utf8")) as CatalogSong[];
    expect(catalog.map((s) => [s.emotionSource, s.emotions.length])).toEqual(Array(4).fill(["tags", 8]));
    expect((await runScript("tag", ["--in", tracks, "--data-dir", dir], env(dir))).stdout).toMatch(/tagged 0, unchanged 4 of 4/);
    // A later source file without the tags or emotions (no lyrics either) must not wipe them.
    const bare = catalog.map(({ id, spotifyUrl }) => ({ id, title: "T", artists: ["A"], popularity: null, lyrics: null, ...(spotifyUrl ? { spotifyUrl } : {}) }));
    await writeFile(join(dir, "bare.json"), JSON.stringify(bare));
    expect((await runScript("tag", ["--in", join(dir, "bare.json"), "--data-dir", dir], env(dir))).code).toBe(0);
    const after = JSON.parse(await readFile(join(dir, "catalog.json"), "utf8")) as CatalogSong[];
    expect(after.map((s) => s.emotions)).toEqual(catalog.map((s) => s.emotions));
    expect((await runScript("index", ["--data-dir", dir], env(dir))).code).toBe(0);
    const sad = await runScript("recommend", ["--data-dir", dir, "--json", "--sort", "similarity", "I feel so sad and alone"], env(dir));
    const answer = JSON.parse(sad.stdout) as { songs: { id: string; spotifyUrl: string | null }[] };
    expect(answer.songs[0]).toMatchObject({ id: "1bbbbbbbbbbbbbbbbbbbbb", spotifyUrl: "https://open.spotify.com/track/1bbbbbbbbbbbbbbbbbbbbb" });
  }, 90_000);

  it("skips a bad record of a 777-song file and imports the rest; fails only when nothing is usable or --strict", async () => {
    const dir = await tmpDir();
    const songs = Array.from({ length: 777 }, (_, i) => ({ id: `s${i}`, title: `Song ${i}`, artists: [i === 400 ? "" : "A"], popularity: null, tags: ["calm"] }));
    await writeFile(join(dir, "big.json"), JSON.stringify(songs));
    const r = await runScript("import", [join(dir, "big.json"), "--data-dir", dir], env(dir));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.trim()).toBe("import: big.json: record 401: artists.0: String must contain at least 1 character(s) (skipped)");
    expect(r.stdout).toMatch(/776 songs with mood tags/);
    const strict = await runScript("import", [join(dir, "big.json"), "--data-dir", dir, "--strict"], env(dir));
    expect(strict.code).not.toBe(0);
    expect(strict.stderr.trim()).toMatch(/big\.json: record 401: artists\.0:/);
    await writeFile(join(dir, "none.json"), JSON.stringify([{ id: "x", title: "", artists: ["A"], popularity: null }]));
    const none = await runScript("tag", ["--in", join(dir, "none.json"), "--data-dir", dir], env(dir));
    expect(none.code).not.toBe(0);
    expect(none.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^tag: .*none\.json: record 1: title: .*\(nothing to import: the only record\)$/)]);
  }, 60_000);
});

async function loggedIn(dir: string): Promise<void> {
  await logInToFake(fake, join(dir, "token.json"));
}

describe("npm run export", () => {
  it("writes M3U and JSON for ids or a mood, and saves to Spotify listing songs without an id", async () => {
    const dir = await tmpDir();
    await writeFile(join(dir, "muse.csv"), MUSE);
    await runScript("import", [join(dir, "muse.csv"), "--data-dir", dir], env(dir));
    await runScript("tag", ["--in", join(dir, "tracks.json"), "--data-dir", dir], env(dir));
    const ids = "1bbbbbbbbbbbbbbbbbbbbb,kora--low-light,nope";
    const m3u = await runScript("export", ["--to", "m3u", "--ids", ids, "--name", "Mix", "--data-dir", dir], env(dir));
    expect(m3u.code, m3u.stderr).toBe(0);
    expect(m3u.stderr).toMatch(/^export: nope: not in the index \(left out\)$/m);
    expect(m3u.stdout).toBe(
      "#EXTM3U\n#PLAYLIST:Mix\n#EXTINF:-1,Mara Vell - Grey Harbour\nhttps://open.spotify.com/track/1bbbbbbbbbbbbbbbbbbbbb\n" +
        "#EXTINF:-1,Kora - Low Light\nhttps://open.spotify.com/search/Kora%20Low%20Light\n",
    );
    const out = join(dir, "mood.json");
    const json = await runScript("export", ["--to", "json", "--out", out, "--data-dir", dir, "--limit", "1", "--threshold", "0", "I am furious"], env(dir));
    expect(json.code, json.stderr).toBe(0);
    const file = JSON.parse(await readFile(out, "utf8")) as { title: string; songs: { id: string }[] };
    expect(file).toMatchObject({ title: "Moodtape: I am furious", songs: [{ id: "3bbbbbbbbbbbbbbbbbbbbb" }] });
    const noLogin = await runScript("export", ["--to", "spotify", "--ids", ids, "--data-dir", dir], env(dir));
    expect(noLogin.code).not.toBe(0);
    expect(noLogin.stderr.trim()).toMatch(/^export: saving to Spotify needs your login/);
    await loggedIn(dir);
    fake.created.clear();
    const saved = await runScript("export", ["--to", "spotify", "--ids", ids, "--name", "Mix", "--data-dir", dir], env(dir));
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stderr).toMatch(/^export: Low Light \(kora--low-light\): no Spotify id \(skipped\)$/m);
    expect(saved.stdout).toMatch(/^saved 1 of 2 songs to "Mix" → https:\/\/open\.spotify\.com\/playlist\/pl\d+$/m);
    expect([...fake.created.values()]).toEqual([{ name: "Mix", public: false, uris: ["spotify:track:1bbbbbbbbbbbbbbbbbbbbb"] }]);
    const bad = await runScript("export", ["--to", "mp3", "--ids", ids, "--data-dir", dir], env(dir));
    expect(bad.stderr.trim()).toMatch(/^export: usage: npm run export/);
  }, 120_000);
});
