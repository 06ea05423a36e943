// What the recommend domain needs from the outside, declared here so adapters (lib/llm, the
// offline engine) depend on the domain and never the other way round.
import type { SongTagger } from "@/lib/catalog/tag-catalog";
import type { IndexEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import type { EmotionEngine } from "@/lib/emotions/engine";
import type { SongIndex } from "@/lib/store/song-index";

/** One message of a conversation, as the chat and the API send it. */
export interface Turn {
  role: "user" | "assistant";
  content: string;
}

/** Reads 1-8 vocabulary emotions from a message and the person's earlier messages (an LLM, say). */
export interface MoodReader {
  /** Names the reader in answers ("llm:<model>"). */
  readonly id: string;
  /** Throws on any failure or when `signal` aborts: the caller falls back to the offline engine. */
  read(message: string, history: readonly Turn[], signal?: AbortSignal): Promise<string[]>;
}

/**
 * Everything Moodtape's functions talk to, one bag under one name. `createEmotionServices` fills it
 * (all but the index), a script or the server adds the index; each function takes the part it uses
 * (`Pick<MoodtapeDeps, "engine" | "embeddings" | "index">`), so tests pass only that.
 */
export interface MoodtapeDeps {
  /** The offline engine: the default, and the fallback of the LLM mode. */
  engine: EmotionEngine;
  embeddings: IndexEmbeddings;
  index: SongIndex;
  tagger: SongTagger;
  /** "offline", or the LLM that reads moods ("llm:<model>"). */
  mode: string;
  moodReader?: MoodReader & { budgetMs: number };
}
