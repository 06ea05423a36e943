import { beforeAll, describe, expect, it } from "vitest";
import { OfflineEmotionEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { createOfflineEngine } from "@/lib/emotions/engine";
import { VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import type { MoodtapeDeps } from "@/lib/recommend/ports";
import { recommend } from "@/lib/recommend/recommend";
import { buildSongIndex, openSongIndex } from "@/lib/store/song-index";
import { SMALL_CATALOG } from "@/tests/helpers/songs";
import { tmpDir } from "@/tests/helpers/tmp-dir";

let deps: Pick<MoodtapeDeps, "engine" | "embeddings" | "index">;

beforeAll(async () => {
  const embeddings = new OfflineEmotionEmbeddings();
  const indexDir = `${await tmpDir()}/index`;
  await buildSongIndex({ indexDir, songs: SMALL_CATALOG, embeddings, vocabularyVersion: VOCABULARY_VERSION });
  deps = { engine: createOfflineEngine(), embeddings, index: await openSongIndex({ indexDir, embeddings, vocabularyVersion: VOCABULARY_VERSION }) };
  return () => deps.index.close();
});

describe("recommend", () => {
  it("keeps songs above the threshold and sorts them by popularity, unknown popularity last", async () => {
    const r = await recommend({ mood: "I am so sad and lonely", threshold: 0.3 }, deps);
    expect(r.emotions.length).toBeGreaterThan(0);
    const ids = r.songs.map((s) => s.id);
    expect(ids.slice(0, 3).sort()).toEqual(["sad-1", "sad-2", "sad-3"].sort());
    const known = r.songs.filter((s) => s.popularity !== null).map((s) => s.popularity!);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    const firstUnknown = r.songs.findIndex((s) => s.popularity === null);
    if (firstUnknown >= 0) expect(r.songs.slice(firstUnknown).every((s) => s.popularity === null)).toBe(true);
    for (const s of r.songs) expect(s.similarity).toBeGreaterThanOrEqual(0.3);
    expect(r.belowThreshold).toEqual([]);
  });

  it("sorts by similarity when asked, and limits", async () => {
    const r = await recommend({ mood: "I am so sad and lonely", threshold: 0, sort: "similarity", limit: 4 }, deps);
    expect(r.songs).toHaveLength(4);
    const sims = r.songs.map((s) => s.similarity);
    expect(sims).toEqual([...sims].sort((a, b) => b - a));
  });

  it("explains why: the shared emotions come from both sides", async () => {
    const r = await recommend({ mood: "heartbroken", threshold: 0.3 }, deps);
    const top = r.songs.find((s) => s.id === "sad-2")!;
    expect(top.sharedEmotions).toContain("heartbreak");
    for (const s of r.songs) for (const e of s.sharedEmotions) expect(s.emotions).toContain(e);
  });

  it("says so when nothing passes and carries the nearest songs below", async () => {
    const r = await recommend({ mood: "I am so sad and lonely", threshold: 0.999 }, deps);
    expect(r.songs).toEqual([]);
    expect(r.belowThreshold.length).toBeGreaterThan(0);
    expect(r.belowThreshold[0]!.similarity).toBeLessThan(0.999);
    expect(r.message).toMatch(/No song reaches/);
  });

  it("reports no emotion instead of returning songs for a neutral sentence", async () => {
    const r = await recommend({ mood: "The meeting is at four" }, deps);
    expect(r).toMatchObject({ emotions: [], songs: [], belowThreshold: [] });
    expect(r.message).toMatch(/No emotion/);
  });

  it("leaves out excluded songs", async () => {
    const r = await recommend({ mood: "sad", threshold: 0, exclude: ["sad-1", "sad-2"] }, deps);
    expect(r.songs.map((s) => s.id)).not.toContain("sad-1");
    expect(r.songs.map((s) => s.id)).not.toContain("sad-2");
  });
});
