import { join } from "node:path";
import { z } from "zod";
import { AppError } from "@/lib/errors";

const emptyAsMissing = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalString = z.preprocess(emptyAsMissing, z.string().optional());
const number = (fallback: number) => z.preprocess(emptyAsMissing, z.coerce.number().positive().default(fallback));

const EnvSchema = z.object({
  MOODTAPE_DATA_DIR: optionalString,
  MOODTAPE_RATE_LIMIT_PER_MINUTE: number(120),
  MOODTAPE_RATE_LIMIT_BURST: number(30),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: z.preprocess(emptyAsMissing, z.string().url().optional()),
  OPENAI_MODEL: z.preprocess(emptyAsMissing, z.string().default("gpt-4o-mini")),
  MOODTAPE_EMBEDDINGS: z.preprocess(emptyAsMissing, z.enum(["offline", "openai"]).default("offline")),
  OPENAI_EMBEDDING_MODEL: z.preprocess(emptyAsMissing, z.string().default("text-embedding-3-small")),
  OPENAI_TIMEOUT_MS: number(20_000),
  OPENAI_MAX_RETRIES: z.preprocess(emptyAsMissing, z.coerce.number().int().min(0).max(5).default(2)),
  OPENAI_MAX_TOKENS: number(200),
  MOODTAPE_LLM_CONCURRENCY: number(4),
  MOODTAPE_MOOD_BUDGET_MS: number(10_000),
});

export interface LlmConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  maxTokens: number;
  concurrency: number;
  /** The API answers within this time; past it the offline engine answers ("offline-fallback"). */
  moodBudgetMs: number;
}

export interface AppConfig {
  dataDir: string;
  rateLimit: { perMinute: number; burst: number };
  /** Present only when OPENAI_API_KEY is set: then tagging and mood reading use the LLM. */
  llm?: LlmConfig;
  embeddings: { kind: "offline" } | { kind: "openai"; model: string };
}

/** The app's configuration from the environment, validated; absent values take their defaults. */
export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("internal", `invalid environment: ${issue.path.join(".")}: ${issue.message}`);
  }
  const e = parsed.data;
  const llm: LlmConfig | undefined = e.OPENAI_API_KEY
    ? {
        apiKey: e.OPENAI_API_KEY,
        baseURL: e.OPENAI_BASE_URL,
        model: e.OPENAI_MODEL,
        timeoutMs: e.OPENAI_TIMEOUT_MS,
        maxRetries: e.OPENAI_MAX_RETRIES,
        maxTokens: e.OPENAI_MAX_TOKENS,
        concurrency: Math.round(e.MOODTAPE_LLM_CONCURRENCY),
        moodBudgetMs: e.MOODTAPE_MOOD_BUDGET_MS,
      }
    : undefined;
  if (e.MOODTAPE_EMBEDDINGS === "openai" && !llm) throw new AppError("internal", "invalid environment: MOODTAPE_EMBEDDINGS=openai needs OPENAI_API_KEY");
  return {
    // The server runs from the project root (`next start`), where data/ holds the bundled catalog.
    dataDir: e.MOODTAPE_DATA_DIR ?? join(process.cwd(), "data"),
    rateLimit: { perMinute: e.MOODTAPE_RATE_LIMIT_PER_MINUTE, burst: e.MOODTAPE_RATE_LIMIT_BURST },
    llm,
    embeddings: e.MOODTAPE_EMBEDDINGS === "openai" ? { kind: "openai", model: e.OPENAI_EMBEDDING_MODEL } : { kind: "offline" },
  };
}
