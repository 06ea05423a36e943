import { dataPaths, fileExists, readCatalog, readTracksFile } from "@/lib/catalog/files";
import { type SongTagger, offlineTagger, tagIntoCatalog } from "@/lib/catalog/tag-catalog";
import { type IndexEmbeddings, OfflineEmotionEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { type EmotionEngine, createOfflineEngine } from "@/lib/emotions/engine";
import { VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import { type AppConfig, readConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { LlmUsage } from "@/lib/llm/ask";
import { type LlmMoodReader, createLlmMoodReader } from "@/lib/llm/mood-chain";
import { createChatModel, createOpenAIEmbeddings } from "@/lib/llm/providers";
import { createLlmTagger } from "@/lib/llm/tag-chain";
import type { RecommendDeps } from "@/lib/recommend/recommend";
import type { IndexManifest } from "@/lib/store/manifest";
import { buildSongIndex, openSongIndex } from "@/lib/store/song-index";

export interface EmotionServices {
  /** The offline engine: the default, and the fallback of the LLM mode. */
  engine: EmotionEngine;
  embeddings: IndexEmbeddings;
  tagger: SongTagger & { usage?: LlmUsage };
  moodReader?: LlmMoodReader & { budgetMs: number };
  /** "offline", or the LLM that reads moods ("llm:<model>"). */
  mode: string;
}

/** The engine, tagger, mood reader and embeddings the environment asks for: offline without keys. */
export async function createEmotionServices(config: AppConfig = readConfig()): Promise<EmotionServices> {
  const engine = createOfflineEngine();
  const embeddings =
    config.embeddings.kind === "openai" && config.llm
      ? await createOpenAIEmbeddings(config.llm, config.embeddings.model)
      : new OfflineEmotionEmbeddings();
  if (!config.llm) return { engine, embeddings, tagger: offlineTagger(engine), mode: "offline" };
  const model = createChatModel(config.llm);
  // The API has a hard time budget: one try, bounded by the budget, then the offline engine.
  const moodModel = createChatModel(config.llm, { timeoutMs: config.llm.moodBudgetMs, maxRetries: 0 });
  const moodReader = Object.assign(createLlmMoodReader(moodModel, config.llm.model), { budgetMs: config.llm.moodBudgetMs });
  return {
    engine,
    embeddings,
    tagger: createLlmTagger(model, config.llm.model, config.llm.concurrency),
    moodReader,
    mode: moodReader.id,
  };
}

/** Builds the index of a data dir from its tagged catalog. */
export async function indexDataDir(
  dataDir: string,
  services?: EmotionServices,
): Promise<{ manifest: IndexManifest; staleTags: number }> {
  const paths = dataPaths(dataDir);
  if (!(await fileExists(paths.catalog))) {
    throw new AppError("bad_request", `${paths.catalog}: no tagged catalog; run \`npm run tag -- --in <file>\` first`);
  }
  const s = services ?? (await createEmotionServices());
  const songs = await readCatalog(paths.catalog);
  const staleTags = songs.filter((song) => song.emotionSource !== s.tagger.id).length;
  const manifest = await buildSongIndex({
    indexDir: paths.index,
    songs,
    embeddings: s.embeddings,
    vocabularyVersion: VOCABULARY_VERSION,
  });
  return { manifest, staleTags };
}

/**
 * Opens what recommend needs for a data dir. When the index is missing it is built on demand:
 * from the tagged catalog, or first by tagging the data dir's songs.json (the bundled catalog).
 */
export async function openRecommender(
  dataDir: string,
  config: AppConfig = readConfig(),
): Promise<RecommendDeps & EmotionServices & { builtNow: boolean }> {
  const services = await createEmotionServices(config);
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
    await tagIntoCatalog({ songs: await readTracksFile(paths.source), catalogFile: paths.catalog, tagger: services.tagger });
  }
  await indexDataDir(dataDir, services);
  return { ...services, index: await open(), builtNow: true };
}
