import { readConversation } from "./conversation";
import type { MoodReader, MoodtapeDeps, Turn } from "./ports";
import { type Recommendation, type Sort, searchByEmotions } from "./recommend";

export interface MoodRequest {
  message: string;
  history?: Turn[];
  threshold?: number;
  limit?: number;
  sort?: Sort;
  exclude?: string[];
}

export interface MoodAnswer extends Recommendation {
  /** Who read the mood: "offline", the LLM ("llm:<model>"), or "offline-fallback" when the LLM failed. */
  mode: string;
  /** True when the message refined the previous mood ("more upbeat", "only Spanish songs"). */
  refined: boolean;
  languages: string[] | null;
}

/** What answering a chat turn needs: the part of MoodtapeDeps it uses. */
type MoodDeps = Pick<MoodtapeDeps, "engine" | "embeddings" | "index" | "mode" | "moodReader">;

/** The LLM's reading within its time budget, or undefined (and the reason logged) to fall back. */
async function readWithLlm(req: MoodRequest, reader: MoodDeps["moodReader"]): Promise<string[] | undefined> {
  if (!reader) return undefined;
  try {
    const emotions = await reader.read(req.message, req.history ?? [], AbortSignal.timeout(reader.budgetMs));
    return emotions.length > 0 ? emotions : undefined;
  } catch (e) {
    console.warn(`mood: LLM failed (${(e as Error)?.name ?? "error"}); answering with the offline engine`);
    return undefined;
  }
}

/**
 * One chat turn: reads the mood from the message and the person's earlier messages (the LLM when
 * configured, within its time budget, else the offline engine), then finds songs, leaving out the
 * ones already shown unless the person asked for them again.
 */
export async function answerMood(req: MoodRequest, deps: MoodDeps): Promise<MoodAnswer> {
  const mood = readConversation(req.message, req.history ?? [], deps.engine);
  const llmEmotions = await readWithLlm(req, deps.moodReader);
  const mode = !deps.moodReader ? deps.mode : llmEmotions ? deps.moodReader.id : "offline-fallback";
  const result = await searchByEmotions(
    llmEmotions ?? mood.emotions,
    {
      threshold: req.threshold,
      limit: req.limit,
      sort: req.sort,
      exclude: mood.repeat ? [] : req.exclude,
      languages: mood.languages ?? undefined,
    },
    deps,
  );
  return { ...result, mode, refined: mood.refined, languages: mood.languages };
}
