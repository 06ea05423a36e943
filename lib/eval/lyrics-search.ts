import * as lancedb from "@lancedb/lancedb";
import type { Song } from "@/lib/catalog/song";

/** The "lyrics" approach: the mood sentence matched against the lyric text by LanceDB's BM25 full-text search. */
export interface LyricsSearch {
  /** Ids and BM25 scores of the best-matching lyrics, best first. */
  search(sentence: string, k: number): Promise<{ id: string; score: number }[]>;
  close(): void;
}

/** Builds a LanceDB table of the songs' lyrics with a full-text index in `dir`. */
export async function buildLyricsSearch(dir: string, songs: readonly Song[]): Promise<LyricsSearch> {
  const db = await lancedb.connect(dir);
  const rows = songs.filter((s) => s.lyrics).map((s) => ({ id: s.id, lyrics: s.lyrics! }));
  const table = await db.createTable("lyrics", rows);
  // LanceDB's defaults (English stemming and stop words) plus accent folding for Spanish lyrics.
  await table.createIndex("lyrics", { config: lancedb.Index.fts({ asciiFolding: true }) });
  return {
    async search(sentence, k) {
      const words = sentence.replace(/[^\p{L}\p{N}\s]/gu, " ").trim();
      if (words === "") return [];
      const hits = await table.search(words, "fts").select(["id", "_score"]).limit(k).toArray();
      return hits.map((h: { id: string; _score: number }) => ({ id: h.id, score: h._score }));
    },
    close() {
      table.close();
      db.close();
    },
  };
}
