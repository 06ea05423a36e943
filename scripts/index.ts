import { scriptLockOptions, withDataLock } from "@/lib/fs/data-lock";
import { numberFlag, parseFlags, runMain } from "@/lib/cli";
import { AppError } from "@/lib/errors";
import { indexDataDir } from "@/lib/services";
import { resolveDataDir } from "@/lib/data-dir";

runMain("index", async () => {
  const { values, positionals } = parseFlags({ "data-dir": { type: "string" }, wait: { type: "string" } });
  if (positionals.length > 0) throw new AppError("bad_request", "usage: npm run index -- [--data-dir <dir>] [--wait <seconds>]");
  const wait = numberFlag("wait", values.wait, 0, 86_400);
  const dataDir = resolveDataDir(values["data-dir"]);
  const started = performance.now();
  // MOODTAPE_INDEX_URI may name a folder or s3://bucket/prefix: the new version is published there,
  // CURRENT written last; the lock guards the data dir's catalog (one publisher at a time per data dir).
  const { manifest, staleTags, location } = await withDataLock(dataDir, scriptLockOptions("index", wait), () => indexDataDir(dataDir));
  const ms = performance.now() - started;
  console.log(
    `indexed ${manifest.songCount} songs (${manifest.skipped} without emotions skipped) with ${manifest.embeddingModel}, ` +
      `dimension ${manifest.dimension}, in ${ms.toFixed(0)} ms; published ${(await location.currentVersion()) ?? "?"} to ${location.label}`,
  );
  if (staleTags > 0) console.log(`note: ${staleTags} songs were tagged by another engine version; re-run \`npm run tag\` to refresh them`);
});
