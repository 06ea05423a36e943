import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { AppError } from "@/lib/errors";

/** The bundled catalog's data dir, wherever the command is run from. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../data", import.meta.url));

/** A path the person typed, relative to where they typed it (npm run changes the cwd). */
export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** Parses flags strictly: an unknown flag or a missing value is a usage error with one line. */
export function parseFlags<T extends NonNullable<ParseArgsConfig["options"]>>(options: T, args = process.argv.slice(2)) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new AppError("bad_request", (e as Error).message.split("\n")[0]!);
  }
}

/** A number flag within bounds, or a one-line error naming the flag. */
export function numberFlag(name: string, value: string | undefined, min: number, max: number, integer = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new AppError("bad_request", `--${name} must be ${integer ? "an integer" : "a number"} from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

/**
 * Runs a script's main(): errors become one line on stderr and a non-zero exit, never a stack
 * (set MOODTAPE_DEBUG=1 to see it).
 */
export function runMain(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      const message = e instanceof AppError ? e.message : `unexpected error: ${(e as Error)?.message ?? String(e)}`;
      process.stderr.write(`${name}: ${message}\n`);
      if (process.env.MOODTAPE_DEBUG) console.error(e);
      process.exit(e instanceof AppError && e.code === "bad_request" ? 2 : 1);
    },
  );
}
