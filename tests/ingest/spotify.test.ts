import { stat } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clientCredentials, loginWithPkce, readCachedToken, userToken } from "@/lib/ingest/spotify-auth";
import { RateGate, createSpotifyClient } from "@/lib/ingest/spotify-client";
import { parsePlaylistId } from "@/lib/ingest/spotify-ids";
import { type FakeMusic, startFakeMusic } from "@/tests/helpers/fake-music";
import { tmpDir } from "@/tests/helpers/tmp-dir";

let fake: FakeMusic;
const ID = "4rOoJ6Egrf8K2IrywzwOMk";
const EDITORIAL = "37i9dQZF1DXcBWIGoYBM5M";

beforeAll(async () => {
  fake = await startFakeMusic();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.seen.length = 0;
  fake.playlists.clear();
  fake.playlists.set(ID, {
    entries: [
      { id: "t1aaaaaaaaaaaaaaaaaaaa", name: "One", artist: "A", popularity: 55 },
      { id: "t2aaaaaaaaaaaaaaaaaaaa", name: "Two", artist: "B" },
      { id: "local1", name: "Home Demo", artist: "Me", isLocal: true },
      null,
      { id: "ep1", name: "A Podcast", artist: "P", type: "episode" },
      { id: "t3aaaaaaaaaaaaaaaaaaaa", name: "Three", artist: "C", popularity: 0 },
    ],
  });
});

function client(extra: Partial<Parameters<typeof createSpotifyClient>[0]> = {}) {
  const tokens = clientCredentials({ accountsBase: fake.base, clientId: fake.clientId, clientSecret: fake.clientSecret });
  return createSpotifyClient({ apiBase: `${fake.base}/v1`, tokens, ...extra });
}

const apiCalls = () => fake.seen.filter((s) => s.path.startsWith("/v1/"));

describe("Spotify playlist ids", () => {
  it("accepts a URL, a URI and an id, and rejects anything else in one line", () => {
    expect(parsePlaylistId(`https://open.spotify.com/playlist/${ID}?si=abc`)).toBe(ID);
    expect(parsePlaylistId(`spotify:playlist:${ID}`)).toBe(ID);
    expect(parsePlaylistId(` ${ID} `)).toBe(ID);
    expect(() => parsePlaylistId("https://example.com/x")).toThrow(/not a Spotify playlist URL, URI or id/);
  });
});

describe("Spotify client", () => {
  it("reads every page of /items, skipping and counting local files, episodes and empty entries", async () => {
    const read = await client().playlistTracks(ID);
    expect(read.path).toBe("items");
    expect(read.songs.map((s) => s.title)).toEqual(["One", "Two", "Three"]);
    expect(read.skipped).toEqual({ local: 1, episodes: 1, empty: 1 });
    expect(read.songs.map((s) => s.popularity)).toEqual([55, null, 0]);
    expect(read.songs[0]).toMatchObject({ spotifyUri: "spotify:track:t1aaaaaaaaaaaaaaaaaaaa", artists: ["A"], releaseDate: "2021-05-07" });
    expect(apiCalls().length).toBe(3);
  });

  it("falls back to /tracks when /items is not found", async () => {
    fake.playlists.get(ID)!.itemsPath = false;
    const read = await client().playlistTracks(ID);
    expect(read.path).toBe("tracks");
    expect(read.songs).toHaveLength(3);
  });

  it("refreshes the token once on 401, then explains a second 401", async () => {
    const c = client();
    await c.playlistTracks(ID);
    fake.revokeTokens();
    expect((await c.playlistTracks(ID)).songs).toHaveLength(3);
    fake.script(`/v1/playlists/${ID}/items`, { status: 401, json: {} }, { status: 401, json: {} });
    await expect(c.playlistTracks(ID)).rejects.toThrow(/401.*log in again/);
  });

  it("explains 403 (the 2026 rule) and 404 on editorial playlists", async () => {
    fake.script(`/v1/playlists/${ID}/items`, { status: 403, json: { error: { status: 403 } } });
    await expect(client().playlistTracks(ID)).rejects.toThrow(/owns or collaborates on/);
    await expect(client().playlistTracks(EDITORIAL)).rejects.toThrow(/editorial or algorithmic.*37i9/);
  });

  it("waits for Retry-After on 429 without sending anything meanwhile, and retries a 500", async () => {
    fake.script(`/v1/playlists/${ID}/items`, { status: 429, json: {}, headers: { "retry-after": "1" } }, { status: 500, json: {} });
    const gate = new RateGate();
    const read = await client({ gate }).playlistTracks(ID);
    expect(read.songs).toHaveLength(3);
    expect(gate.waits).toBe(1);
    const calls = apiCalls();
    const limited = calls[0]!.at;
    expect(calls[1]!.at - limited).toBeGreaterThanOrEqual(1000);
  });

  it("gives up on a server that never answers in time, in one clear line", async () => {
    for (let i = 0; i < 4; i++) fake.script(`/v1/playlists/${ID}/items`, { status: 200, json: {}, delayMs: 400 });
    await expect(client({ timeoutMs: 100, sleep: async () => undefined }).playlistTracks(ID)).rejects.toThrow(/could not be reached/);
  });
});

describe("Spotify login with PKCE", () => {
  it("logs in on a loopback redirect, caches the token 0600, and refreshes it when expired", async () => {
    const cacheFile = join(await tmpDir(), "token.json");
    let opened = "";
    await loginWithPkce({
      accountsBase: fake.base,
      clientId: fake.clientId,
      port: 38_000 + Math.floor(Math.random() * 2000),
      cacheFile,
      onUrl: (url) => {
        opened = url;
        void fetch(url);
      },
    });
    expect(opened).toMatch(/code_challenge_method=S256/);
    expect((await stat(cacheFile)).mode & 0o777).toBe(0o600);
    const cached = (await readCachedToken(cacheFile))!;
    expect(cached.refreshToken).toMatch(/^ref-/);
    const tokens = userToken({ accountsBase: fake.base, clientId: fake.clientId, cacheFile, cached: { ...cached, expiresAt: Date.now() - 1 } });
    const fresh = await tokens.get();
    expect(fresh).not.toBe(cached.accessToken);
    expect((await readCachedToken(cacheFile))!.accessToken).toBe(fresh);
    const read = await createSpotifyClient({ apiBase: `${fake.base}/v1`, tokens }).playlistTracks(ID);
    expect(read.songs).toHaveLength(3);
  });
});
