import { forEachBounded } from "@/lib/concurrency";
import { appendFile, readFile } from "node:fs/promises";
import { writeFileAtomic } from "@/lib/fs/atomic-file";
import { type Song, SongSchema } from "@/lib/catalog/song";
import { type LyricsProvider, findLyrics } from "./lyrics-providers";

export interface ScrapeSummary {
  tracks: number;
  /** Found in this run or an earlier one, by provider. */
  lyricsBy: Record<string, number>;
  instrumental: number;
  missing: { id: string; title: string; reason: string }[];
  resumed: number;
}

/**
 * Records already fetched, from the progress file (one JSON song per line). A line cut short by a
 * crash, or any line that is not a valid song, is ignored: that track is fetched again.
 */
export async function readProgress(file: string): Promise<Map<string, Song>> {
  const done = new Map<string, Song>();
  const text = await readFile(file, "utf8").catch(() => "");
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      const parsed = SongSchema.safeParse(JSON.parse(line));
      if (parsed.success) done.set(parsed.data.id, parsed.data);
    } catch {
      // a truncated last line
    }
  }
  return done;
}

/**
 * Fetches lyrics for tracks with bounded concurrency. Each finished track is appended to the
 * progress file at once, so a crash or kill -9 loses at most the tracks in flight and a rerun
 * continues with no duplicates. The final file is written atomically, in the input's order.
 */
export async function scrapeLyrics(input: {
  tracks: readonly Song[];
  providers: readonly LyricsProvider[];
  progressFile: string;
  outFile: string;
  concurrency: number;
  onProgress?: (p: { done: number; total: number; found: number; missing: number }) => void;
}): Promise<ScrapeSummary> {
  const done = await readProgress(input.progressFile);
  // After a crash mid-line, start on a fresh line so the next record is not glued to the cut one.
  const tail = await readFile(input.progressFile, "utf8").catch(() => "");
  if (tail !== "" && !tail.endsWith("\n")) await appendFile(input.progressFile, "\n");
  const summary: ScrapeSummary = { tracks: input.tracks.length, lyricsBy: {}, instrumental: 0, missing: [], resumed: 0 };
  const todo = input.tracks.filter((t) => !done.has(t.id));
  summary.resumed = input.tracks.length - todo.length;
  let found = [...done.values()].filter((s) => s.lyricsSource).length;
  await forEachBounded(todo, input.concurrency, async (track) => {
    const r = await findLyrics(
      { title: track.title, artist: track.artists[0] ?? "", album: track.album, durationMs: track.durationMs },
      input.providers,
    );
    // Parsed like a resumed record, so fresh and resumed tracks are written identically.
    const song: Song = SongSchema.parse({
      ...track,
      lyrics: r.lyrics,
      ...(r.instrumental ? { instrumental: true } : {}),
      ...("source" in r ? { lyricsSource: r.source } : { lyricsMissing: r.missing }),
    });
    await appendFile(input.progressFile, `${JSON.stringify(song)}\n`);
    done.set(song.id, song);
    if (song.lyricsSource) found++;
    input.onProgress?.({ done: done.size, total: input.tracks.length, found, missing: done.size - found });
  });
  const songs = input.tracks.map((t) => done.get(t.id)!);
  for (const s of songs) {
    if (s.instrumental) summary.instrumental++;
    else if (s.lyricsSource) summary.lyricsBy[s.lyricsSource] = (summary.lyricsBy[s.lyricsSource] ?? 0) + 1;
    else summary.missing.push({ id: s.id, title: s.title, reason: s.lyricsMissing ?? "unknown" });
  }
  await writeFileAtomic(input.outFile, `[\n${songs.map((s) => JSON.stringify(s)).join(",\n")}\n]\n`);
  return summary;
}
