// The one place that creates OpenAI-compatible clients (OpenAI, Ollama, vLLM, LM Studio...).
import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import type { IndexEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import type { LlmConfig } from "@/lib/env";

/**
 * A chat model with explicit bounds: LangChain's defaults retry 6 times over ~90 s, so timeout,
 * retries and output tokens are set here. Retries honour 429 Retry-After; insufficient_quota is
 * never retried (LangChain's AsyncCaller).
 */
export function createChatModel(config: LlmConfig, overrides: { timeoutMs?: number; maxRetries?: number } = {}): ChatOpenAI {
  return new ChatOpenAI({
    model: config.model,
    apiKey: config.apiKey,
    temperature: 0,
    maxTokens: config.maxTokens,
    timeout: overrides.timeoutMs ?? config.timeoutMs,
    maxRetries: overrides.maxRetries ?? config.maxRetries,
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
    maxConcurrency: config.concurrency,
    configuration: config.baseURL ? { baseURL: config.baseURL } : undefined,
  });
  const probe = await client.embedQuery("calm");
  return {
    modelId: `openai:${model}`,
    dimension: probe.length,
    embedDocuments: (docs) => client.embedDocuments(docs),
    embedQuery: (doc) => client.embedQuery(doc),
  };
}
