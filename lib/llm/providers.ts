// The one place that creates OpenAI-compatible clients (OpenAI, Ollama, vLLM, LM Studio...).
import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import type { IndexEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import type { LlmConfig } from "@/lib/env";

/**
 * Who retries what: LangChain's caller retries server errors, timeouts and lost connections, at most
 * OPENAI_MAX_RETRIES times; a 429 is never retried here but thrown to lib/llm/ask.ts, the one owner
 * of rate-limit waits (it honours Retry-After, at most MAX_RATE_LIMIT_WAITS times, and stops at
 * once on insufficient_quota). Other 4xx and aborts are final.
 */
function failedAttempt(error: unknown): void {
  const e = error as { status?: number; response?: { status?: number }; name?: string; message?: string };
  const status = e?.status ?? e?.response?.status;
  if (status !== undefined && status >= 400 && status < 500) throw error;
  if (e?.name === "AbortError" || e?.message?.startsWith("Cancel") || e?.message?.startsWith("AbortError")) throw error;
}

/**
 * A chat model with explicit bounds: LangChain's defaults retry 6 times over ~90 s, so timeout,
 * retries and output tokens are set here (see failedAttempt for who retries what).
 */
export function createChatModel(config: LlmConfig, overrides: { timeoutMs?: number; maxRetries?: number } = {}): ChatOpenAI {
  return new ChatOpenAI({
    model: config.model,
    apiKey: config.apiKey,
    temperature: 0,
    maxTokens: config.maxTokens,
    timeout: overrides.timeoutMs ?? config.timeoutMs,
    maxRetries: overrides.maxRetries ?? config.maxRetries,
    onFailedAttempt: failedAttempt,
    maxConcurrency: config.concurrency,
    configuration: config.baseURL ? { baseURL: config.baseURL } : undefined,
  });
}

/**
 * OpenAI embeddings for the index. The dimension is learnt from one probe call so the index
 * manifest can record it (mixing embeddings is refused on open).
 */
export async function createOpenAIEmbeddings(config: LlmConfig, model: string): Promise<IndexEmbeddings> {
  const client = new OpenAIEmbeddings({
    model,
    apiKey: config.apiKey,
    batchSize: 256,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    onFailedAttempt: failedAttempt,
    maxConcurrency: config.concurrency,
    configuration: config.baseURL ? { baseURL: config.baseURL } : undefined,
  });
  const probe = await client.embedQuery("calm");
  return {
    modelId: `openai:${model}`,
    dimension: probe.length,
    // A text model reads a term list as the words it is: "sadness, heartbreak, longing".
    embedTermLists: (lists) => client.embedDocuments(lists.map((terms) => terms.join(", "))),
  };
}
