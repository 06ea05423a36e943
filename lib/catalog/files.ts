import { join } from "node:path";
import { AppError } from "@/lib/errors";
import { writeFileAtomic } from "@/lib/fs/atomic-file";
import { readText } from "@/lib/fs/files";
import { type Song, SongSchema } from "./song";

/** Where a data dir keeps its files: untagged source songs, the tagged catalog and the index. */
export function dataPaths(dataDir: string) {
  return {
    source: join(dataDir, "songs.json"),
    catalog: join(dataDir, "catalog.json"),
    index: join(dataDir, "index"),
  };
}

/** The records of a JSON array or JSON-lines text, or a one-line AppError naming the file (and line). */
export function parseRecords(file: string, body: string): unknown[] {
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

/** A record left out of an import: its 1-based number and "field: problem". */
export interface RecordProblem {
  record: number;
  problem: string;
  /** The line where it starts, for CSV. */
  line?: number;
}

/** "file: record N: field: problem", the one shape every importer reports a bad record in. */
export function formatProblem(file: string, p: RecordProblem): string {
  return `${file}: record ${p.record}: ${p.problem}${p.line !== undefined ? ` (line ${p.line})` : ""}`;
}

/**
 * Validates records as songs (after `convert`, which importers use to accept other shapes). Returns
 * the valid songs and, for each invalid record or repeated id, its number and "field: problem".
 */
export function checkSongs(records: unknown[], convert: (raw: unknown) => unknown = (raw) => raw): { songs: Song[]; skipped: RecordProblem[] } {
  const seen = new Map<string, number>();
  const songs: Song[] = [];
  const skipped: RecordProblem[] = [];
  records.forEach((raw, i) => {
    const record = i + 1;
    const parsed = SongSchema.safeParse(convert(raw));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length > 0 ? issue.path.join(".") : "(record)";
      return void skipped.push({ record, problem: `${field}: ${issue.message}` });
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) return void skipped.push({ record, problem: `id: "${parsed.data.id}" repeats record ${first}` });
    seen.set(parsed.data.id, record);
    songs.push(parsed.data);
  });
  return { songs, skipped };
}

/**
 * Validates records as songs (after `convert`, which importers use to accept other shapes), or throws
 * a one-line AppError naming file, record and field; ids must not repeat.
 */
export function validateSongs(file: string, records: unknown[], convert: (raw: unknown) => unknown = (raw) => raw): Song[] {
  const { songs, skipped } = checkSongs(records, convert);
  if (skipped.length > 0) throw new AppError("bad_request", formatProblem(file, skipped[0]!));
  return songs;
}

/** Reads a tagged catalog written by `writeCatalog`, validating every record. */
export async function readCatalog(file: string): Promise<Song[]> {
  return validateSongs(file, parseRecords(file, await readText(file)));
}

/** Writes the catalog atomically: readers never see half a file. */
export async function writeCatalog(file: string, songs: readonly Song[]): Promise<void> {
  await writeFileAtomic(file, `[\n${songs.map((s) => JSON.stringify(s)).join(",\n")}\n]\n`);
}
