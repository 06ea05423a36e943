import { join } from "node:path";
import { z } from "zod";

const emptyAsMissing = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const EnvSchema = z.object({
  MOODTAPE_DATA_DIR: z.preprocess(emptyAsMissing, z.string().optional()),
  MOODTAPE_RATE_LIMIT_PER_MINUTE: z.preprocess(emptyAsMissing, z.coerce.number().positive().default(120)),
  MOODTAPE_RATE_LIMIT_BURST: z.preprocess(emptyAsMissing, z.coerce.number().int().positive().default(30)),
});

export interface AppConfig {
  dataDir: string;
  rateLimit: { perMinute: number; burst: number };
}


/** The app's configuration from the environment, validated; absent values take their defaults. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`invalid environment: ${issue.path.join(".")}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    // The server runs from the project root (`next start`), where data/ holds the bundled catalog.
    dataDir: e.MOODTAPE_DATA_DIR ?? join(process.cwd(), "data"),
    rateLimit: { perMinute: e.MOODTAPE_RATE_LIMIT_PER_MINUTE, burst: e.MOODTAPE_RATE_LIMIT_BURST },
  };
}
