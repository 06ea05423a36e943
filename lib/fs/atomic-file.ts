import { randomBytes } from "node:crypto";
import { open, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isProcessAlive } from "./data-lock";

// Temp siblings are named .tmp-<target>-<pid>-<8 hex>, so the process that wrote one can be told
// from its name: a file whose writer is dead (kill -9, power cut) will never be renamed into place.
const TEMP_NAME = /^\.tmp-.+-(\d+)-[0-9a-f]{8}$/;
/** A temp sibling this old is stale even if its pid is alive again (pids are reused). */
export const STALE_TEMP_MS = 60 * 60 * 1000;

/** A hidden name beside `path` for a file or folder that becomes `path` only when complete. */
export function tempSibling(path: string): string {
  return join(dirname(path), `.tmp-${basename(path)}-${process.pid}-${randomBytes(4).toString("hex")}`);
}

/** The pid that made a temp sibling, read from its name; undefined for any other name. */
export function tempOwner(name: string): number | undefined {
  const pid = TEMP_NAME.exec(name)?.[1];
  return pid === undefined ? undefined : Number(pid);
}

async function isStaleTemp(file: string, pid: number, now: number): Promise<boolean> {
  if (pid !== process.pid && !isProcessAlive(pid)) return true;
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && now - info.mtimeMs > STALE_TEMP_MS;
}

/**
 * Removes the temp siblings in `dir` left by dead processes or older than STALE_TEMP_MS; only names
 * made by `tempSibling` are looked at. Returns the names removed.
 */
export async function cleanStaleTemps(dir: string, now = Date.now()): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const pid = tempOwner(name);
    if (pid === undefined || !(await isStaleTemp(join(dir, name), pid, now))) continue;
    // A leftover we may not remove (another user's folder entry) stays for its owner to clean.
    const gone = await rm(join(dir, name), { recursive: true, force: true }).then(
      () => true,
      () => false,
    );
    if (gone) removed.push(name);
  }
  return removed;
}

/**
 * Writes `text` to `path` so that readers see the old file or the new one, never a partial one:
 * temp file beside it, fsync, rename. Then removes stale temp siblings other runs left in the folder.
 */
export async function writeFileAtomic(path: string, text: string, mode = 0o644): Promise<void> {
  const tmp = tempSibling(path);
  const handle = await open(tmp, "w", mode);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } catch (e) {
    await handle.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  try {
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  await cleanStaleTemps(dirname(path));
}
