import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, type BaseMessage, HumanMessage } from "@langchain/core/messages";
import type { TagOutcome } from "@/lib/catalog/tag-catalog";
import { TAG_SIZE } from "@/lib/emotions/engine";
import { normalizeEmotions } from "@/lib/emotions/normalize";
import { VOCABULARY_VERSION, getVocabulary } from "@/lib/emotions/vocabulary";
import { QuotaExceededError, createEmotionAsker, errorCode, failureReason } from "./ask";
import { TAG_PROMPT, TAG_REPAIR } from "./prompts";

/** How many vocabulary terms a prompt shows (the most used first): the prompt must not grow with the catalog. */
export const VOCABULARY_SHOWN = 80;
/** Lyrics are cut to about 1,000 tokens. */
export const LYRICS_CHAR_BUDGET = 4_000;

/** The vocabulary as the prompt shows it: most used first, capped. */
export function shownVocabulary(usage: ReadonlyMap<string, number>): string {
  const terms = getVocabulary().terms.map((t) => t.term);
  const order = new Map(terms.map((t, i) => [t, i]));
  return [...terms]
    .sort((a, b) => (usage.get(b) ?? 0) - (usage.get(a) ?? 0) || order.get(a)! - order.get(b)!)
    .slice(0, VOCABULARY_SHOWN)
    .join(", ");
}

/** The messages sent for one lyric (exported so tests can check the prompt's size bound). */
export function tagMessages(lyrics: string, usage: ReadonlyMap<string, number>): Promise<BaseMessage[]> {
  const data = lyrics.slice(0, LYRICS_CHAR_BUDGET).replace(/<\/?lyrics>/gi, "");
  return TAG_PROMPT.formatMessages({ vocabulary: shownVocabulary(usage), lyrics: data });
}

/**
 * LLM tagging: prompt → chat model (structured output, or a comma list parsed from text when the
 * server has none) → vocabulary normaliser → exactly 8 distinct terms, retried once with a repair
 * message, else a recorded failure. Only normalised vocabulary terms ever leave this function.
 */
export function createLlmTagger(model: BaseChatModel, modelName: string, concurrency: number) {
  const { ask, usage } = createEmotionAsker(model);

  async function tag(lyrics: string, inUse: ReadonlyMap<string, number>): Promise<TagOutcome> {
    try {
      const messages = await tagMessages(lyrics, inUse);
      const first = await ask(messages);
      let terms = normalizeEmotions(first.terms).terms;
      if (terms.length < TAG_SIZE) {
        const repair = TAG_REPAIR.replace("{count}", String(terms.length)).replace("{usable}", terms.join(", ") || "none");
        const second = await ask([...messages, new AIMessage(first.reply), new HumanMessage(repair)]);
        terms = [...new Set([...terms, ...normalizeEmotions(second.terms).terms])];
      }
      if (terms.length < TAG_SIZE) return { error: `the model gave ${terms.length} usable emotions after one repair` };
      const emotions = terms.slice(0, TAG_SIZE);
      emotions.forEach((t) => usage.keptTerms.add(t));
      return { emotions };
    } catch (e) {
      if (errorCode(e) === "insufficient_quota") throw new QuotaExceededError(e);
      return { error: `LLM ${failureReason(e)}` };
    }
  }

  return { id: `llm:${modelName}@vocab-${VOCABULARY_VERSION}`, concurrency, tag, usage };
}
