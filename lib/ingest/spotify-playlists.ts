import type { Song } from "@/lib/catalog/song";
import { AppError } from "@/lib/errors";
import type { SpotifySender } from "./spotify-client";

/** Spotify adds at most 100 items per request. */
export const ADD_BATCH = 100;
export const PLAYLIST_NAME_MAX = 100;
export const PLAYLIST_SONGS_MAX = 10_000;

export interface SaveRequest {
  name: string;
  songs: readonly Pick<Song, "id" | "title" | "spotifyUri" | "spotifyUrl">[];
  /** Private unless asked (needs the playlist-modify-public scope). */
  public?: boolean;
  description?: string;
}

export interface SaveResult {
  playlistId: string;
  url: string;
  added: number;
  /** Songs not added: no Spotify id, listed twice, or a batch Spotify refused. */
  skipped: { id: string; title: string; reason: string }[];
}

/** The Spotify track id a song carries (its spotify:track: URI or open.spotify.com/track/ link), never guessed. */
export function spotifyTrackId(song: Pick<Song, "spotifyUri" | "spotifyUrl">): string | undefined {
  return (
    /^spotify:track:([A-Za-z0-9]{1,64})$/.exec(song.spotifyUri ?? "")?.[1] ??
    /^https:\/\/open\.spotify\.com\/(?:intl-[a-z-]+\/)?track\/([A-Za-z0-9]{1,64})(?:[?#].*)?$/.exec(song.spotifyUrl ?? "")?.[1]
  );
}

function refused(status: number): string {
  if (status === 401) return "Spotify rejected the login twice (401); log in again with `npm run export -- --login`";
  if (status === 403) {
    return "Spotify answered 403: the login may not change playlists (scope playlist-modify-private, or -public for a public one); log in again with `npm run export -- --login`";
  }
  return `Spotify answered ${status}`;
}

// After these, every later request would be refused the same way: stop sending.
const FATAL = new Set([401, 403, 404]);

function validate(req: SaveRequest): string {
  const name = req.name.trim();
  if (name === "" || name.length > PLAYLIST_NAME_MAX) throw new AppError("bad_request", `playlist name must be 1 to ${PLAYLIST_NAME_MAX} characters`);
  if (req.songs.length === 0) throw new AppError("bad_request", "no songs to save");
  if (req.songs.length > PLAYLIST_SONGS_MAX) throw new AppError("bad_request", `at most ${PLAYLIST_SONGS_MAX} songs per playlist`);
  return name;
}

/**
 * Saves songs as a new playlist of the logged-in user: `POST /me/playlists` (private unless asked;
 * the `/users/{id}/playlists` path answers 403 to development-mode apps), then
 * `POST /playlists/{id}/items` in batches of 100, in order. Songs without a Spotify id are skipped,
 * never searched for; a batch Spotify refuses is skipped with the reason and the rest still sent
 * (after 401/403/404 nothing more is sent). Throws when the playlist cannot be created.
 */
export async function saveToSpotify(req: SaveRequest, client: SpotifySender, apiBase: string): Promise<SaveResult> {
  const name = validate(req);
  const skipped: SaveResult["skipped"] = [];
  const uris: { uri: string; song: SaveRequest["songs"][number] }[] = [];
  const seen = new Set<string>();
  for (const song of req.songs) {
    const id = spotifyTrackId(song);
    if (!id) skipped.push({ id: song.id, title: song.title, reason: "no Spotify id" });
    else if (seen.has(id)) skipped.push({ id: song.id, title: song.title, reason: "listed twice" });
    else {
      seen.add(id);
      uris.push({ uri: `spotify:track:${id}`, song });
    }
  }
  const created = await client.send("POST", `${apiBase}/me/playlists`, {
    name,
    public: req.public ?? false,
    ...(req.description ? { description: req.description.slice(0, 300) } : {}),
  });
  const playlist = created.body as { id?: unknown; external_urls?: { spotify?: unknown } } | undefined;
  if (created.status >= 300 || typeof playlist?.id !== "string") throw new AppError("upstream_unavailable", refused(created.status));
  const playlistId = playlist.id;
  const url = typeof playlist.external_urls?.spotify === "string" ? playlist.external_urls.spotify : `https://open.spotify.com/playlist/${playlistId}`;
  let added = 0;
  let stopped: string | undefined;
  for (let i = 0; i < uris.length; i += ADD_BATCH) {
    const batch = uris.slice(i, i + ADD_BATCH);
    const r = stopped ? undefined : await client.send("POST", `${apiBase}/playlists/${encodeURIComponent(playlistId)}/items`, { uris: batch.map((b) => b.uri) });
    if (r && r.status < 300) {
      added += batch.length;
      continue;
    }
    if (r && FATAL.has(r.status)) stopped = refused(r.status);
    const reason = stopped ?? refused(r!.status);
    for (const b of batch) skipped.push({ id: b.song.id, title: b.song.title, reason });
  }
  return { playlistId, url, added, skipped };
}
