import { createHash } from "node:crypto";
import type { RecordProblem } from "@/lib/catalog/files";
import { type Song, SongSchema } from "@/lib/catalog/song";
import { AppError } from "@/lib/errors";
import { parseCsv } from "./csv";
import { type AudioColumn, type Column, type Columns, columnsOf } from "./csv-columns";
import { parseTagList, withTagEmotions } from "./tag-lists";

/** A problem with one row: the row is skipped and reported, the rest of the file still imports. */
class RowProblem extends Error {}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const quoted = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

function popularityOf(text: string): number | null {
  if (text === "") return null;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > 100) throw new RowProblem(`popularity: ${quoted(text)} is not a number from 0 to 100`);
  return value;
}

function wholeOf(field: string, text: string, what: string): number | undefined {
  if (text === "") return undefined;
  if (!/^\d+$/.test(text)) throw new RowProblem(`${field}: ${quoted(text)} is not ${what}`);
  return Number(text);
}

/** An optional decimal cell ("" → absent); range checks are the schema's. */
function numberOf(field: string, text: string): number | undefined {
  if (text === "") return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new RowProblem(`${field}: ${quoted(text)} is not a number`);
  return value;
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
  text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");

/** Stable id for a track without a Spotify URI (local files, other exporters): "artist--title". */
function slugId(artists: readonly string[], title: string): string {
  const artist = slugOf(artists.join(" "));
  const name = slugOf(title);
  if (artist !== "" && name !== "" && artist.length + name.length <= 180) return `${artist}--${name}`;
  // Punctuation-only or very long names would collide or overflow; a hash keeps them distinct.
  const hash = createHash("sha256").update(`${artists.join("\n")}\n${title}`).digest("hex").slice(0, 12);
  return `${artist.slice(0, 80) || "song"}--${name.slice(0, 80)}-${hash}`;
}

/**
 * How a file joins several artists in one cell. Exportify since July 2025: `;` (commas stay inside
 * names such as "Tyler, The Creator"); before: `,`. The header does not tell them apart, so any `;`
 * in the artist column means the new way. Other catalogs (MuSe, tag files) keep the cell whole
 * unless it has a `;`.
 */
export type ArtistSplit = ";" | "," | "none";

function splitArtists(cell: string, split: ArtistSplit): string[] {
  const parts = split === "none" ? (cell.includes(";") ? cell.split(";") : [cell]) : cell.split(split);
  return parts.map((a) => a.trim()).filter((a) => a !== "");
}

function audioOf(get: (i: number | undefined) => string, columns: Columns): Record<string, number> | undefined {
  const audio: Record<string, number> = {};
  for (const [field, i] of Object.entries(columns.audio) as [AudioColumn, number][]) {
    const value = numberOf(`audio.${field}`, get(i));
    if (value !== undefined) audio[field] = value;
  }
  return Object.keys(audio).length > 0 ? audio : undefined;
}

function moodTagsOf(get: (c: Column) => string, columns: Columns): Record<string, unknown> | undefined {
  const { at } = columns;
  if (at.tags === undefined && at.valenceTags === undefined && at.arousalTags === undefined) return undefined;
  const tags: Record<string, unknown> = { words: parseTagList(get("tags")) };
  const ratings = [["valence", "valenceTags"], ["arousal", "arousalTags"], ["dominance", "dominanceTags"]] as const;
  for (const [field, column] of ratings) {
    const value = numberOf(`moodTags.${field}`, get(column));
    if (value !== undefined) tags[field] = value;
  }
  const count = wholeOf("moodTags.count", get("tagCount"), "a whole number");
  if (count !== undefined) tags.count = count;
  return tags;
}

function rowToSong(cells: readonly string[], columns: Columns, split: ArtistSplit): Song {
  const cell = (i: number | undefined) => (i === undefined ? "" : (cells[i] ?? "").trim());
  const get = (column: Column) => cell(columns.at[column]);
  const title = get("title");
  if (title === "") throw new RowProblem("title: empty");
  const artists = splitArtists(get("artists"), split);
  if (artists.length === 0) throw new RowProblem("artists: empty");
  const spotifyId = spotifyIdOf(get("uri"));
  const mbid = /^[0-9a-f-]{36}$/i.test(get("mbid")) ? get("mbid").toLowerCase() : undefined;
  const genres = parseTagList(get("genres"));
  const label = get("label");
  const record = withTagEmotions({
    id: spotifyId ?? (mbid ? `mbid-${mbid}` : slugId(artists, title)),
    title,
    artists,
    album: get("album") || undefined,
    releaseDate: releaseDateOf(get("releaseDate")),
    popularity: popularityOf(get("popularity")),
    durationMs: wholeOf("duration", get("durationMs"), "a whole number of milliseconds"),
    spotifyUri: spotifyId === undefined ? undefined : `spotify:track:${spotifyId}`,
    spotifyUrl: spotifyId === undefined ? undefined : `https://open.spotify.com/track/${spotifyId}`,
    genres: genres.length > 0 ? genres.slice(0, 30) : undefined,
    // Exportify writes the literal "undefined" when Spotify sent no label.
    label: label === "" || label === "undefined" ? undefined : label,
    audio: audioOf(cell, columns),
    moodTags: moodTagsOf(get, columns),
    emotions: [],
  });
  const parsed = SongSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RowProblem(`${issue.path.join(".") || "(record)"}: ${issue.message}`);
  }
  return parsed.data;
}

/** The artist split a file uses: see ArtistSplit. */
function artistSplitOf(rows: readonly string[][], columns: Columns, exportify: boolean): ArtistSplit {
  const i = columns.at.artists!;
  if (rows.some((r, n) => n > 0 && (r[i] ?? "").includes(";"))) return ";";
  return exportify ? "," : "none";
}

/**
 * Songs from a CSV: an Exportify export (either artist separator, audio features, genres, label),
 * a MuSe-format catalog (seeds and valence/arousal/dominance ratings) or any CSV with a title, an
 * artist and optionally a `tags` column. Each bad row is skipped with its record number, line and
 * "field: problem"; a file with no header, title or artist column throws a one-line AppError.
 */
export function songsFromCsv(file: string, text: string): { songs: Song[]; skipped: RecordProblem[] } {
  const { rows, lines } = parseCsv(text);
  const header = rows[0];
  if (header === undefined) throw new AppError("bad_request", `${file}: empty file, expected a CSV header row`);
  const columns = columnsOf(file, header);
  const exportify = header.some((h) => /^\s*track (uri|name)\s*$/i.test(h));
  const split = artistSplitOf(rows, columns, exportify);
  const result = { songs: [] as Song[], skipped: [] as RecordProblem[] };
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    if (i === 0 || cells.every((c) => c.trim() === "")) return;
    const line = lines[i] ?? i + 1;
    try {
      const song = rowToSong(cells, columns, split);
      const first = seen.get(song.id);
      if (first !== undefined) throw new RowProblem(`id: "${song.id}" repeats record ${first}`);
      seen.set(song.id, i);
      result.songs.push(song);
    } catch (e) {
      if (!(e instanceof RowProblem)) throw e;
      result.skipped.push({ record: i, problem: e.message, line });
    }
  });
  if (result.songs.length + result.skipped.length === 0) throw new AppError("bad_request", `${file}: no songs in the file`);
  return result;
}
