import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { normalizeEmotions } from "@/lib/emotions/normalize";
import type { MoodReader, Turn } from "@/lib/recommend/ports";
import { createEmotionAsker } from "./ask";
import { MOOD_PROMPT } from "./prompts";
import { shownVocabulary } from "./tag-chain";

const MOOD_MAX = 8;
const HISTORY_TURNS = 6;

/** Reads 1-8 vocabulary emotions from a message and the person's earlier messages with an LLM. */
export function createLlmMoodReader(model: BaseChatModel, modelName: string): MoodReader & { usage: ReturnType<typeof createEmotionAsker>["usage"] } {
  const { ask, usage } = createEmotionAsker(model);
  return {
    id: `llm:${modelName}`,
    usage,
    /** Throws on any failure or when `signal` aborts: the caller falls back to the offline engine. */
    async read(message: string, history: readonly Turn[], signal?: AbortSignal): Promise<string[]> {
      const earlier = history.filter((t) => t.role === "user").slice(-HISTORY_TURNS).map((t) => `earlier: ${t.content}`);
      const messages = [...earlier, `now: ${message}`].join("\n").replace(/<\/?messages>/gi, "");
      const prompt = await MOOD_PROMPT.formatMessages({ vocabulary: shownVocabulary(new Map()), messages });
      const { terms } = await ask(prompt, { signal });
      return normalizeEmotions(terms).terms.slice(0, MOOD_MAX);
    },
  };
}

export type LlmMoodReader = ReturnType<typeof createLlmMoodReader>;
