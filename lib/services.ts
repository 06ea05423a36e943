import { offlineTagger } from "@/lib/catalog/tag-catalog";
import { OfflineEmotionEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { createOfflineEngine } from "@/lib/emotions/engine";
import { VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import { type AppConfig, readConfig } from "@/lib/env";
import { ensureIndex } from "@/lib/jobs/ensure-index";
import { indexLocationOf } from "@/lib/jobs/index-data-dir";
import type { MoodtapeDeps } from "@/lib/recommend/ports";

import { openSongIndex } from "@/lib/store/song-index";

export { indexDataDir } from "@/lib/jobs/index-data-dir";


/**
 * The engine, tagger, mood reader and embeddings the environment asks for: offline without keys.
 * The LangChain modules are loaded only in LLM mode (they take about a second to load).
 */
export async function createEmotionServices(config: AppConfig = readConfig()): Promise<Omit<MoodtapeDeps, "index">> {
  const engine = createOfflineEngine();
  if (!config.llm) return { engine, embeddings: new OfflineEmotionEmbeddings(), tagger: offlineTagger(engine), mode: "offline" };
  const [{ createChatModel, createOpenAIEmbeddings }, { createLlmMoodReader }, { createLlmTagger }] = await Promise.all([
    import("@/lib/llm/providers"),
    import("@/lib/llm/mood-chain"),
    import("@/lib/llm/tag-chain"),
  ]);
  const embeddings =
    config.embeddings.kind === "openai" ? await createOpenAIEmbeddings(config.llm, config.embeddings.model) : new OfflineEmotionEmbeddings();
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

/**
 * Opens what recommend needs for a data dir, for scripts: first the batch job that builds the index
 * when it is missing (lib/jobs/ensure-index.ts), then the index. The server never does this in a
 * request: it runs the job at start-up and opens a LiveIndex (lib/server/moodtape.ts).
 */
export async function openRecommender(
  dataDir: string,
  config: AppConfig = readConfig(),
): Promise<MoodtapeDeps & { builtNow: boolean }> {
  const services = await createEmotionServices(config);
  const location = indexLocationOf(dataDir, config);
  const { built } = await ensureIndex(dataDir, services, location);
  const index = await openSongIndex({ indexDir: location, embeddings: services.embeddings, vocabularyVersion: VOCABULARY_VERSION });
  return { ...services, index, builtNow: built };
}
