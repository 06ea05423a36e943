import { dataPaths, readTracksFile } from "@/lib/catalog/files";
import { tagIntoCatalog } from "@/lib/catalog/tag-catalog";
import { DEFAULT_DATA_DIR, parseFlags, runMain, userPath } from "@/lib/cli";
import { AppError } from "@/lib/errors";
import { createEmotionServices } from "@/lib/services";
import { mkdir } from "node:fs/promises";

const USAGE = "usage: npm run tag -- --in <tracks.json|.jsonl> [--data-dir <dir>]";

runMain("tag", async () => {
  const { values, positionals } = parseFlags({ in: { type: "string" }, "data-dir": { type: "string" } });
  if (!values.in || positionals.length > 0) throw new AppError("bad_request", USAGE);
  const dataDir = values["data-dir"] ? userPath(values["data-dir"]) : DEFAULT_DATA_DIR;
  const songs = await readTracksFile(userPath(values.in));
  await mkdir(dataDir, { recursive: true });
  const { engine } = createEmotionServices();
  const started = performance.now();
  const summary = await tagIntoCatalog({
    songs,
    catalogFile: dataPaths(dataDir).catalog,
    engine,
    onProgress: (done, total) => process.stderr.write(`tag: ${done}/${total}\n`),
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `tagged ${summary.tagged}, unchanged ${summary.unchanged} of ${summary.total} songs with ${engine.id} ` +
      `in ${seconds.toFixed(2)} s; ${summary.withoutEvidence} with fewer than 8 emotions (see emotionNote) → ${dataPaths(dataDir).catalog}`,
  );
});
