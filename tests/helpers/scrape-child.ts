// Child process for the kill -9 test: scrapes the tracks in argv[2] (JSON) with LRCLIB at argv[3]
// into progress argv[4] and out argv[5], one track at a time.
import { readFile } from "node:fs/promises";
import type { Song } from "@/lib/catalog/song";
import { lrclibProvider } from "@/lib/ingest/lyrics-providers";
import { scrapeLyrics } from "@/lib/ingest/scrape";

const [tracksFile, base, progressFile, outFile] = process.argv.slice(2) as [string, string, string, string];
const tracks = JSON.parse(await readFile(tracksFile, "utf8")) as Song[];
await scrapeLyrics({ tracks, providers: [lrclibProvider(base)], progressFile, outFile, concurrency: 1 });
