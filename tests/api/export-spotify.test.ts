import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as exportPost } from "@/app/api/export/route";
import { bundledDataDir } from "@/tests/helpers/bundled-data-dir";
import { type FakeMusic, logInToFake, startFakeMusic } from "@/tests/helpers/fake-music";
import { tmpDir } from "@/tests/helpers/tmp-dir";

let fake: FakeMusic;
let tokenFile: string;

const post = (body: unknown) =>
  exportPost(new Request("http://localhost/api/export", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));

beforeAll(async () => {
  fake = await startFakeMusic();
  process.env.MOODTAPE_DATA_DIR = await bundledDataDir();
  tokenFile = join(await tmpDir(), "spotify-token.json");
});
afterAll(() => fake.close());
beforeEach(() => {
  Object.assign(process.env, {
    SPOTIFY_CLIENT_ID: fake.clientId,
    SPOTIFY_API_BASE: `${fake.base}/v1`,
    SPOTIFY_ACCOUNTS_BASE: fake.base,
    SPOTIFY_TOKEN_FILE: tokenFile,
    MOODTAPE_SPOTIFY_SAVE: "true",
    MOODTAPE_RATE_LIMIT_BURST: "100000",
    MOODTAPE_RATE_LIMIT_PER_MINUTE: "100000",
  });
});

describe("POST /api/export with format spotify", () => {
  it("refuses unless the operator switched saving on (any caller could write to the server's account)", async () => {
    await logInToFake(fake, tokenFile);
    process.env.MOODTAPE_SPOTIFY_SAVE = "false";
    const res = await post({ songIds: ["mt-001"], format: "spotify" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/not switched on/);
    expect(fake.created.size).toBe(0);
    const { rm } = await import("node:fs/promises");
    await rm(tokenFile);
  });

  it("says how to log in when there is no login, and creates nothing", async () => {
    const res = await post({ songIds: ["mt-001"], format: "spotify" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/npm run export -- --login/);
    expect(fake.created.size).toBe(0);
  });

  it("creates a private playlist for the logged-in user; songs without a Spotify id are listed as skipped", async () => {
    await logInToFake(fake, tokenFile);
    const res = await post({ songIds: ["mt-001", "mt-002"], format: "spotify", title: "Rainy night" });
    expect(res.status, await res.clone().text()).toBe(200);
    const saved = (await res.json()) as { playlistId: string; url: string; added: number; skipped: { id: string; reason: string }[] };
    expect(saved.url).toBe(`https://open.spotify.com/playlist/${saved.playlistId}`);
    expect(saved.added).toBe(0);
    expect(saved.skipped.map((s) => s.id)).toEqual(["mt-001", "mt-002"]);
    expect(fake.seen.some((s) => s.method === "POST" && s.path === "/v1/me/playlists")).toBe(true);
    expect(fake.seen.some((s) => s.path.includes("/users/"))).toBe(false);
  });
});
