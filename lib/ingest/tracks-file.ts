import { parseRecords, validateSongs } from "@/lib/catalog/files";
import type { Song } from "@/lib/catalog/song";
import { AppError } from "@/lib/errors";
import { readText } from "@/lib/fs/files";
import { fromEmotiTune, isEmotiTuneRecord } from "./emotitune";

/**
 * Reads tracks to tag: a JSON array or JSON lines, in our song schema or the EmotiTuneOT export
 * shape. Returns validated songs or throws a one-line AppError naming file, record and field.
 */
export async function readTracksFile(file: string): Promise<Song[]> {
  const records = parseRecords(file, await readText(file));
  if (records.length === 0) throw new AppError("bad_request", `${file}: no songs in the file`);
  return validateSongs(file, records, (raw) => (isEmotiTuneRecord(raw) ? fromEmotiTune(raw) : raw));
}
