import { join } from "node:path";
import { readTracksFile } from "@/lib/ingest/tracks-file";
import { writeFileAtomic } from "@/lib/fs/atomic-file";
import type { Song } from "@/lib/catalog/song";
import type { IngestConfig } from "@/lib/env";
import { type ScrapeSummary, scrapeLyrics } from "./scrape";
import { lyricsProviders } from "./sources";

/** Where ingest writes in a data dir: the tracks with lyrics, ready for `npm run tag`. */
export function ingestPaths(dataDir: string, name: string) {
  return { out: join(dataDir, "tracks.json"), progress: join(dataDir, `.ingest-${name.replace(/[^\w-]/g, "_")}.jsonl`) };
}

/** Fetches lyrics for tracks into the data dir, printing a progress line now and then. */
export async function ingestTracks(
  tracks: Song[],
  opts: { dataDir: string; name: string; config: IngestConfig; log: (line: string) => void; rateLimitWaits?: () => number },
): Promise<ScrapeSummary & { out: string }> {
  const paths = ingestPaths(opts.dataDir, opts.name);
  let last = 0;
  const summary = await scrapeLyrics({
    tracks,
    providers: lyricsProviders(opts.config.lyrics),
    progressFile: paths.progress,
    outFile: paths.out,
    concurrency: opts.config.concurrency,
    onProgress: (p) => {
      if (Date.now() - last < 2_000 && p.done < p.total) return;
      last = Date.now();
      const waits = opts.rateLimitWaits ? `, ${opts.rateLimitWaits()} rate-limit waits` : "";
      opts.log(`lyrics: ${p.done}/${p.total} tracks, ${p.found} found, ${p.missing} missing${waits}`);
    },
  });
  return { ...summary, out: paths.out };
}

/**
 * Imports songs into the data dir's tracks file: songs with crowd mood tags already have their
 * emotions and are written as they are (no lyrics lookup unless `fetchTagged`), the rest go through
 * the lyrics providers. Returns the lyrics summary (or null when nothing needed lyrics).
 */
export async function importTracks(
  songs: Song[],
  opts: Parameters<typeof ingestTracks>[1] & { fetchTagged?: boolean },
): Promise<{ summary: (ScrapeSummary & { out: string }) | null; fromTags: number; out: string }> {
  const fromTags = opts.fetchTagged ? [] : songs.filter((s) => s.moodTags);
  const rest = opts.fetchTagged ? songs : songs.filter((s) => !s.moodTags);
  const out = ingestPaths(opts.dataDir, opts.name).out;
  if (fromTags.length === 0) return { summary: await ingestTracks(rest, opts), fromTags: 0, out };
  const summary = rest.length > 0 ? await ingestTracks(rest, opts) : null;
  const fetched = new Map((summary ? await readTracksFile(out) : []).map((s) => [s.id, s]));
  const all = songs.map((s) => fetched.get(s.id) ?? s);
  await writeFileAtomic(out, `[\n${all.map((s) => JSON.stringify(s)).join(",\n")}\n]\n`);
  return { summary, fromTags: fromTags.length, out };
}

/** The end-of-run report: counts per provider, instrumentals, missing with reasons. */
export function formatSummary(s: ScrapeSummary, skipped: string): string[] {
  const by = Object.entries(s.lyricsBy).map(([p, n]) => `${p} ${n}`).join(", ") || "none";
  return [
    `${s.tracks} tracks (${s.resumed} from an earlier run); lyrics found: ${by}; instrumental ${s.instrumental}; missing ${s.missing.length}; skipped ${skipped}`,
    ...s.missing.slice(0, 20).map((m) => `  missing: ${m.title} (${m.id}): ${m.reason}`),
    ...(s.missing.length > 20 ? [`  … and ${s.missing.length - 20} more`] : []),
  ];
}
