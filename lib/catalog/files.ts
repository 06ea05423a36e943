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

/**
 * Validates records as songs (after `convert`, which importers use to accept other shapes), or throws
 * a one-line AppError naming file, record and field; ids must not repeat.
 */
export function validateSongs(file: string, records: unknown[], convert: (raw: unknown) => unknown = (raw) => raw): Song[] {
  const seen = new Map<string, number>();
  return records.map((raw, i) => {
    const n = i + 1;
    const record = convert(raw);
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

/** Reads a tagged catalog written by `writeCatalog`, validating every record. */
export async function readCatalog(file: string): Promise<Song[]> {
  return validateSongs(file, parseRecords(file, await readText(file)));
}

/** Writes the catalog atomically: readers never see half a file. */
export async function writeCatalog(file: string, songs: readonly Song[]): Promise<void> {
  await writeFileAtomic(file, `[\n${songs.map((s) => JSON.stringify(s)).join(",\n")}\n]\n`);
}
