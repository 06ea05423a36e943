import { access } from "node:fs/promises";
import type { EmotionEngine } from "@/lib/emotions/engine";
import { readCatalog, writeCatalog } from "./files";
import type { Song } from "./song";

export interface TagSummary {
  total: number;
  tagged: number;
  /** Already tagged by this engine and vocabulary with the same lyrics: kept as they were. */
  unchanged: number;
  /** Tagged songs that got fewer than 8 emotions (no lyrics, instrumental, no evidence). */
  withoutEvidence: number;
}

const CHECKPOINT_MS = 2_000;

export async function fileExists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function tagOne(song: Song, engine: EmotionEngine): Song {
  const base = { ...song, emotionSource: engine.id };
  delete base.emotionNote;
  if (song.instrumental) return { ...base, emotions: [], emotionNote: "instrumental" };
  if (!song.lyrics || song.lyrics.trim() === "") return { ...base, emotions: [], emotionNote: "no lyrics" };
  const result = engine.tagLyrics(song.lyrics);
  return { ...base, emotions: result.emotions, ...(result.note ? { emotionNote: result.note } : {}) };
}

/**
 * Tags songs into a catalog file, merging by id with what it holds. Resumable: a song already
 * tagged by the same engine (which names the vocabulary version) with the same lyrics is skipped.
 * The file is rewritten atomically every few seconds and at the end.
 */
export async function tagIntoCatalog(input: {
  songs: readonly Song[];
  catalogFile: string;
  engine: EmotionEngine;
  onProgress?: (done: number, total: number) => void;
}): Promise<TagSummary> {
  const { songs, catalogFile, engine } = input;
  const existing = (await fileExists(catalogFile)) ? await readCatalog(catalogFile) : [];
  const byId = new Map(existing.map((s) => [s.id, s]));
  const summary: TagSummary = { total: songs.length, tagged: 0, unchanged: 0, withoutEvidence: 0 };
  let lastCheckpoint = Date.now();
  for (const [i, song] of songs.entries()) {
    const prev = byId.get(song.id);
    if (prev && prev.emotionSource === engine.id && (prev.lyrics ?? null) === (song.lyrics ?? null)) {
      summary.unchanged++;
      continue;
    }
    const tagged = tagOne(song, engine);
    byId.set(song.id, tagged);
    summary.tagged++;
    if (tagged.emotions.length < 8) summary.withoutEvidence++;
    if (Date.now() - lastCheckpoint > CHECKPOINT_MS) {
      await writeCatalog(catalogFile, [...byId.values()]);
      input.onProgress?.(i + 1, songs.length);
      lastCheckpoint = Date.now();
    }
  }
  if (summary.tagged > 0 || existing.length === 0) await writeCatalog(catalogFile, [...byId.values()]);
  return summary;
}
