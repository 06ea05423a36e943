// What the recommend domain needs from the outside, declared here so adapters (lib/llm, the
// offline engine) depend on the domain and never the other way round.

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
