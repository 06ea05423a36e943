import { isUtf8 } from "node:buffer";
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import { AppError } from "@/lib/errors";
import { writeFileAtomic } from "./atomic-file";
import { fromEmotiTune, isEmotiTuneRecord } from "./emotitune";
import { type Song, SongSchema } from "./song";

/** True when the path exists. */
export async function fileExists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** Where a data dir keeps its files: untagged source songs, the tagged catalog and the index. */
export function dataPaths(dataDir: string) {
  return {
    source: join(dataDir, "songs.json"),
    catalog: join(dataDir, "catalog.json"),
    index: join(dataDir, "index"),
  };
}

/** The 1-based line holding the first byte that is not UTF-8 (a newline byte never sits inside a character). */
function firstBadLine(bytes: Buffer): number {
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    if (!isUtf8(bytes.subarray(start, end))) return line;
    start = end + 1;
  }
  return line;
}

/**
 * Decodes a file's bytes as UTF-8, dropping a leading byte order mark. Returns the text, or throws a
 * one-line AppError naming the file and the line of the first invalid byte (never replaced silently).
 */
export function decodeUtf8(file: string, bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (e) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const what = utf16 ? "is UTF-16 text; save it as UTF-8" : `line ${firstBadLine(bytes)}: not valid UTF-8; save the file as UTF-8`;
    throw new AppError("bad_request", `${file}: ${what}`, { cause: e });
  }
}

/**
 * A file's text (UTF-8, a leading BOM dropped), or a one-line AppError saying it is missing, a folder,
 * unreadable or not UTF-8 (with the line of the first bad byte).
 */
export async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const what = code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a folder, not a file" : "cannot be read";
    throw new AppError("bad_request", `${file}: ${what}`, { cause: e });
  }
  return decodeUtf8(file, bytes);
}

function parseRecords(file: string, body: string): unknown[] {
  if (body.trimStart().startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(body);
      if (Array.isArray(parsed)) return parsed;
    } catch (e) {
      throw new AppError("bad_request", `${file}: invalid JSON (${(e as Error).message})`, { cause: e });
    }
    throw new AppError("bad_request", `${file}: expected a JSON array of song objects`);
  }
  const records: unknown[] = [];
  const lines = body.split("\n");
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    try {
      records.push(JSON.parse(line));
    } catch (e) {
      throw new AppError("bad_request", `${file}: line ${i + 1}: invalid JSON (expected a JSON array, or one JSON object per line)`, {
        cause: e,
      });
    }
  });
  if (records.length === 0) throw new AppError("bad_request", `${file}: no songs in the file`);
  return records;
}

function validate(file: string, records: unknown[], convert: boolean): Song[] {
  const seen = new Map<string, number>();
  return records.map((raw, i) => {
    const n = i + 1;
    const record = convert && isEmotiTuneRecord(raw) ? fromEmotiTune(raw) : raw;
    const parsed = SongSchema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length > 0 ? issue.path.join(".") : "(record)";
      throw new AppError("bad_request", `${file}: record ${n}: ${field}: ${issue.message}`, { issues: parsed.error.issues });
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      throw new AppError("bad_request", `${file}: record ${n}: id: "${parsed.data.id}" repeats record ${first}`);
    }
    seen.set(parsed.data.id, n);
    return parsed.data;
  });
}

/**
 * Reads tracks to tag: a JSON array or JSON lines, in our song schema or the EmotiTuneOT export
 * shape. Returns validated songs or throws a one-line AppError naming file, record and field.
 */
export async function readTracksFile(file: string): Promise<Song[]> {
  const records = parseRecords(file, await readText(file));
  if (records.length === 0) throw new AppError("bad_request", `${file}: no songs in the file`);
  return validate(file, records, true);
}

/** Reads a tagged catalog written by `writeCatalog`, validating every record. */
export async function readCatalog(file: string): Promise<Song[]> {
  return validate(file, parseRecords(file, await readText(file)), false);
}

/** Writes the catalog atomically: readers never see half a file. */
export async function writeCatalog(file: string, songs: readonly Song[]): Promise<void> {
  await writeFileAtomic(file, `[\n${songs.map((s) => JSON.stringify(s)).join(",\n")}\n]\n`);
}
