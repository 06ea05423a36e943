import { AppError } from "@/lib/errors";

/** The columns a playlist or catalog CSV may have, whatever its exporter calls them. */
export type Column =
  | "uri" | "title" | "artists" | "album" | "releaseDate" | "durationMs" | "popularity" | "genres" | "label"
  | "tags" | "valenceTags" | "arousalTags" | "dominanceTags" | "tagCount" | "mbid";

/** Audio-feature columns (Exportify's, Spotify's names), each stored under `audio`. */
export const AUDIO_COLUMNS = {
  danceability: "danceability",
  energy: "energy",
  key: "key",
  loudness: "loudness",
  mode: "mode",
  speechiness: "speechiness",
  acousticness: "acousticness",
  instrumentalness: "instrumentalness",
  liveness: "liveness",
  valence: "valence",
  tempo: "tempo",
  timesignature: "timeSignature",
} as const;
export type AudioColumn = (typeof AUDIO_COLUMNS)[keyof typeof AUDIO_COLUMNS];

export interface Columns {
  at: Partial<Record<Column, number>>;
  audio: Partial<Record<AudioColumn, number>>;
}

// Compared after lowercasing and dropping all but letters and digits, so "Artist Name(s)",
// "artist_name(s)" and "ARTIST NAMES" agree. Exportify renamed some columns over the years; MuSe
// writes track, artist, seeds, valence_tags, ..., spotify_id.
const HEADERS: Record<Column, readonly string[]> = {
  uri: ["trackuri", "spotifyuri", "uri", "spotifyid", "trackid", "spotifyurl"],
  title: ["trackname", "songname", "name", "title", "track", "song"],
  artists: ["artistnames", "artistname", "artists", "artist"],
  album: ["albumname", "album"],
  releaseDate: ["releasedate", "albumreleasedate"],
  durationMs: ["durationms", "trackdurationms"],
  popularity: ["popularity", "trackpopularity"],
  genres: ["genres", "genre", "artistgenres"],
  label: ["recordlabel", "label"],
  tags: ["tags", "seeds", "moodtags", "toptags"],
  valenceTags: ["valencetags"],
  arousalTags: ["arousaltags"],
  dominanceTags: ["dominancetags"],
  tagCount: ["numberofemotiontags"],
  mbid: ["mbid"],
};
const REQUIRED: Partial<Record<Column, string>> = { title: "Track Name", artists: "Artist Name(s)" };

const normaliseHeader = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/** True when a first line reads like the header of a song CSV (a title column and a comma). */
export function looksLikeCsvHeader(firstLine: string): boolean {
  const cells = firstLine.replace(/^\uFEFF/, "").split(",").map((c) => normaliseHeader(c));
  return cells.length > 1 && cells.some((c) => HEADERS.title.includes(c) || c === "trackuri");
}

/** Where each known column is in a header; a one-line AppError when a title or artist column is missing. */
export function columnsOf(file: string, header: readonly string[]): Columns {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = normaliseHeader(name);
    if (!index.has(key)) index.set(key, i);
  });
  const columns: Columns = { at: {}, audio: {} };
  for (const [column, names] of Object.entries(HEADERS) as [Column, readonly string[]][]) {
    const found = names.map((n) => index.get(n)).find((i) => i !== undefined);
    if (found !== undefined) columns.at[column] = found;
  }
  for (const [name, field] of Object.entries(AUDIO_COLUMNS)) {
    const found = index.get(name);
    if (found !== undefined) columns.audio[field] = found;
  }
  const missing = Object.entries(REQUIRED)
    .filter(([column]) => columns.at[column as Column] === undefined)
    .map(([, label]) => label);
  if (missing.length > 0) {
    throw new AppError("bad_request", `${file}: missing column${missing.length > 1 ? "s" : ""} ${missing.join(" and ")}`);
  }
  return columns;
}
