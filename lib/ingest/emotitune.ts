/** The track shape exported by EmotiTuneOT, which people migrate from. */
interface EmotiTuneRecord {
  name: string;
  spotify_track_url?: string;
  spotify_api_track_url?: string;
  popularity?: number | null;
  uri?: string;
  release_date?: string;
  lyrics?: string | null;
  artists?: unknown;
  artist?: unknown;
  emotions?: unknown;
}

export function isEmotiTuneRecord(raw: unknown): raw is EmotiTuneRecord {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return false;
  const r = raw as Record<string, unknown>;
  return typeof r.name === "string" && !("title" in r) && ("spotify_track_url" in r || "uri" in r || "lyrics" in r);
}

function artistsOf(r: EmotiTuneRecord): unknown {
  if (Array.isArray(r.artists)) {
    return r.artists.map((a) => (typeof a === "object" && a !== null && "name" in a ? (a as { name: unknown }).name : a));
  }
  if (typeof r.artist === "string") return [r.artist];
  if (typeof r.artists === "string") return [r.artists];
  // The export has no artist field; say so rather than invent one.
  return ["Unknown artist"];
}

/**
 * Converts an EmotiTuneOT record into our song shape (still to be validated). Its popularity 0 is
 * kept as 0 only when the field was present; a missing one is unknown (null).
 */
export function fromEmotiTune(r: EmotiTuneRecord): Record<string, unknown> {
  const trackId = typeof r.uri === "string" ? r.uri.split(":").pop() : undefined;
  const urlId = typeof r.spotify_track_url === "string" ? r.spotify_track_url.split("/").pop()?.split("?")[0] : undefined;
  const song: Record<string, unknown> = {
    id: trackId || urlId || r.name,
    title: r.name,
    artists: artistsOf(r),
    popularity: typeof r.popularity === "number" ? r.popularity : r.popularity === undefined ? null : r.popularity,
    lyrics: r.lyrics ?? null,
  };
  if (r.spotify_track_url) song.spotifyUrl = r.spotify_track_url;
  if (r.uri) song.spotifyUri = r.uri;
  if (r.release_date) song.releaseDate = r.release_date;
  return song;
}
