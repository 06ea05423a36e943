import { join } from "node:path";
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

/** The end-of-run report: counts per provider, instrumentals, missing with reasons. */
export function formatSummary(s: ScrapeSummary, skipped: string): string[] {
  const by = Object.entries(s.lyricsBy).map(([p, n]) => `${p} ${n}`).join(", ") || "none";
  return [
    `${s.tracks} tracks (${s.resumed} from an earlier run); lyrics found: ${by}; instrumental ${s.instrumental}; missing ${s.missing.length}; skipped ${skipped}`,
    ...s.missing.slice(0, 20).map((m) => `  missing: ${m.title} (${m.id}): ${m.reason}`),
    ...(s.missing.length > 20 ? [`  … and ${s.missing.length - 20} more`] : []),
  ];
}
