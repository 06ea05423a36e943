import { join, resolve } from "node:path";

/**
 * The data dir every script and the server use: `--data-dir` (relative to where the person typed
 * the command; npm run changes the cwd), else MOODTAPE_DATA_DIR, else ./data of the project (npm
 * scripts and `next start` run from the project root).
 */
export function resolveDataDir(flag?: string, env: Record<string, string | undefined> = process.env): string {
  if (flag !== undefined && flag.trim() !== "") return resolve(env.INIT_CWD ?? process.cwd(), flag);
  const fromEnv = env.MOODTAPE_DATA_DIR?.trim();
  if (fromEnv) return resolve(fromEnv);
  return join(process.cwd(), "data");
}
