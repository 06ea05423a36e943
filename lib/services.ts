import { dataPaths, readCatalog, readTracksFile } from "@/lib/catalog/files";
import { fileExists, tagIntoCatalog } from "@/lib/catalog/tag-catalog";
import { OfflineEmotionEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { type EmotionEngine, createOfflineEngine } from "@/lib/emotions/engine";
import { VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import { AppError } from "@/lib/errors";
import type { RecommendDeps } from "@/lib/recommend/recommend";
import type { IndexManifest } from "@/lib/store/manifest";
import { buildSongIndex, openSongIndex } from "@/lib/store/song-index";

/** The engine and embeddings in use. Offline today; the LLM mode plugs in here. */
export function createEmotionServices(): { engine: EmotionEngine; embeddings: OfflineEmotionEmbeddings } {
  return { engine: createOfflineEngine(), embeddings: new OfflineEmotionEmbeddings() };
}

/** Builds the index of a data dir from its tagged catalog. */
export async function indexDataDir(
  dataDir: string,
  services = createEmotionServices(),
): Promise<{ manifest: IndexManifest; staleTags: number }> {
  const paths = dataPaths(dataDir);
  if (!(await fileExists(paths.catalog))) {
    throw new AppError("bad_request", `${paths.catalog}: no tagged catalog; run \`npm run tag -- --in <file>\` first`);
  }
  const songs = await readCatalog(paths.catalog);
  const staleTags = songs.filter((s) => s.emotionSource !== services.engine.id).length;
  const manifest = await buildSongIndex({
    indexDir: paths.index,
    songs,
    embeddings: services.embeddings,
    vocabularyVersion: VOCABULARY_VERSION,
  });
  return { manifest, staleTags };
}

/**
 * Opens what recommend needs for a data dir. When the index is missing it is built on demand:
 * from the tagged catalog, or first by tagging the data dir's songs.json (the bundled catalog).
 */
export async function openRecommender(dataDir: string): Promise<RecommendDeps & { builtNow: boolean }> {
  const services = createEmotionServices();
  const paths = dataPaths(dataDir);
  const open = () =>
    openSongIndex({ indexDir: paths.index, embeddings: services.embeddings, vocabularyVersion: VOCABULARY_VERSION });
  try {
    return { ...services, index: await open(), builtNow: false };
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== "index_missing") throw e;
  }
  if (!(await fileExists(paths.catalog))) {
    if (!(await fileExists(paths.source))) {
      throw new AppError("index_missing", "The song index has not been built yet. Run `npm run tag` and `npm run index`.");
    }
    await tagIntoCatalog({ songs: await readTracksFile(paths.source), catalogFile: paths.catalog, engine: services.engine });
  }
  await indexDataDir(dataDir, services);
  return { ...services, index: await open(), builtNow: true };
}
