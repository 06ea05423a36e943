import { mkdir } from "node:fs/promises";
import { scriptLockOptions, withDataLock } from "@/lib/fs/data-lock";
import { dataPaths } from "@/lib/catalog/files";
import { readTracksFile } from "@/lib/ingest/tracks-file";
import { tagIntoCatalog } from "@/lib/catalog/tag-catalog";
import { numberFlag, parseFlags, runMain } from "@/lib/cli";
import { type AppConfig, readConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatSummary, ingestTracks } from "@/lib/ingest/run-ingest";
import { createSpotifyClient } from "@/lib/ingest/spotify-client";
import { parsePlaylistId } from "@/lib/ingest/spotify-ids";
import { spotifyTokens } from "@/lib/ingest/sources";
import { createEmotionServices, indexDataDir } from "@/lib/services";
import { resolveDataDir } from "@/lib/data-dir";

// scrape → tag → index for one playlist, in one command.
runMain("pipeline", async () => {
  const { values, positionals } = parseFlags({ "data-dir": { type: "string" }, wait: { type: "string" } });
  if (positionals.length !== 1) throw new AppError("bad_request", "usage: npm run pipeline -- <playlist URL|URI|id> [--data-dir <dir>] [--wait <seconds>]");
  const playlistId = parsePlaylistId(positionals[0]!);
  const wait = numberFlag("wait", values.wait, 0, 86_400);
  const dataDir = resolveDataDir(values["data-dir"]);
  const config = readConfig();
  await mkdir(dataDir, { recursive: true });
  // One lock for all three steps: the scrape's progress file, the catalog and the index are all written.
  await withDataLock(dataDir, scriptLockOptions("pipeline", wait), () => pipeline(playlistId, dataDir, config));
});

async function pipeline(playlistId: string, dataDir: string, config: AppConfig): Promise<void> {
  const client = createSpotifyClient({ apiBase: config.ingest.spotify.apiBase, tokens: await spotifyTokens(config.ingest.spotify) });
  const read = await client.playlistTracks(playlistId, (n, total) => console.error(`spotify: ${n}/${total} tracks`));
  const scraped = await ingestTracks(read.songs, { dataDir, name: playlistId, config: config.ingest, log: (l) => console.error(l), rateLimitWaits: () => client.gate.waits });
  const s = read.skipped;
  for (const line of formatSummary(scraped, `${s.local} local files, ${s.episodes} episodes, ${s.empty} empty entries`)) console.log(line);
  const services = await createEmotionServices(config);
  const tagged = await tagIntoCatalog({ songs: await readTracksFile(scraped.out), catalogFile: dataPaths(dataDir).catalog, tagger: services.tagger });
  console.log(`tagged ${tagged.tagged}, unchanged ${tagged.unchanged}, failed ${tagged.failed}`);
  const { manifest } = await indexDataDir(dataDir, services);
  console.log(`indexed ${manifest.songCount} songs; try: npm run recommend -- --data-dir ${dataDir} "how you feel"`);
}
