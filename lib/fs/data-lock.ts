import { randomBytes } from "node:crypto";
import { readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { AppError } from "@/lib/errors";

// One run at a time may write a data dir (tag, index, import, pipeline): two runs that each read the
// catalog, add their songs and write it back would keep only the last one's songs. The lock is a
// file made with O_EXCL naming its holder; a holder that died (kill -9, power cut) is detected by
// pid and its lock taken over.
export const LOCK_FILE = ".lock";
export const DEFAULT_LOCK_WAIT_S = 60;
const POLL_MS = 200;
/** A lock file still without a holder this long after it was made lost its writer in between. */
const UNWRITTEN_GRACE_MS = 5_000;
/** The takeover guard is held for a few synchronous calls; one this old was left by a dead process. */
const GUARD_GRACE_MS = 10_000;

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
  /** The kernel's start time of the process (Linux), so a reused pid is not mistaken for the holder. */
  procStart?: string;
  token: string;
}

export interface DataLockOptions {
  /** The command taking the lock, shown to whoever waits for it. */
  command: string;
  /** How long to wait for another holder before giving up (default DEFAULT_LOCK_WAIT_S seconds). */
  waitMs?: number;
  pollMs?: number;
  /** Called once when the lock is busy and this run starts waiting. */
  onWait?: (holder: LockHolder | undefined, waitMs: number) => void;
}

export interface DataLock {
  file: string;
  release(): void;
}

/** True when a process with this pid exists (EPERM: it exists but belongs to another user). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot), or undefined off Linux. */
function procStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function readLock(file: string): { raw: string; holder?: LockHolder; mtimeMs: number } | undefined {
  try {
    const raw = readFileSync(file, "utf8");
    const mtimeMs = statSync(file).mtimeMs;
    try {
      const holder = JSON.parse(raw) as LockHolder;
      return { raw, mtimeMs, holder: typeof holder.pid === "number" ? holder : undefined };
    } catch {
      return { raw, mtimeMs };
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

function isStale(lock: { holder?: LockHolder; mtimeMs: number }): boolean {
  const h = lock.holder;
  if (h === undefined) return Date.now() - lock.mtimeMs > UNWRITTEN_GRACE_MS;
  // Another machine's pids mean nothing here: wait for it, and say whom we wait for.
  if (h.host !== hostname()) return false;
  // Locks this process holds are counted in `held`; one naming our pid is a previous life's.
  if (h.pid === process.pid || !isProcessAlive(h.pid)) return true;
  const now = procStart(h.pid);
  return h.procStart !== undefined && now !== undefined && now !== h.procStart;
}

/**
 * Removes a stale lock if it is still the one we judged stale. The guard file makes the check and
 * the removal one step across processes, so two waiters cannot each remove the other's fresh lock.
 */
function takeOver(file: string, seenRaw: string): void {
  const guard = `${file}.takeover`;
  try {
    writeFileSync(guard, String(process.pid), { flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    const age = Date.now() - (readLock(guard)?.mtimeMs ?? Date.now());
    if (age > GUARD_GRACE_MS) unlinkQuietly(guard);
    return;
  }
  try {
    if (readLock(file)?.raw === seenRaw) unlinkQuietly(file);
  } finally {
    unlinkQuietly(guard);
  }
}

function tryCreate(dataDir: string, file: string, me: LockHolder): boolean {
  try {
    writeFileSync(file, `${JSON.stringify(me)}\n`, { flag: "wx" });
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code === "ENOENT") throw new AppError("bad_request", `${dataDir}: no such folder`, { cause: e });
    throw new AppError("bad_request", `${file}: cannot create the lock file (${code})`, { cause: e });
  }
}

/** Who holds a lock, for messages: "pid 123 (tag since 2026-05-01T10:00:00.000Z)". */
export function describeHolder(holder: LockHolder | undefined): string {
  if (holder === undefined) return "another run";
  const where = holder.host === hostname() ? "" : ` on ${holder.host}`;
  return `pid ${holder.pid}${where} (${holder.command} since ${holder.startedAt})`;
}

const held = new Map<string, { count: number; token: string; unhook: () => void }>();

function releaseFile(file: string, token: string): void {
  const lock = readLock(file);
  if (lock?.holder?.token === token) unlinkSync(file);
}

// Released on every way out: normal exit and process.exit (the "exit" event), and SIGINT, SIGTERM and
// SIGHUP, after which the signal is raised again so the process ends as it would have.
function hook(file: string, token: string): () => void {
  const onExit = () => releaseFile(file, token);
  const onSignal = (signal: NodeJS.Signals) => {
    onExit();
    unhook();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  const unhook = () => {
    process.off("exit", onExit);
    for (const s of signals) process.off(s, onSignal);
  };
  process.on("exit", onExit);
  for (const s of signals) process.on(s, onSignal);
  return unhook;
}

function handle(file: string): DataLock {
  let released = false;
  return {
    file,
    release() {
      const entry = held.get(file);
      if (released || entry === undefined) return;
      released = true;
      if (--entry.count > 0) return;
      held.delete(file);
      entry.unhook();
      releaseFile(file, entry.token);
    },
  };
}

/**
 * Takes the data dir's lock, waiting up to `waitMs` for a live holder and taking over a dead one's.
 * Shared within a process (it keeps other processes out, not other callers in this one, so a script
 * may call a job that takes it too). Returns the lock; throws a one-line AppError naming the holder
 * when the wait runs out.
 */
export async function acquireDataLock(dataDir: string, opts: DataLockOptions): Promise<DataLock> {
  const file = join(dataDir, LOCK_FILE);
  const waitMs = opts.waitMs ?? DEFAULT_LOCK_WAIT_S * 1000;
  const deadline = Date.now() + waitMs;
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    command: opts.command,
    startedAt: new Date().toISOString(),
    procStart: procStart(process.pid),
    token: randomBytes(8).toString("hex"),
  };
  let waiting = false;
  for (;;) {
    // Checked on every turn: another caller in this process may have taken it while we slept.
    const mine = held.get(file);
    if (mine) {
      mine.count++;
      return handle(file);
    }
    if (tryCreate(dataDir, file, me)) break;
    const lock = readLock(file);
    if (lock === undefined) continue;
    if (isStale(lock)) {
      takeOver(file, lock.raw);
      if (readLock(file) === undefined) continue;
    }
    if (Date.now() >= deadline) {
      throw new AppError(
        "request_timeout",
        `${dataDir} is in use by ${describeHolder(lock.holder)}; gave up after ${waitMs / 1000} s ` +
          `(--wait <seconds> to wait longer; if that run is gone, remove ${file})`,
      );
    } else if (!waiting) {
      waiting = true;
      opts.onWait?.(lock.holder, waitMs);
    }
    await sleep(opts.pollMs ?? POLL_MS);
  }
  held.set(file, { count: 1, token: me.token, unhook: hook(file, me.token) });
  return handle(file);
}

/** Runs `fn` holding the data dir's lock, released however `fn` ends; returns what `fn` returns. */
export async function withDataLock<T>(dataDir: string, opts: DataLockOptions, fn: () => Promise<T>): Promise<T> {
  const lock = await acquireDataLock(dataDir, opts);
  try {
    return await fn();
  } finally {
    lock.release();
  }
}

/** Lock options for a CLI: waits `waitSeconds` (default 60), saying once on stderr whom it waits for. */
export function scriptLockOptions(command: string, waitSeconds = DEFAULT_LOCK_WAIT_S): DataLockOptions {
  return {
    command,
    waitMs: waitSeconds * 1000,
    onWait: (holder) => process.stderr.write(`${command}: waiting for ${describeHolder(holder)} to finish (up to ${waitSeconds} s) ...\n`),
  };
}

/** Removes a file that another waiter may have removed first (ENOENT is fine; anything else is not). */
function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
}
