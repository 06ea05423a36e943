import { randomBytes } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "@/lib/fs/atomic-file";
import { isProcessAlive } from "@/lib/fs/data-lock";

// An index folder holds finished versions (v-*), builds in progress (.building-<pid>-*) and
// CURRENT, a one-line file naming the version being served. Swapping CURRENT by rename is the
// only step that changes what readers see, so a crash anywhere else leaves the old index serving.
const CURRENT = "CURRENT";
const BUILDING = ".building-";
const KEEP_PREVIOUS = 1;
const SERVING = ".serving-";

/** Records which version this process serves, so cleanIndexDir never removes it. */
export async function markServing(indexDir: string, version: string): Promise<void> {
  await writeFileAtomic(join(indexDir, `${SERVING}${process.pid}`), `${version}\n`);
}

/** Forgets this process's serving mark (on close). */
export async function unmarkServing(indexDir: string): Promise<void> {
  await rm(join(indexDir, `${SERVING}${process.pid}`), { force: true });
}
/**
 * How long a version stays on disk after a newer one replaced it as the previous version. Servers
 * follow CURRENT within FOLLOW_MS (lib/server/live-index.ts) and close the version they leave
 * CLOSE_DELAY_MS later, so no process can still be reading a version this long after its successor
 * was published: 2 s + 30 s, with room for slow disks and long queries. A server that could not switch
 * (the newer version failed to open) says which version it still serves in a `.serving-<pid>` file,
 * and that version is kept while the process lives.
 */
export const SUPERSEDED_GRACE_MS = 120_000;

/** The folder of the version CURRENT names, or undefined when there is none yet. */
export async function currentVersionDir(indexDir: string): Promise<string | undefined> {
  try {
    const name = (await readFile(join(indexDir, CURRENT), "utf8")).trim();
    return /^v-[\w-]+$/.test(name) ? join(indexDir, name) : undefined;
  } catch {
    return undefined;
  }
}

/** A fresh folder for a build in progress, named after this process so others can tell it is live. */
export async function startBuildDir(indexDir: string): Promise<string> {
  await mkdir(indexDir, { recursive: true });
  const dir = join(indexDir, `${BUILDING}${process.pid}-${Date.now()}-${randomBytes(3).toString("hex")}`);
  await mkdir(dir);
  return dir;
}

/** Turns a verified build into a version and points CURRENT at it; returns the version folder. */
export async function publishBuild(indexDir: string, buildDir: string): Promise<string> {
  const name = `v-${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(3).toString("hex")}`;
  await rename(buildDir, join(indexDir, name));
  await writeFileAtomic(join(indexDir, CURRENT), `${name}\n`);
  return join(indexDir, name);
}

/** When a version was published, from its name (v-<ISO time with - for : and .>-<random>). */
export function publishedAt(name: string): number {
  const m = /^v-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-/.exec(name);
  return m ? Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : 0;
}

/**
 * Removes builds left by dead processes, and versions older than the previous one once the version
 * that replaced them has been out for SUPERSEDED_GRACE_MS (a server that opened one a moment ago can
 * finish its queries and follow CURRENT first).
 */
export async function cleanIndexDir(indexDir: string, now = Date.now()): Promise<void> {
  const current = await currentVersionDir(indexDir);
  const entries = await readdir(indexDir).catch(() => [] as string[]);
  const stale = entries.filter((e) => {
    if (!e.startsWith(BUILDING)) return false;
    const pid = Number(e.slice(BUILDING.length).split("-")[0]);
    return !(pid !== process.pid && isProcessAlive(pid));
  });
  const versions = entries.filter((e) => e.startsWith("v-")).sort();
  const currentName = current?.split("/").pop();
  const served = new Set<string>();
  const deadMarks: string[] = [];
  for (const e of entries.filter((e) => e.startsWith(SERVING))) {
    if (isProcessAlive(Number(e.slice(SERVING.length)))) served.add((await readFile(join(indexDir, e), "utf8").catch(() => "")).trim());
    else deadMarks.push(e);
  }
  const older = versions.filter((e) => e !== currentName);
  const old = older.slice(0, Math.max(0, older.length - KEEP_PREVIOUS)).filter((e) => {
    const successor = versions[versions.indexOf(e) + 1];
    return !served.has(e) && successor !== undefined && now - publishedAt(successor) > SUPERSEDED_GRACE_MS;
  });
  for (const e of [...stale, ...old, ...deadMarks]) await rm(join(indexDir, e), { recursive: true, force: true });
}
