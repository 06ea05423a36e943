import { type RecordProblem, checkSongs, formatProblem, parseRecords, validateSongs } from "@/lib/catalog/files";
import type { Song } from "@/lib/catalog/song";
import { AppError } from "@/lib/errors";
import { readText } from "@/lib/fs/files";
import { fromEmotiTune, isEmotiTuneRecord } from "./emotitune";
import { fromTagRecord, isTagRecord } from "./tag-lists";

const convert = (raw: unknown) => (isEmotiTuneRecord(raw) ? fromEmotiTune(raw) : isTagRecord(raw) ? fromTagRecord(raw) : raw);

/**
 * Reads tracks to tag: a JSON array or JSON lines, in our song schema, the EmotiTuneOT export shape
 * or records with a free `tags` field. Returns validated songs or throws a one-line AppError naming
 * file, record and field.
 */
export async function readTracksFile(file: string): Promise<Song[]> {
  const records = parseRecords(file, await readText(file));
  if (records.length === 0) throw new AppError("bad_request", `${file}: no songs in the file`);
  return validateSongs(file, records, convert);
}

/**
 * Like readTracksFile, but an invalid record is skipped and returned with its number and problem
 * (`strict` throws on the first instead). Throws when the file has no usable record at all.
 */
export async function readTracksRecords(file: string, opts: { strict?: boolean } = {}): Promise<{ songs: Song[]; skipped: RecordProblem[] }> {
  if (opts.strict) return { songs: await readTracksFile(file), skipped: [] };
  const records = parseRecords(file, await readText(file));
  if (records.length === 0) throw new AppError("bad_request", `${file}: no songs in the file`);
  const result = checkSongs(records, convert);
  if (result.songs.length === 0) throw noUsableRecords(file, result.skipped);
  return result;
}

/** The error for a file none of whose records could be used: the first problem, then the count. */
export function noUsableRecords(file: string, skipped: readonly RecordProblem[]): AppError {
  if (skipped.length === 0) return new AppError("bad_request", `${file}: no songs in the file`);
  const rest = skipped.length === 1 ? "the only record" : `all ${skipped.length} records invalid`;
  return new AppError("bad_request", `${formatProblem(file, skipped[0]!)} (nothing to import: ${rest})`);
}
