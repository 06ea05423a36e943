import { createHash } from "node:crypto";
import { extname } from "node:path";
import { readTracksFile } from "@/lib/ingest/tracks-file";
import { readText } from "@/lib/fs/files";
import { type Song, SongSchema } from "@/lib/catalog/song";
import { AppError } from "@/lib/errors";
import { parseCsv } from "./csv";

export interface SkippedRow {
  line: number;
  reason: string;
}

export interface ImportResult {
  songs: Song[];
  skipped: SkippedRow[];
}

type Column = "uri" | "title" | "artists" | "album" | "releaseDate" | "durationMs" | "popularity";
type Columns = Partial<Record<Column, number>>;

// Compared after lowercasing and dropping all but letters and digits, so "Artist Name(s)",
// "artist_name(s)" and "ARTIST NAMES" agree. Exportify renamed some columns over the years.
const HEADERS: Record<Column, readonly string[]> = {
  uri: ["trackuri", "spotifyuri", "uri", "spotifyid", "trackid"],
  title: ["trackname", "songname", "name", "title"],
  artists: ["artistnames", "artistname", "artists", "artist"],
  album: ["albumname", "album"],
  releaseDate: ["releasedate", "albumreleasedate"],
  durationMs: ["durationms", "trackdurationms"],
  popularity: ["popularity", "trackpopularity"],
};
const REQUIRED: Partial<Record<Column, string>> = { title: "Track Name", artists: "Artist Name(s)" };
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A problem with one row: the row is skipped and reported, the rest of the file still imports. */
class RowProblem extends Error {}

const normaliseHeader = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");
const quoted = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

function looksLikeCsv(text: string): boolean {
  const end = text.indexOf("\n");
  const first = text.slice(0, end === -1 ? text.length : end);
  return /(^|,)\s*"?track[ _](name|uri)"?\s*(,|\r?$)/i.test(first.replace(/^\uFEFF/, ""));
}

function columnsOf(file: string, header: readonly string[]): Columns {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = normaliseHeader(name);
    if (!index.has(key)) index.set(key, i);
  });
  const columns: Columns = {};
  for (const [column, names] of Object.entries(HEADERS) as [Column, readonly string[]][]) {
    const found = names.map((n) => index.get(n)).find((i) => i !== undefined);
    if (found !== undefined) columns[column] = found;
  }
  const missing = Object.entries(REQUIRED)
    .filter(([column]) => columns[column as Column] === undefined)
    .map(([, label]) => label);
  if (missing.length > 0) {
    throw new AppError("bad_request", `${file}: missing column${missing.length > 1 ? "s" : ""} ${missing.join(" and ")}`);
  }
  return columns;
}

function popularityOf(text: string): number | null {
  if (text === "") return null;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > 100) throw new RowProblem(`popularity: ${quoted(text)} is not a number from 0 to 100`);
  return value;
}

function durationOf(text: string): number | undefined {
  if (text === "") return undefined;
  if (!/^\d+$/.test(text)) throw new RowProblem(`duration: ${quoted(text)} is not a whole number of milliseconds`);
  return Number(text);
}

// Spotify sends "0000" when it does not know the year; that is unknown, not year zero.
const releaseDateOf = (text: string) => (DATE.test(text) && !text.startsWith("0000") ? text : undefined);

/** The track id in a spotify:track: URI, an open.spotify.com track URL or a bare 22-character id. */
function spotifyIdOf(text: string): string | undefined {
  return (
    /^spotify:track:([A-Za-z0-9]+)$/.exec(text)?.[1] ??
    /^https?:\/\/open\.spotify\.com\/(?:intl-[a-z-]+\/)?track\/([A-Za-z0-9]+)/.exec(text)?.[1] ??
    (/^[A-Za-z0-9]{22}$/.test(text) ? text : undefined)
  );
}

const slugOf = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");

/** Stable id for a track without a Spotify URI (local files, other exporters): "artist--title". */
function slugId(artists: readonly string[], title: string): string {
  const artist = slugOf(artists.join(" "));
  const name = slugOf(title);
  if (artist !== "" && name !== "" && artist.length + name.length <= 180) return `${artist}--${name}`;
  // Punctuation-only or very long names would collide or overflow; a hash keeps them distinct.
  const hash = createHash("sha256").update(`${artists.join("\n")}\n${title}`).digest("hex").slice(0, 12);
  return `${artist.slice(0, 80) || "song"}--${name.slice(0, 80)}-${hash}`;
}

function rowToSong(cells: readonly string[], columns: Columns): Song {
  const get = (column: Column) => {
    const i = columns[column];
    return i === undefined ? "" : (cells[i] ?? "").trim();
  };
  const title = get("title");
  if (title === "") throw new RowProblem("title: empty");
  const artists = get("artists").split(", ").map((a) => a.trim()).filter((a) => a !== "");
  if (artists.length === 0) throw new RowProblem("artists: empty");
  const spotifyId = spotifyIdOf(get("uri"));
  const parsed = SongSchema.safeParse({
    id: spotifyId ?? slugId(artists, title),
    title,
    artists,
    album: get("album") || undefined,
    releaseDate: releaseDateOf(get("releaseDate")),
    popularity: popularityOf(get("popularity")),
    durationMs: durationOf(get("durationMs")),
    spotifyUri: spotifyId === undefined ? undefined : `spotify:track:${spotifyId}`,
    spotifyUrl: spotifyId === undefined ? undefined : `https://open.spotify.com/track/${spotifyId}`,
    emotions: [],
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RowProblem(`${issue.path.join(".") || "(row)"}: ${issue.message}`);
  }
  return parsed.data;
}

function songsFromCsv(file: string, text: string): ImportResult {
  const { rows, lines } = parseCsv(text);
  const header = rows[0];
  if (header === undefined) throw new AppError("bad_request", `${file}: empty file, expected a CSV header row`);
  const columns = columnsOf(file, header);
  const result: ImportResult = { songs: [], skipped: [] };
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    if (i === 0 || cells.every((c) => c.trim() === "")) return;
    const line = lines[i] ?? i + 1;
    try {
      const song = rowToSong(cells, columns);
      const first = seen.get(song.id);
      if (first !== undefined) throw new RowProblem(`id: "${song.id}" repeats line ${first}`);
      seen.set(song.id, line);
      result.songs.push(song);
    } catch (e) {
      if (!(e instanceof RowProblem)) throw e;
      result.skipped.push({ line, reason: e.message });
    }
  });
  if (result.songs.length + result.skipped.length === 0) throw new AppError("bad_request", `${file}: no songs in the file`);
  return result;
}

/**
 * Reads a playlist to import: an Exportify-style CSV (by extension or header), or JSON / JSON lines
 * through `readTracksFile`. Returns the valid songs and, for CSV, the rows skipped with line and reason;
 * throws a one-line AppError for a missing file or a CSV without Track Name or Artist Name(s).
 */
export async function readImportFile(file: string): Promise<ImportResult> {
  const ext = extname(file).toLowerCase();
  if (ext === ".json" || ext === ".jsonl") return { songs: await readTracksFile(file), skipped: [] };
  const text = await readText(file);
  if (ext === ".csv" || looksLikeCsv(text)) return songsFromCsv(file, text);
  return { songs: await readTracksFile(file), skipped: [] };
}
