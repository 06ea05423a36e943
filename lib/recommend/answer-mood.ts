import { type Turn, readConversation } from "./conversation";
import { type Recommendation, type RecommendDeps, type Sort, searchByEmotions } from "./recommend";

export interface MoodRequest {
  message: string;
  history?: Turn[];
  threshold?: number;
  limit?: number;
  sort?: Sort;
  exclude?: string[];
}

export interface MoodAnswer extends Recommendation {
  /** Which engine read the mood: "offline" today; the LLM mode names its model. */
  mode: string;
  /** True when the message refined the previous mood ("more upbeat", "only Spanish songs"). */
  refined: boolean;
  languages: string[] | null;
}

/**
 * One chat turn: reads the mood from the message and the person's earlier messages, then finds
 * songs, leaving out the ones already shown unless the person asked for them again.
 */
export async function answerMood(req: MoodRequest, deps: RecommendDeps & { mode: string }): Promise<MoodAnswer> {
  const mood = readConversation(req.message, req.history ?? [], deps.engine);
  const result = await searchByEmotions(
    mood.emotions,
    {
      threshold: req.threshold,
      limit: req.limit,
      sort: req.sort,
      exclude: mood.repeat ? [] : req.exclude,
      languages: mood.languages ?? undefined,
    },
    deps,
  );
  return { ...result, mode: deps.mode, refined: mood.refined, languages: mood.languages };
}
