import { extname } from "node:path";
import { type RecordProblem, formatProblem } from "@/lib/catalog/files";
import type { Song } from "@/lib/catalog/song";
import { AppError } from "@/lib/errors";
import { readText } from "@/lib/fs/files";
import { noUsableRecords, readTracksRecords } from "@/lib/ingest/tracks-file";
import { looksLikeCsvHeader } from "./csv-columns";
import { songsFromCsv } from "./csv-songs";

export interface ImportResult {
  songs: Song[];
  /** Records left out, each with its number and "field: problem" (and its line, for CSV). */
  skipped: RecordProblem[];
}

function readCsv(file: string, text: string, strict: boolean): ImportResult {
  const result = songsFromCsv(file, text);
  if (strict && result.skipped.length > 0) throw new AppError("bad_request", formatProblem(file, result.skipped[0]!));
  if (result.songs.length === 0) throw noUsableRecords(file, result.skipped);
  return result;
}

/**
 * Reads a playlist or catalog to import: a CSV (Exportify, MuSe, or any with title, artist and
 * optionally tags; by extension or header), or JSON / JSON lines. Invalid records are skipped and
 * returned (`strict` throws on the first instead); throws a one-line AppError for a missing file, a
 * CSV without a title or artist column, or a file with no usable record.
 */
export async function readImportFile(file: string, opts: { strict?: boolean } = {}): Promise<ImportResult> {
  const ext = extname(file).toLowerCase();
  const strict = opts.strict ?? false;
  if (ext === ".json" || ext === ".jsonl") return readTracksRecords(file, { strict });
  const text = await readText(file);
  const end = text.indexOf("\n");
  if (ext === ".csv" || looksLikeCsvHeader(text.slice(0, end === -1 ? text.length : end))) return readCsv(file, text, strict);
  return readTracksRecords(file, { strict });
}
