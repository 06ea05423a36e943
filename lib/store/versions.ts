import { randomBytes } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "@/lib/catalog/atomic-file";

// An index folder holds finished versions (v-*), builds in progress (.building-<pid>-*) and
// CURRENT, a one-line file naming the version being served. Swapping CURRENT by rename is the
// only step that changes what readers see, so a crash anywhere else leaves the old index serving.
const CURRENT = "CURRENT";
const BUILDING = ".building-";
const KEEP_PREVIOUS = 1;

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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes builds left by dead processes and versions older than the previous one (kept so a
 * server that opened it a moment ago can finish its queries).
 */
export async function cleanIndexDir(indexDir: string): Promise<void> {
  const current = await currentVersionDir(indexDir);
  const entries = await readdir(indexDir).catch(() => [] as string[]);
  const stale = entries.filter((e) => {
    if (!e.startsWith(BUILDING)) return false;
    const pid = Number(e.slice(BUILDING.length).split("-")[0]);
    return !(pid !== process.pid && isAlive(pid));
  });
  const versions = entries.filter((e) => e.startsWith("v-") && join(indexDir, e) !== current).sort();
  const old = versions.slice(0, Math.max(0, versions.length - KEEP_PREVIOUS));
  for (const e of [...stale, ...old]) await rm(join(indexDir, e), { recursive: true, force: true });
}
