import { dataPaths, readCatalog } from "@/lib/catalog/files";
import { TAGS_SOURCE } from "@/lib/catalog/song";
import { fileExists } from "@/lib/fs/files";
import { VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import { type AppConfig, readConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { MoodtapeDeps } from "@/lib/recommend/ports";
import { createEmotionServices } from "@/lib/services";
import type { IndexLocation } from "@/lib/store/index-location";
import { locateIndex } from "@/lib/store/locate-index";
import type { IndexManifest } from "@/lib/store/manifest";
import { buildSongIndex } from "@/lib/store/song-index";

/** Where a data dir's index is published: MOODTAPE_INDEX_URI (a folder or s3://bucket/prefix), else <data-dir>/index. */
export function indexLocationOf(dataDir: string, config: AppConfig = readConfig()): IndexLocation {
  return locateIndex(config.indexUri ?? dataPaths(dataDir).index, config.s3);
}

/** Builds the index of a data dir from its tagged catalog and publishes it (by default where indexLocationOf says). */
export async function indexDataDir(
  dataDir: string,
  services?: Pick<MoodtapeDeps, "tagger" | "embeddings">,
  location: IndexLocation = indexLocationOf(dataDir),
): Promise<{ manifest: IndexManifest; staleTags: number; location: IndexLocation }> {
  const paths = dataPaths(dataDir);
  if (!(await fileExists(paths.catalog))) {
    throw new AppError("bad_request", `${paths.catalog}: no tagged catalog; run \`npm run tag -- --in <file>\` first`);
  }
  // Reach the store before tagging and embedding: a wrong endpoint or key fails in one line, at once.
  await location.currentVersion();
  const s = services ?? (await createEmotionServices());
  const songs = await readCatalog(paths.catalog);
  // Emotions from crowd mood tags belong to no engine: never stale.
  const staleTags = songs.filter((song) => song.emotionSource !== s.tagger.id && song.emotionSource !== TAGS_SOURCE).length;
  const manifest = await buildSongIndex({
    indexDir: location,
    songs,
    embeddings: s.embeddings,
    vocabularyVersion: VOCABULARY_VERSION,
  });
  return { manifest, staleTags, location };
}
