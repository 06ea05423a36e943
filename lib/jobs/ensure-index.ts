import { withDataLock } from "@/lib/fs/data-lock";
import { dataPaths } from "@/lib/catalog/files";
import { readTracksFile } from "@/lib/ingest/tracks-file";
import { fileExists } from "@/lib/fs/files";
import { tagIntoCatalog } from "@/lib/catalog/tag-catalog";
import { AppError } from "@/lib/errors";
import type { MoodtapeDeps } from "@/lib/recommend/ports";
import type { IndexLocation } from "@/lib/store/index-location";
import { indexDataDir, indexLocationOf } from "./index-data-dir";

/**
 * Batch work a server or a script needs before it can answer: when the data dir has no index yet,
 * tags its songs.json (resumable: songs already tagged by this engine are kept) or takes its tagged
 * catalog, and builds the index, holding the data dir's lock like `npm run tag` and `npm run index`.
 * An index on object storage is never built here: replicas only read it, and one `npm run index`
 * publishes it (several replicas starting on an empty bucket would otherwise all build at once).
 * An index built with other embeddings or another vocabulary is left alone (opening it says to run
 * `npm run index`). Never called from a request. Returns whether it built.
 */
export async function ensureIndex(
  dataDir: string,
  services: Pick<MoodtapeDeps, "tagger" | "embeddings">,
  location: IndexLocation = indexLocationOf(dataDir),
): Promise<{ built: boolean }> {
  const paths = dataPaths(dataDir);
  if (await location.currentVersion()) return { built: false };
  if (location.remote) {
    throw new AppError("index_missing", `No song index is published at ${location.label} yet. Run \`npm run index\` with MOODTAPE_INDEX_URI set to it.`);
  }
  if (!(await fileExists(paths.source)) && !(await fileExists(paths.catalog))) {
    throw new AppError("index_missing", "The song index has not been built yet. Run `npm run tag` and `npm run index`.");
  }
  return withDataLock(dataDir, { command: "ensure-index" }, async () => {
    // Another run may have built it while we waited for the lock.
    if (await location.currentVersion()) return { built: false };
    if (await fileExists(paths.source)) {
      await tagIntoCatalog({ songs: await readTracksFile(paths.source), catalogFile: paths.catalog, tagger: services.tagger });
    }
    await indexDataDir(dataDir, services, location);
    return { built: true };
  });
}
