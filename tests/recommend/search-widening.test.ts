import { describe, expect, it } from "vitest";
import type { Song } from "@/lib/catalog/song";
import { searchByVector } from "@/lib/recommend/recommend";
import type { SongHit, SongIndex } from "@/lib/store/song-index";

/** An index whose nearest 300 songs are English and the next 100 Spanish; it records the k it is asked for. */
function fakeIndex(asked: number[]): SongIndex {
  const songs: SongHit[] = Array.from({ length: 400 }, (_, i) => ({
    song: { id: `s${i}`, title: `T${i}`, artists: [`A${i}`], popularity: null, emotions: ["joy"], language: i < 300 ? "en" : "es" } as Song,
    similarity: 0.99 - i / 1000,
  }));
  return {
    manifest: { formatVersion: 1, embeddingModel: "x", dimension: 2, vocabularyVersion: "2", songCount: 400, skipped: 0, partitions: 0, builtAt: "" },
    version: "v-test",
    async search(_vector, k) {
      asked.push(k);
      return songs.slice(0, k);
    },
    songsById: async () => [],
    probe: async () => undefined,
    close: () => undefined,
  };
}

describe("searchByVector widens the search when filters leave too few", () => {
  it("finds Spanish songs behind 300 English ones, asking for more each round", async () => {
    const asked: number[] = [];
    const r = await searchByVector([1, 0], ["joy"], { languages: ["es"], limit: 5, threshold: 0.3 }, { index: fakeIndex(asked) });
    expect(r.songs).toHaveLength(5);
    for (const s of r.songs) expect(s.language).toBe("es");
    expect(asked.length).toBeGreaterThan(1);
    expect(asked).toEqual([...asked].sort((a, b) => a - b));
  });

  it("stops at the first round when it is enough", async () => {
    const asked: number[] = [];
    await searchByVector([1, 0], ["joy"], { limit: 5, threshold: 0.3 }, { index: fakeIndex(asked) });
    expect(asked).toHaveLength(1);
  });
});
