import { dataPaths, readCatalog } from "@/lib/catalog/files";
import { TAGS_SOURCE } from "@/lib/catalog/song";
import { fileExists } from "@/lib/fs/files";
import { VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import { AppError } from "@/lib/errors";
import type { MoodtapeDeps } from "@/lib/recommend/ports";
import { createEmotionServices } from "@/lib/services";
import type { IndexManifest } from "@/lib/store/manifest";
import { buildSongIndex } from "@/lib/store/song-index";

/** Builds the index of a data dir from its tagged catalog. */
export async function indexDataDir(
  dataDir: string,
  services?: Pick<MoodtapeDeps, "tagger" | "embeddings">,
): Promise<{ manifest: IndexManifest; staleTags: number }> {
  const paths = dataPaths(dataDir);
  if (!(await fileExists(paths.catalog))) {
    throw new AppError("bad_request", `${paths.catalog}: no tagged catalog; run \`npm run tag -- --in <file>\` first`);
  }
  const s = services ?? (await createEmotionServices());
  const songs = await readCatalog(paths.catalog);
  // Emotions from crowd mood tags belong to no engine: never stale.
  const staleTags = songs.filter((song) => song.emotionSource !== s.tagger.id && song.emotionSource !== TAGS_SOURCE).length;
  const manifest = await buildSongIndex({
    indexDir: paths.index,
    songs,
    embeddings: s.embeddings,
    vocabularyVersion: VOCABULARY_VERSION,
  });
  return { manifest, staleTags };
}

