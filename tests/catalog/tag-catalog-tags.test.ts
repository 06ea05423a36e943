import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCatalog } from "@/lib/catalog/files";
import type { Song } from "@/lib/catalog/song";
import { offlineTagger, tagIntoCatalog } from "@/lib/catalog/tag-catalog";
import { createOfflineEngine } from "@/lib/emotions/engine";
import { tmpDir } from "@/tests/helpers/tmp-dir";

const base = (id: string, extra: Partial<Song>): Song => ({ id, title: id, artists: ["A"], popularity: null, emotions: [], ...extra });

describe("tagIntoCatalog with mood tags", () => {
  it("tags instrumentals and lyric-less songs from their tags, lyric songs from their lyrics, and keeps tag emotions later", async () => {
    const file = join(await tmpDir(), "catalog.json");
    const tagger = offlineTagger(createOfflineEngine());
    const songs = [
      base("inst", { instrumental: true, moodTags: { words: ["calm", "dreamy"] } }),
      base("bare", { lyrics: null, moodTags: { words: ["angry"] } }),
      base("sung", { lyrics: "I cry alone tonight\nmy heart is broken", moodTags: { words: ["happy"] } }),
      base("none", { instrumental: true }),
    ];
    const first = await tagIntoCatalog({ songs, catalogFile: file, tagger });
    expect(first).toMatchObject({ tagged: 4, withoutEvidence: 1 });
    const byId = new Map((await readCatalog(file)).map((s) => [s.id, s]));
    expect(byId.get("inst")).toMatchObject({ emotionSource: "tags", emotions: expect.arrayContaining(["calm", "dreaminess"]) });
    expect(byId.get("bare")!.emotions[0]).toBe("anger");
    expect(byId.get("sung")!.emotionSource).toBe(tagger.id);
    expect(byId.get("sung")!.emotions).not.toContain("happiness");
    expect(byId.get("none")).toMatchObject({ emotions: [], emotionNote: "instrumental" });
    // The same songs again: nothing changes; the tags gone from the source: the emotions stay.
    expect(await tagIntoCatalog({ songs, catalogFile: file, tagger })).toMatchObject({ tagged: 0, unchanged: 4 });
    await tagIntoCatalog({ songs: [base("bare", { lyrics: null })], catalogFile: file, tagger });
    const after = (await readCatalog(file)).find((s) => s.id === "bare")!;
    expect(after.emotions).toEqual(byId.get("bare")!.emotions);
    expect(after.emotionSource).toBe("tags");
  });
});
