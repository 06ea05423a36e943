import { dataPaths, fileExists, readTracksFile } from "@/lib/catalog/files";
import { tagIntoCatalog } from "@/lib/catalog/tag-catalog";
import { VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import { AppError } from "@/lib/errors";
import type { EmotionServices } from "@/lib/services";
import { indexDataDir } from "./index-data-dir";
import { openSongIndex } from "@/lib/store/song-index";

/**
 * Batch work a server or a script needs before it can answer: when the data dir has no index, or
 * one built with other embeddings or another vocabulary and the engine is the offline one (cheap to
 * run again), tags what needs tagging (the catalog, or first the data dir's songs.json) and builds
 * the index. Never called from a request. Returns whether it built.
 */
export async function ensureIndex(dataDir: string, services: EmotionServices): Promise<{ built: boolean }> {
  const paths = dataPaths(dataDir);
  try {
    const index = await openSongIndex({ indexDir: paths.index, embeddings: services.embeddings, vocabularyVersion: VOCABULARY_VERSION });
    index.close();
    return { built: false };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const rebuildable = e.code === "index_missing" || (e.code === "index_mismatch" && services.mode === "offline");
    if (!rebuildable) throw e;
  }
  // Tagging is resumable: songs already tagged by this engine and vocabulary are kept as they are.
  if (await fileExists(paths.source)) {
    await tagIntoCatalog({ songs: await readTracksFile(paths.source), catalogFile: paths.catalog, tagger: services.tagger });
  } else if (!(await fileExists(paths.catalog))) {
    throw new AppError("index_missing", "The song index has not been built yet. Run `npm run tag` and `npm run index`.");
  }
  await indexDataDir(dataDir, services);
  return { built: true };
}
