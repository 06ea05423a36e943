import { mkdir } from "node:fs/promises";
import { basename } from "node:path";
import { scriptLockOptions, withDataLock } from "@/lib/fs/data-lock";
import { numberFlag, parseFlags, runMain, userPath } from "@/lib/cli";
import { readConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readImportFile } from "@/lib/ingest/import-file";
import { formatSummary, ingestTracks } from "@/lib/ingest/run-ingest";
import { resolveDataDir } from "@/lib/data-dir";

runMain("import", async () => {
  const { values, positionals } = parseFlags({ "data-dir": { type: "string" }, wait: { type: "string" } });
  if (positionals.length !== 1) {
    throw new AppError("bad_request", "usage: npm run import -- <playlist.csv|tracks.json|tracks.jsonl> [--data-dir <dir>] [--wait <seconds>]");
  }
  const wait = numberFlag("wait", values.wait, 0, 86_400);
  const file = userPath(positionals[0]!);
  const dataDir = resolveDataDir(values["data-dir"]);
  const { songs, skipped } = await readImportFile(file);
  for (const s of skipped) console.error(`import: ${basename(file)}: line ${s.line}: ${s.reason} (row skipped)`);
  await mkdir(dataDir, { recursive: true });
  const summary = await withDataLock(dataDir, scriptLockOptions("import", wait), () =>
    ingestTracks(songs, { dataDir, name: basename(file), config: readConfig().ingest, log: (l) => console.error(l) }),
  );
  for (const line of formatSummary(summary, `${skipped.length} bad rows`)) console.log(line);
  console.log(`→ ${summary.out}; next: npm run tag -- --in ${summary.out}`);
});
