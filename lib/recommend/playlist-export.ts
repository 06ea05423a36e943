import { toM3u, toPlaylistJson } from "@/lib/catalog/playlist-file";
import type { Song } from "@/lib/catalog/song";
import { readConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createSpotifyClient } from "@/lib/ingest/spotify-client";
import { type SaveResult, saveToSpotify } from "@/lib/ingest/spotify-playlists";
import { spotifyUserTokens } from "@/lib/ingest/sources";
import type { MoodtapeDeps } from "./ports";

export const EXPORT_FORMATS = ["m3u", "json", "spotify"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface PlaylistFile {
  filename: string;
  contentType: string;
  body: string;
}

function slug(title: string): string {
  const s = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return s || "moodtape";
}

/** The indexed songs with these ids, in order; throws bad_request naming the ids the catalog does not hold. */
async function songsOrUnknown(ids: readonly string[], deps: Pick<MoodtapeDeps, "index">): Promise<Song[]> {
  const found = await deps.index.songsById(ids);
  const known = new Set(found.map((s) => s.id));
  const unknown = [...new Set(ids.filter((id) => !known.has(id)))];
  if (unknown.length > 0) {
    throw new AppError("bad_request", `Unknown song ids: ${unknown.slice(0, 20).join(", ")}${unknown.length > 20 ? ` and ${unknown.length - 20} more` : ""}.`);
  }
  return found;
}

/** The songs with these ids as a playlist file (extended M3U or JSON), in the order given. */
export async function exportPlaylist(
  input: { songIds: readonly string[]; format: "m3u" | "json"; title?: string },
  deps: Pick<MoodtapeDeps, "index">,
): Promise<PlaylistFile> {
  const title = input.title?.trim() || "Moodtape playlist";
  const songs = await songsOrUnknown(input.songIds, deps);
  if (input.format === "m3u") return { filename: `${slug(title)}.m3u`, contentType: "audio/x-mpegurl; charset=utf-8", body: toM3u({ title, songs }) };
  return { filename: `${slug(title)}.json`, contentType: "application/json; charset=utf-8", body: toPlaylistJson({ title, songs }) };
}

/**
 * Saves the songs as a private playlist of the Spotify user logged in on this server with `npm run
 * export -- --login`, when MOODTAPE_SPOTIFY_SAVE=true (songs without a Spotify id are listed as
 * skipped, never guessed).
 */
export async function saveSongsToSpotify(input: { songIds: readonly string[]; title?: string }, deps: Pick<MoodtapeDeps, "index">): Promise<SaveResult> {
  const config = readConfig();
  if (!config.spotifySave) throw new AppError("bad_request", "Saving to Spotify is not switched on for this server.");
  const spotify = config.ingest.spotify;
  const tokens = await spotifyUserTokens(spotify);
  const songs = await songsOrUnknown(input.songIds, deps);
  const client = createSpotifyClient({ apiBase: spotify.apiBase, tokens });
  return saveToSpotify({ name: input.title?.trim() || "Moodtape playlist", songs }, client, spotify.apiBase);
}
