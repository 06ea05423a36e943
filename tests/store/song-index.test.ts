import { spawn } from "node:child_process";
import { access, readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OfflineEmotionEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import { AppError } from "@/lib/errors";
import { buildSongIndex, openSongIndex } from "@/lib/store/song-index";
import { ROOT } from "@/tests/helpers/run-script";
import { SMALL_CATALOG, song } from "@/tests/helpers/songs";
import { tmpDir } from "@/tests/helpers/tmp-dir";

const embeddings = new OfflineEmotionEmbeddings();
const V = VOCABULARY_VERSION;

async function build(indexDir: string, songs = SMALL_CATALOG) {
  return buildSongIndex({ indexDir, songs, embeddings, vocabularyVersion: V });
}

async function open(indexDir: string, emb = embeddings, vocabularyVersion = V) {
  return openSongIndex({ indexDir, embeddings: emb, vocabularyVersion });
}

async function topIds(indexDir: string, query: string): Promise<string[]> {
  const index = await open(indexDir);
  const hits = await index.search(await embeddings.embedQuery(query), 3);
  index.close();
  return hits.map((h) => h.song.id);
}

describe("LanceDB song index", () => {
  it("returns cosine similarity (1 − LanceDB cosine distance) and song metadata", async () => {
    const dir = await tmpDir();
    const manifest = await build(dir, [...SMALL_CATALOG, song("silent", [], 10)]);
    expect(manifest).toMatchObject({ songCount: 7, skipped: 1, dimension: embeddings.dimension });
    const index = await open(dir);
    const q = await embeddings.embedQuery("sadness, heartbreak");
    const hits = await index.search(q, 7);
    index.close();
    expect(hits[0]!.song.id).toMatch(/^sad-/);
    for (const h of hits) {
      const v = await embeddings.embedQuery(h.song.emotions.join(", "));
      const expected = v.reduce((s, x, i) => s + x * q[i]!, 0);
      expect(h.similarity).toBeCloseTo(expected, 4);
    }
    expect(hits.map((h) => h.similarity)).toEqual([...hits.map((h) => h.similarity)].sort((a, b) => b - a));
  });

  it("looks songs up by id, in the order asked, leaving out unknown ids (quotes included)", async () => {
    const dir = await tmpDir();
    await build(dir, [...SMALL_CATALOG, song("it's", ["joy"], 5)]);
    const index = await open(dir);
    const ids = [SMALL_CATALOG[2]!.id, "nope", "it's", SMALL_CATALOG[0]!.id, "x') OR ('1'='1"];
    const found = await index.songsById(ids);
    index.close();
    expect(found.map((s) => s.id)).toEqual([SMALL_CATALOG[2]!.id, "it's", SMALL_CATALOG[0]!.id]);
    expect(found[0]!.emotions).toEqual(SMALL_CATALOG[2]!.emotions);
  });

  it("keeps results exact on large catalogs (the in-memory search scans every song)", async () => {
    const dir = await tmpDir();
    const { terms } = await import("@/lib/emotions/vocabulary").then((m) => m.getVocabulary());
    const songs = Array.from({ length: 6000 }, (_, i) =>
      song(`s${i}`, [0, 1, 2].map((j) => terms[(i * 7 + j * 31 + (i % 13)) % terms.length]!.term)),
    );
    const manifest = await build(dir, songs);
    expect(manifest.songCount).toBe(6000);
    const index = await open(dir);
    // Deep results too (300 of 6000): an approximate index would drop some.
    for (const mood of ["sadness, longing", "joy, anger", "calm, fear, pride", "nostalgia, rage"]) {
      const q = await embeddings.embedQuery(mood);
      const exact = songs
        .map((s) => Array.from(embeddings.embedTerms(s.emotions)).reduce((a, x, i) => a + x * q[i]!, 0))
        .sort((a, b) => b - a)
        .slice(0, 300);
      const hits = await index.search(q, 300);
      hits.forEach((h, i) => expect(h.similarity, `${mood} #${i}`).toBeCloseTo(exact[i]!, 4));
    }
    index.close();
  });

  it("says the index is missing, and how to build it", async () => {
    const err = await open(join(await tmpDir(), "index")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: "index_missing", message: expect.stringContaining("npm run index") });
  });

  it("refuses an index built with other embeddings or another vocabulary", async () => {
    const dir = await tmpDir();
    await build(dir);
    const other = Object.assign(new OfflineEmotionEmbeddings(), { modelId: "some-other-model" });
    await expect(open(dir, other)).rejects.toMatchObject({ code: "index_mismatch", message: expect.stringMatching(/some-other-model.*npm run index/) });
    await expect(open(dir, embeddings, "999")).rejects.toMatchObject({ code: "index_mismatch", message: expect.stringContaining("npm run index") });
  });

  it("keeps the old index serving when a rebuild fails before the swap, then cleans up", async () => {
    const dir = await tmpDir();
    await build(dir);
    const failing = buildSongIndex(
      { indexDir: dir, songs: [song("only-joy", ["joy"])], embeddings, vocabularyVersion: V },
      { beforeSwap: () => Promise.reject(new Error("power cut")) },
    );
    await expect(failing).rejects.toThrow("power cut");
    expect(await topIds(dir, "sadness")).toContain("sad-1");
    expect((await readdir(dir)).some((e) => e.startsWith(".building-"))).toBe(true);
    await build(dir);
    expect(await topIds(dir, "sadness")).toContain("sad-1");
    const left = await readdir(dir);
    expect(left.filter((e) => e.startsWith(".building-"))).toEqual([]);
  });

  it("survives kill -9 in the middle of a rebuild", async () => {
    const dir = await tmpDir();
    await build(dir);
    const marker = join(dir, "..", `${Date.now()}.marker`);
    const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/slow-build.ts", dir, marker], {
      cwd: ROOT,
      stdio: "ignore",
    });
    const exited = new Promise((r) => child.on("exit", r));
    for (let i = 0; i < 600; i++) {
      if (await access(marker).then(() => true, () => false)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill("SIGKILL");
    await exited;
    expect((await readdir(dir)).some((e) => e.startsWith(".building-"))).toBe(true);
    expect(await topIds(dir, "sadness, heartbreak")).toContain("sad-1");
    await build(dir);
    expect((await readdir(dir)).some((e) => e.startsWith(".building-"))).toBe(false);
  });
});
