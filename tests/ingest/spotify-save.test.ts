import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Song } from "@/lib/catalog/song";
import { userToken } from "@/lib/ingest/spotify-auth";
import { createSpotifyClient } from "@/lib/ingest/spotify-client";
import { saveToSpotify, spotifyTrackId } from "@/lib/ingest/spotify-playlists";
import { type FakeMusic, logInToFake, startFakeMusic } from "@/tests/helpers/fake-music";
import { tmpDir } from "@/tests/helpers/tmp-dir";

let fake: FakeMusic;
beforeAll(async () => {
  fake = await startFakeMusic();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.seen.length = 0;
  fake.created.clear();
});

/** A 22-character base62 id, distinct per n. */
const trackId = (n: number) => `tr${String(n).padStart(20, "0")}`;
const song = (n: number, withId = true): Song => ({
  id: withId ? trackId(n) : `local-${n}`,
  title: `Song ${n}`,
  artists: ["A"],
  popularity: null,
  emotions: [],
  ...(withId ? { spotifyUri: `spotify:track:${trackId(n)}` } : {}),
});

/** A logged-in user's token (through the fake's PKCE code flow, as `--login` gets it). */
async function client() {
  const cacheFile = join(await tmpDir(), "token.json");
  const cached = await logInToFake(fake, cacheFile);
  const tokens = userToken({
    accountsBase: fake.base,
    clientId: fake.clientId,
    cacheFile,
    cached: { ...cached, expiresAt: Date.now() + 3_600_000 },
  });
  // Backoff and Retry-After pauses really wait, but at most 20 ms a step.
  return createSpotifyClient({ apiBase: `${fake.base}/v1`, tokens, sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20))) });
}

const writes = () => fake.seen.filter((s) => s.method === "POST" && s.path.startsWith("/v1/"));

describe("saveToSpotify", () => {
  it("creates a private playlist on /me/playlists and adds 250 songs in batches of 100, in order", async () => {
    const songs = Array.from({ length: 250 }, (_, i) => song(i));
    const r = await saveToSpotify({ name: "Rainy night", songs }, await client(), `${fake.base}/v1`);
    expect(r.added).toBe(250);
    expect(r.skipped).toEqual([]);
    expect(r.url).toBe(`https://open.spotify.com/playlist/${r.playlistId}`);
    const calls = writes();
    expect(calls.map((c) => c.path)).toEqual(["/v1/me/playlists", ...Array(3).fill(`/v1/playlists/${r.playlistId}/items`)]);
    expect(JSON.parse(calls[0]!.body)).toEqual({ name: "Rainy night", public: false });
    expect(calls.slice(1).map((c) => (JSON.parse(c.body) as { uris: string[] }).uris.length)).toEqual([100, 100, 50]);
    expect(calls.every((c) => c.headers.authorization?.startsWith("Bearer tok-"))).toBe(true);
    expect(fake.created.get(r.playlistId)!.uris).toEqual(songs.map((s) => s.spotifyUri));
  });

  it("lists songs without a Spotify id and repeats as skipped, never searching for them", async () => {
    const songs = [song(1), song(2, false), song(1), { ...song(3), spotifyUri: undefined, spotifyUrl: `https://open.spotify.com/track/${trackId(3)}?si=x` }];
    const r = await saveToSpotify({ name: "Mixed", songs, public: true }, await client(), `${fake.base}/v1`);
    expect(r.added).toBe(2);
    expect(r.skipped).toEqual([
      { id: "local-2", title: "Song 2", reason: "no Spotify id" },
      { id: trackId(1), title: "Song 1", reason: "listed twice" },
    ]);
    expect(fake.created.get(r.playlistId)).toMatchObject({ public: true, uris: [`spotify:track:${trackId(1)}`, `spotify:track:${trackId(3)}`] });
    expect(fake.seen.some((s) => s.path.includes("search"))).toBe(false);
  });

  it("refreshes an expired token once, waits out a 429 and retries a 500", async () => {
    const c = await client();
    fake.revokeTokens();
    fake.script("/v1/me/playlists", { status: 429, headers: { "retry-after": "1" }, json: { error: { status: 429 } } });
    const r = await saveToSpotify({ name: "Retry", songs: [song(1)] }, c, `${fake.base}/v1`);
    expect(r.added).toBe(1);
    expect(fake.seen.filter((s) => s.path === "/api/token" && s.body.includes("grant_type=refresh_token")).length).toBe(1);
    expect(c.gate.waits).toBe(1);
    fake.script(`/v1/playlists/${r.playlistId}/items`, { status: 500, json: {} });
    const again = await saveToSpotify({ name: "Retry", songs: [song(2)] }, c, `${fake.base}/v1`);
    expect(again.added).toBe(1);
  });

  it("on a partial failure keeps the batches that went in and lists the refused ones with the reason", async () => {
    const c = await client();
    const songs = Array.from({ length: 230 }, (_, i) => song(i));
    // The playlist id is not known before it is made: refuse every add of the next playlist's 2nd batch.
    const first = await saveToSpotify({ name: "x", songs: [song(999)] }, c, `${fake.base}/v1`);
    const nextId = `pl${String(Number(first.playlistId.slice(2)) + 2).padStart(20, "0")}`;
    fake.script(`/v1/playlists/${nextId}/items`, { status: 201, json: { snapshot_id: "a" } });
    const items = `/v1/playlists/${nextId}/items`;
    // One try and three retries: the second batch is refused for good, the third goes in.
    fake.script(items, ...Array(4).fill({ status: 502, json: {} }));
    const r = await saveToSpotify({ name: "Partial", songs }, c, `${fake.base}/v1`);
    expect(r.playlistId).toBe(nextId);
    expect(r.skipped.map((s) => s.reason)).toEqual(Array(100).fill("Spotify answered 502"));
    expect(r.skipped[0]!.id).toBe(trackId(100));
    expect(r.added).toBe(130);
  });

  it("stops after a 403 and throws one line when the playlist cannot be made", async () => {
    const c = await client();
    fake.script("/v1/me/playlists", { status: 403, json: { error: { status: 403, message: "Insufficient client scope" } } });
    await expect(saveToSpotify({ name: "No scope", songs: [song(1)] }, c, `${fake.base}/v1`)).rejects.toThrow(/403.*playlist-modify-private.*--login/);
    await expect(saveToSpotify({ name: "  ", songs: [song(1)] }, c, `${fake.base}/v1`)).rejects.toThrow(/playlist name must be 1 to 100/);
    await expect(saveToSpotify({ name: "x", songs: [] }, c, `${fake.base}/v1`)).rejects.toThrow(/no songs to save/);
  });

  it("the old /users/{id}/playlists path answers 403 on the fake, as Spotify does for development-mode apps", async () => {
    const c = await client();
    const r = await c.send("POST", `${fake.base}/v1/users/someone/playlists`, { name: "x" });
    expect(r.status).toBe(403);
  });

  it("reads a track id only from a Spotify URI or track link", () => {
    expect(spotifyTrackId({ spotifyUri: "spotify:track:abc" })).toBe("abc");
    expect(spotifyTrackId({ spotifyUrl: "https://open.spotify.com/intl-es/track/abc?si=1" })).toBe("abc");
    expect(spotifyTrackId({ spotifyUrl: "https://open.spotify.com/album/abc" })).toBeUndefined();
    expect(spotifyTrackId({})).toBeUndefined();
  });
});
