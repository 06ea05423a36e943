import { readdir, truncate } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OfflineEmotionEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import { openLiveIndex } from "@/lib/server/live-index";
import { buildSongIndex } from "@/lib/store/song-index";
import { SMALL_CATALOG, song } from "@/tests/helpers/songs";
import { tmpDir } from "@/tests/helpers/tmp-dir";

const embeddings = new OfflineEmotionEmbeddings();
const build = (indexDir: string, songs = SMALL_CATALOG) => buildSongIndex({ indexDir, songs, embeddings, vocabularyVersion: VOCABULARY_VERSION });
const open = (indexDir: string, log: string[] = []) =>
  openLiveIndex({ indexDir, embeddings, vocabularyVersion: VOCABULARY_VERSION, log: (l) => log.push(l) });

async function lanceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith(".lance")) out.push(join(e.parentPath, e.name));
  }
  return out;
}

describe("a live index follows index/CURRENT", () => {
  it("switches to a new version and answers from it, without failing a query in between", async () => {
    const dir = await tmpDir();
    await build(dir);
    const log: string[] = [];
    const live = await open(dir, log);
    const first = live.version;
    const q = await embeddings.embedQuery("joy, celebration");
    const inFlight = live.search(q, 3);
    await build(dir, [...SMALL_CATALOG, song("party-new", ["celebration", "joy", "euphoria", "excitement"], 99)]);
    await live.follow();
    expect(live.version).not.toBe(first);
    expect(live.manifest.songCount).toBe(SMALL_CATALOG.length + 1);
    expect((await inFlight).length).toBe(3);
    expect((await live.search(q, 8)).map((h) => h.song.id)).toContain("party-new");
    expect(log.join("\n")).toMatch(/now serving index v-/);
    live.close();
  });

  it("keeps serving the old version when the new one cannot answer", async () => {
    const dir = await tmpDir();
    await build(dir);
    const live = await open(dir);
    const first = live.version;
    await build(dir, SMALL_CATALOG.slice(0, 3));
    const current = (await readdir(dir)).filter((e) => e.startsWith("v-")).sort().pop()!;
    for (const f of await lanceFiles(join(dir, current))) await truncate(f, 0);
    await live.follow();
    expect(live.version).toBe(first);
    expect((await live.search(await embeddings.embedQuery("sadness"), 2)).length).toBe(2);
    await expect(live.probe()).resolves.toBeUndefined();
    live.close();
  });

  it("refuses to open a version whose data is truncated (health can then say so)", async () => {
    const dir = await tmpDir();
    await build(dir);
    for (const f of await lanceFiles(dir)) await truncate(f, 0);
    await expect(open(dir)).rejects.toMatchObject({ code: "data_invalid" });
  });
});
