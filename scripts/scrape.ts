import { mkdir } from "node:fs/promises";
import { DEFAULT_DATA_DIR, parseFlags, runMain, userPath } from "@/lib/cli";
import { readConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatSummary, ingestTracks } from "@/lib/ingest/run-ingest";
import { createSpotifyClient } from "@/lib/ingest/spotify-client";
import { parsePlaylistId } from "@/lib/ingest/spotify-ids";
import { spotifyLogin, spotifyTokens } from "@/lib/ingest/sources";

const USAGE = "usage: npm run scrape -- <playlist URL|URI|id> [--data-dir <dir>] | npm run scrape -- --login";

runMain("scrape", async () => {
  const { values, positionals } = parseFlags({ "data-dir": { type: "string" }, login: { type: "boolean" } });
  const config = readConfig().ingest;
  if (values.login) {
    await spotifyLogin(config.spotify, (line) => console.log(line));
    console.log(`logged in; token cached in ${config.spotify.tokenFile} (readable only by you)`);
    if (positionals.length === 0) return;
  }
  if (positionals.length !== 1) throw new AppError("bad_request", USAGE);
  const playlistId = parsePlaylistId(positionals[0]!);
  const dataDir = values["data-dir"] ? userPath(values["data-dir"]) : DEFAULT_DATA_DIR;
  await mkdir(dataDir, { recursive: true });
  const client = createSpotifyClient({ apiBase: config.spotify.apiBase, tokens: await spotifyTokens(config.spotify) });
  const read = await client.playlistTracks(playlistId, (n, total) => console.error(`spotify: ${n}/${total} tracks`));
  const s = read.skipped;
  const summary = await ingestTracks(read.songs, { dataDir, name: playlistId, config, log: (l) => console.error(l), rateLimitWaits: () => client.gate.waits });
  for (const line of formatSummary(summary, `${s.local} local files, ${s.episodes} episodes, ${s.empty} empty entries; ${client.gate.waits} rate-limit waits`)) console.log(line);
  console.log(`→ ${summary.out}; next: npm run tag -- --in ${summary.out}${values["data-dir"] ? ` --data-dir ${values["data-dir"]}` : ""}`);
});
