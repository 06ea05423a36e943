import { mkdir } from "node:fs/promises";
import { basename } from "node:path";
import { scriptLockOptions, withDataLock } from "@/lib/fs/data-lock";
import { formatProblem } from "@/lib/catalog/files";
import { numberFlag, parseFlags, runMain, userPath } from "@/lib/cli";
import { readConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readImportFile } from "@/lib/ingest/import-file";
import { formatSummary, importTracks } from "@/lib/ingest/run-ingest";
import { resolveDataDir } from "@/lib/data-dir";

const USAGE =
  "usage: npm run import -- <playlist.csv|catalog.csv|tracks.json|tracks.jsonl> [--data-dir <dir>] [--strict] [--lyrics] [--wait <seconds>]";

runMain("import", async () => {
  const { values, positionals } = parseFlags({
    "data-dir": { type: "string" },
    wait: { type: "string" },
    strict: { type: "boolean" },
    lyrics: { type: "boolean" },
  });
  if (positionals.length !== 1) throw new AppError("bad_request", USAGE);
  const wait = numberFlag("wait", values.wait, 0, 86_400);
  const file = userPath(positionals[0]!);
  const dataDir = resolveDataDir(values["data-dir"]);
  const { songs, skipped } = await readImportFile(file, { strict: values.strict });
  for (const s of skipped) console.error(`import: ${formatProblem(basename(file), s)} (skipped)`);
  await mkdir(dataDir, { recursive: true });
  const config = readConfig().ingest;
  const run = () => importTracks(songs, { dataDir, name: basename(file), config, log: (l) => console.error(l), fetchTagged: values.lyrics });
  const { summary, fromTags, out } = await withDataLock(dataDir, scriptLockOptions("import", wait), run);
  if (summary) for (const line of formatSummary(summary, `${skipped.length} bad records`)) console.log(line);
  else console.log(`${songs.length} tracks; skipped ${skipped.length} bad records`);
  if (fromTags > 0) console.log(`${fromTags} songs with mood tags: emotions from their tags, no lyrics looked up (--lyrics to look them up)`);
  console.log(`→ ${out}; next: npm run tag -- --in ${out}`);
});
