import { isIP } from "node:net";
import { join, resolve } from "node:path";
import { homedir } from "node:os";
import { z } from "zod";
import { resolveDataDir } from "@/lib/data-dir";
import { AppError } from "@/lib/errors";
import type { S3Settings } from "@/lib/store/s3-location";

const emptyAsMissing = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalString = z.preprocess(emptyAsMissing, z.string().optional());
const number = (fallback: number) => z.preprocess(emptyAsMissing, z.coerce.number().positive().default(fallback));

/** An IP address or a CIDR block (10.0.0.0/8, fd00::/8): the proxies whose X-Forwarded-For we believe. */
const isProxyAddress = (s: string): boolean => {
  const [ip = "", bits, ...rest] = s.split("/");
  if (rest.length > 0 || !isIP(ip)) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(ip) === 4 ? 32 : 128);
};
const proxyList = z.preprocess(
  emptyAsMissing,
  z
    .string()
    .default("")
    .transform((s) => s.split(",").map((p) => p.trim()).filter(Boolean))
    .refine((list) => list.every(isProxyAddress), "a comma list of IP addresses or CIDR blocks"),
);

const EnvSchema = z.object({
  MOODTAPE_DATA_DIR: optionalString,
  MOODTAPE_RATE_LIMIT_PER_MINUTE: number(120),
  MOODTAPE_RATE_LIMIT_BURST: number(30),
  MOODTAPE_TRUSTED_PROXIES: proxyList,
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
  SPOTIFY_CLIENT_ID: optionalString,
  SPOTIFY_CLIENT_SECRET: optionalString,
  SPOTIFY_ACCOUNTS_BASE: z.preprocess(emptyAsMissing, z.string().url().default("https://accounts.spotify.com")),
  SPOTIFY_API_BASE: z.preprocess(emptyAsMissing, z.string().url().default("https://api.spotify.com/v1")),
  SPOTIFY_REDIRECT_PORT: z.preprocess(emptyAsMissing, z.coerce.number().int().min(1).max(65535).default(8888)),
  SPOTIFY_TOKEN_FILE: optionalString,
  LRCLIB_BASE: z.preprocess(emptyAsMissing, z.string().url().default("https://lrclib.net")),
  GENIUS_API_BASE: z.preprocess(emptyAsMissing, z.string().url().default("https://api.genius.com")),
  GENIUS_WEB_BASE: z.preprocess(emptyAsMissing, z.string().url().default("https://genius.com")),
  GENIUS_ACCESS_TOKEN: optionalString,
  MOODTAPE_LYRICS_DIR: optionalString,
  MOODTAPE_LYRICS_PROVIDERS: z.preprocess(emptyAsMissing, z.string().regex(/^(local|lrclib|genius)(,(local|lrclib|genius))*$/, "a comma list of local, lrclib, genius").default("local,lrclib,genius")),
  MOODTAPE_INGEST_CONCURRENCY: number(4),
  MOODTAPE_INDEX_URI: z.preprocess(
    emptyAsMissing,
    z
      .string()
      .refine((s) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(s), "a folder or s3://bucket/prefix")
      .optional(),
  ),
  AWS_ACCESS_KEY_ID: optionalString,
  AWS_SECRET_ACCESS_KEY: optionalString,
  AWS_REGION: z.preprocess(emptyAsMissing, z.string().default("us-east-1")),
  AWS_ENDPOINT_URL: z.preprocess(emptyAsMissing, z.string().url().optional()),
  MOODTAPE_S3_ALLOW_HTTP: z.preprocess(emptyAsMissing, z.enum(["true", "false"]).default("false")),
  MOODTAPE_SPOTIFY_SAVE: z.preprocess(emptyAsMissing, z.enum(["true", "false"]).default("false")),
  MOODTAPE_REDIS_URL: z.preprocess(emptyAsMissing, z.string().regex(/^rediss?:\/\/\S+$/, "a redis:// or rediss:// URL").optional()),
});

export interface IngestConfig {
  spotify: { clientId?: string; clientSecret?: string; accountsBase: string; apiBase: string; redirectPort: number; tokenFile: string };
  lyrics: { order: ("local" | "lrclib" | "genius")[]; localDir?: string; lrclibBase: string; geniusApiBase: string; geniusWebBase: string; geniusToken?: string };
  concurrency: number;
}

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
  /** Peers whose X-Forwarded-For is believed (IPs or CIDR blocks); empty: key on the socket address only. */
  trustedProxies: string[];
  /** Present only when OPENAI_API_KEY is set: then tagging and mood reading use the LLM. */
  llm?: LlmConfig;
  embeddings: { kind: "offline" } | { kind: "openai"; model: string };
  ingest: IngestConfig;
  /** MOODTAPE_INDEX_URI: a folder (resolved) or s3://bucket/prefix; undefined means the data dir's index/. */
  indexUri?: string;
  /** How to reach object storage for an s3:// index (the standard AWS_* variables). */
  s3: S3Settings;
  /** MOODTAPE_REDIS_URL: when set, the rate limit is counted in this Redis, shared by every replica. */
  redisUrl?: string;
  /**
   * MOODTAPE_SPOTIFY_SAVE=true lets the API save playlists to the Spotify account logged in on this
   * server (`npm run export -- --login`). Off by default: any caller could write to that account.
   */
  spotifySave: boolean;
}

const ENV_KEYS = Object.keys(EnvSchema.shape) as (keyof typeof EnvSchema.shape)[];
let cached: { key: string; config: AppConfig } | undefined;

/**
 * The app's configuration from the environment, validated; absent values take their defaults.
 * Parsed again only when one of its variables changed (the API reads it on every request).
 */
export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  if (env !== process.env) return parseConfig(env);
  const key = ENV_KEYS.map((k) => env[k] ?? "").join("\u0000");
  if (cached?.key !== key) cached = { key, config: parseConfig(env) };
  return cached.config;
}

function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("misconfigured", `invalid environment: ${issue.path.join(".")}: ${issue.message}`);
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
  if (e.MOODTAPE_EMBEDDINGS === "openai" && !llm) throw new AppError("misconfigured", "invalid environment: MOODTAPE_EMBEDDINGS=openai needs OPENAI_API_KEY");
  return {
    // The server runs from the project root (`next start`), where data/ holds the bundled catalog.
    dataDir: resolveDataDir(undefined, { MOODTAPE_DATA_DIR: e.MOODTAPE_DATA_DIR }),
    rateLimit: { perMinute: e.MOODTAPE_RATE_LIMIT_PER_MINUTE, burst: e.MOODTAPE_RATE_LIMIT_BURST },
    trustedProxies: e.MOODTAPE_TRUSTED_PROXIES,
    llm,
    indexUri: e.MOODTAPE_INDEX_URI === undefined || e.MOODTAPE_INDEX_URI.startsWith("s3://") ? e.MOODTAPE_INDEX_URI : resolve(e.MOODTAPE_INDEX_URI),
    s3: {
      region: e.AWS_REGION,
      endpoint: e.AWS_ENDPOINT_URL?.replace(/\/$/, ""),
      allowHttp: e.MOODTAPE_S3_ALLOW_HTTP === "true",
      accessKeyId: e.AWS_ACCESS_KEY_ID,
      secretAccessKey: e.AWS_SECRET_ACCESS_KEY,
    },
    redisUrl: e.MOODTAPE_REDIS_URL,
    spotifySave: e.MOODTAPE_SPOTIFY_SAVE === "true",
    embeddings: e.MOODTAPE_EMBEDDINGS === "openai" ? { kind: "openai", model: e.OPENAI_EMBEDDING_MODEL } : { kind: "offline" },
    ingest: {
      spotify: {
        clientId: e.SPOTIFY_CLIENT_ID,
        clientSecret: e.SPOTIFY_CLIENT_SECRET,
        accountsBase: e.SPOTIFY_ACCOUNTS_BASE.replace(/\/$/, ""),
        apiBase: e.SPOTIFY_API_BASE.replace(/\/$/, ""),
        redirectPort: e.SPOTIFY_REDIRECT_PORT,
        tokenFile: e.SPOTIFY_TOKEN_FILE ?? join(homedir(), ".config", "moodtape", "spotify-token.json"),
      },
      lyrics: {
        order: e.MOODTAPE_LYRICS_PROVIDERS.split(",") as IngestConfig["lyrics"]["order"],
        localDir: e.MOODTAPE_LYRICS_DIR,
        lrclibBase: e.LRCLIB_BASE.replace(/\/$/, ""),
        geniusApiBase: e.GENIUS_API_BASE.replace(/\/$/, ""),
        geniusWebBase: e.GENIUS_WEB_BASE.replace(/\/$/, ""),
        geniusToken: e.GENIUS_ACCESS_TOKEN,
      },
      concurrency: Math.round(e.MOODTAPE_INGEST_CONCURRENCY),
    },
  };
}
