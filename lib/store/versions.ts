import { mkdir, readFile, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "@/lib/fs/atomic-file";
import { isProcessAlive } from "@/lib/fs/data-lock";
import { isVersionName, newVersionName } from "./index-location";

// A local index folder holds finished versions (v-*), builds in progress (.building-<pid>-*) and
// CURRENT, a one-line file naming the version being served. Swapping CURRENT by rename is the
// only step that changes what readers see, so a crash anywhere else leaves the old index serving.
const CURRENT = "CURRENT";
const BUILDING = ".building-";
const KEEP_PREVIOUS = 1;
const SERVING = ".serving-";

/**
 * How long a version is kept after a newer one replaced it as the previous version. Servers follow
 * CURRENT within FOLLOW_MS (lib/server/live-index.ts) and close the version they leave CLOSE_DELAY_MS
 * later, so no process can still be reading a version this long after its successor was published:
 * 2 s + 30 s, with room for slow disks, slow object stores and long queries. Beyond that, a server
 * keeps the versions it has open listed in a lease (a `.serving-<pid>` file locally, checked by pid;
 * an object under `.serving/` on S3, renewed every LEASE_RENEW_MS and trusted for LEASE_TTL_MS), and
 * a leased version is kept whatever its age.
 */
export const SUPERSEDED_GRACE_MS = 120_000;
/** How often a server rewrites its lease on object storage. */
export const LEASE_RENEW_MS = 30_000;
/** A lease on object storage not renewed for this long belongs to a dead replica (room for missed renewals and clock skew). */
export const LEASE_TTL_MS = 5 * 60_000;

export interface VersionInfo {
  name: string;
  /** When the version became CURRENT (ms since the epoch). */
  publishedAt: number;
}

/**
 * The versions to remove: all but CURRENT and the one before it, each only once the version that
 * replaced it has been out for SUPERSEDED_GRACE_MS and when no live server's lease lists it.
 */
export function supersededVersions(input: { versions: readonly VersionInfo[]; current?: string; inUse: ReadonlySet<string>; now: number }): string[] {
  const sorted = [...input.versions].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const older = sorted.filter((v) => v.name !== input.current);
  return older
    .slice(0, Math.max(0, older.length - KEEP_PREVIOUS))
    .filter((v) => {
      const successor = sorted[sorted.indexOf(v) + 1];
      return !input.inUse.has(v.name) && successor !== undefined && input.now - successor.publishedAt > SUPERSEDED_GRACE_MS;
    })
    .map((v) => v.name);
}

/** Records which versions this process has open, so cleanIndexDir never removes them. */
export async function markServing(indexDir: string, versions: string | readonly string[]): Promise<void> {
  const lines = typeof versions === "string" ? [versions] : versions;
  await writeFileAtomic(join(indexDir, `${SERVING}${process.pid}`), lines.map((v) => `${v}\n`).join(""));
}

/** Forgets this process's serving mark (on close). */
export async function unmarkServing(indexDir: string): Promise<void> {
  await rm(join(indexDir, `${SERVING}${process.pid}`), { force: true });
}

/** The name of the version CURRENT names, or undefined when there is none yet. */
export async function currentVersionName(indexDir: string): Promise<string | undefined> {
  try {
    const name = (await readFile(join(indexDir, CURRENT), "utf8")).trim();
    return isVersionName(name) ? name : undefined;
  } catch {
    return undefined;
  }
}

/** A fresh folder for a build in progress, named after this process so others can tell it is live. */
export async function startBuildDir(indexDir: string): Promise<string> {
  await mkdir(indexDir, { recursive: true });
  const dir = join(indexDir, `${BUILDING}${process.pid}-${Date.now()}-${newVersionName().slice(-6)}`);
  await mkdir(dir);
  return dir;
}

/** Turns a verified build into a version and points CURRENT at it; returns the version folder. */
export async function publishBuild(indexDir: string, buildDir: string): Promise<string> {
  const name = newVersionName();
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
 * Removes builds left by dead processes, the marks of dead servers, and the versions
 * supersededVersions names (a local version is named when it is published, so its name says when).
 */
export async function cleanIndexDir(indexDir: string, now = Date.now()): Promise<void> {
  const current = await currentVersionName(indexDir);
  const entries = await readdir(indexDir).catch(() => [] as string[]);
  const stale = entries.filter((e) => {
    if (!e.startsWith(BUILDING)) return false;
    const pid = Number(e.slice(BUILDING.length).split("-")[0]);
    return !(pid !== process.pid && isProcessAlive(pid));
  });
  const inUse = new Set<string>();
  const deadMarks: string[] = [];
  for (const e of entries.filter((e) => e.startsWith(SERVING))) {
    if (!isProcessAlive(Number(e.slice(SERVING.length)))) deadMarks.push(e);
    else for (const line of (await readFile(join(indexDir, e), "utf8").catch(() => "")).split("\n")) inUse.add(line.trim());
  }
  const versions = entries.filter(isVersionName).map((name) => ({ name, publishedAt: publishedAt(name) }));
  const old = supersededVersions({ versions, current, inUse, now });
  for (const e of [...stale, ...old, ...deadMarks]) await rm(join(indexDir, e), { recursive: true, force: true });
}
