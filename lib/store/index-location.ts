import { randomBytes } from "node:crypto";

/** What LanceDB needs to open one version: a folder path or an s3:// URI, and the object store's options. */
export interface LanceConnection {
  uri: string;
  storageOptions?: Record<string, string>;
}

/**
 * Where an index lives: a local folder or an `s3://bucket/prefix`. It holds finished versions
 * (v-<time>-<random>), builds in progress, and CURRENT, which names the version served. Writing
 * CURRENT is the last step of a publish and the only one that changes what readers see.
 */
export interface IndexLocation {
  /** The folder or URI, for messages (never a key). */
  readonly label: string;
  /** True for object storage: replicas on other machines may read it, so no pid can vouch for them. */
  readonly remote: boolean;
  /** The LanceDB connection of a version or a build. */
  connection(name: string): LanceConnection;
  /** The version CURRENT names, or undefined when none was published yet. */
  currentVersion(): Promise<string | undefined>;
  /** A small text file of a version (its manifest). */
  readText(name: string, file: string): Promise<string>;
  /** Starts a build; returns its name, to pass to connection, writeText and publish. */
  startBuild(): Promise<string>;
  writeText(name: string, file: string, text: string): Promise<void>;
  /** Makes a finished build the version CURRENT names (CURRENT written last); returns the version's name. */
  publish(build: string): Promise<string>;
  /** Removes abandoned builds and superseded versions nobody can still be reading (see lib/store/versions.ts). */
  clean(now?: number): Promise<void>;
  /** Records the versions this process has open, so clean keeps them; renewed by the caller every LEASE_RENEW_MS. */
  markServing(versions: readonly string[]): Promise<void>;
  /** Forgets this process's record (on close). */
  unmarkServing(): Promise<void>;
}

/** A version's name: v-<ISO time, ':' and '.' as '-'>-<random>, so names sort by time. */
export function newVersionName(now = new Date()): string {
  return `v-${now.toISOString().replace(/[:.]/g, "-")}-${randomBytes(3).toString("hex")}`;
}

/** Whether a line names a version (guards CURRENT and lease contents before they become paths or keys). */
export function isVersionName(name: string): boolean {
  return /^v-[\w-]+$/.test(name);
}

/** `s3://bucket/prefix` split into its bucket and prefix (no slashes at either end); undefined for other URIs. */
export function parseS3Uri(uri: string): { bucket: string; prefix: string } | undefined {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(uri.trim());
  if (!m) return undefined;
  return { bucket: m[1]!, prefix: (m[2] ?? "").replace(/^\/+|\/+$/g, "") };
}
