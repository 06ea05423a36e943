import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFile, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCK_FILE, acquireDataLock, isProcessAlive, withDataLock } from "@/lib/fs/data-lock";
import { ROOT } from "@/tests/helpers/run-script";
import { tmpDir } from "@/tests/helpers/tmp-dir";

// A process that takes the lock, says so, and then waits to be stopped (or exits at once with "exit").
const HOLDER = `
import { acquireDataLock } from "./lib/fs/data-lock.ts";
await acquireDataLock(process.argv[1], { command: "holder" });
console.log("locked");
if (process.argv[2] === "exit") process.exit(3);
setInterval(() => undefined, 1000);
`;

// A process that waits for the lock, writes "in <pid>" and "out <pid>" to a log around a short
// critical section, and lets go: two processes inside at once would interleave their lines.
const WORKER = `
import { appendFileSync } from "node:fs";
import { withDataLock } from "./lib/fs/data-lock.ts";
const [dir, log] = process.argv.slice(1);
await withDataLock(dir, { command: "worker", pollMs: 5 }, async () => {
  appendFileSync(log, "in " + process.pid + "\\n");
  await new Promise((r) => setTimeout(r, 30));
  appendFileSync(log, "out " + process.pid + "\\n");
});
`;

async function holder(dir: string, mode = "wait") {
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", HOLDER, dir, mode], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  const [line] = (await once(child.stdout, "data")) as [Buffer];
  expect(line.toString()).toContain("locked");
  return child;
}

const lockExists = (dir: string) => stat(join(dir, LOCK_FILE)).then(() => true, () => false);

describe("data dir lock", () => {
  it("records who holds it, is re-entrant in one process and is removed on the last release", async () => {
    const dir = await tmpDir();
    const outer = await acquireDataLock(dir, { command: "tag" });
    const held = JSON.parse(await readFile(join(dir, LOCK_FILE), "utf8")) as Record<string, unknown>;
    expect(held).toMatchObject({ pid: process.pid, command: "tag" });
    expect(Date.parse(held.startedAt as string)).not.toBeNaN();
    const inner = await acquireDataLock(dir, { command: "index", waitMs: 0 });
    inner.release();
    inner.release();
    expect(await lockExists(dir)).toBe(true);
    outer.release();
    expect(await lockExists(dir)).toBe(false);
  });

  it("lets callers in one process share it while another process holds it", async () => {
    const dir = await tmpDir();
    const child = await holder(dir);
    const waiters = [1, 2, 3].map(() => acquireDataLock(dir, { command: "tag", pollMs: 20 }));
    child.kill("SIGTERM");
    const locks = await Promise.all(waiters);
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), "utf8"))).toMatchObject({ pid: process.pid });
    for (const lock of locks) {
      expect(await lockExists(dir)).toBe(true);
      lock.release();
    }
    expect(await lockExists(dir)).toBe(false);
  });

  it("is released when the work throws", async () => {
    const dir = await tmpDir();
    await expect(withDataLock(dir, { command: "tag" }, () => Promise.reject(new Error("disk full")))).rejects.toThrow("disk full");
    expect(await lockExists(dir)).toBe(false);
  });

  it("refuses a data dir that does not exist in one line", async () => {
    const dir = join(await tmpDir(), "nope");
    await expect(acquireDataLock(dir, { command: "index" })).rejects.toThrow(`${dir}: no such folder`);
  });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`is released when its holder gets ${signal}, and the holder still dies of it`, async () => {
      const dir = await tmpDir();
      const child = await holder(dir);
      expect(await lockExists(dir)).toBe(true);
      child.kill(signal);
      const [code, gotSignal] = (await once(child, "exit")) as [number | null, string | null];
      expect({ code, gotSignal }).toEqual({ code: null, gotSignal: signal });
      expect(await lockExists(dir)).toBe(false);
    });
  }

  it("is released when its holder calls process.exit, and a waiter then gets it", async () => {
    const dir = await tmpDir();
    const child = await holder(dir, "exit");
    const [code] = (await once(child, "exit")) as [number];
    expect(code).toBe(3);
    expect(await lockExists(dir)).toBe(false);
    const lock = await acquireDataLock(dir, { command: "tag", waitMs: 0 });
    lock.release();
  });

  it("a live holder in another process makes a waiter wait, then time out naming it", async () => {
    const dir = await tmpDir();
    const child = await holder(dir);
    const seen: unknown[] = [];
    const started = Date.now();
    const error = await acquireDataLock(dir, { command: "tag", waitMs: 600, pollMs: 50, onWait: (h) => seen.push(h) }).catch((e: Error) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    expect((error as Error).message).toMatch(new RegExp(`^${dir} is in use by pid ${child.pid} \\(holder since .+\\); gave up after 0.6 s`));
    expect(seen).toEqual([expect.objectContaining({ pid: child.pid, command: "holder" })]);
    child.kill("SIGKILL");
    await once(child, "exit");
    // kill -9 leaves the file behind; its dead pid lets the next run take it over.
    expect(await lockExists(dir)).toBe(true);
    expect(isProcessAlive(child.pid!)).toBe(false);
    const lock = await acquireDataLock(dir, { command: "tag", waitMs: 0 });
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), "utf8"))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it("lets one process in at a time when several race for it, starting from a dead holder's lock", async () => {
    const dir = await tmpDir();
    const log = join(dir, "log.txt");
    await writeFile(log, "");
    const gone = spawn(process.execPath, ["-e", ""]);
    await once(gone, "exit");
    const lock = { pid: gone.pid, host: hostname(), command: "tag", startedAt: "2026-01-01T00:00:00.000Z", token: "dead" };
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(lock));
    const workers = Array.from({ length: 6 }, () =>
      spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", WORKER, dir, log], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] }),
    );
    const codes = await Promise.all(workers.map(async (w) => ((await once(w, "exit")) as [number])[0]));
    expect(codes).toEqual([0, 0, 0, 0, 0, 0]);
    const lines = (await readFile(log, "utf8")).trim().split("\n");
    expect(lines).toHaveLength(12);
    for (let i = 0; i < lines.length; i += 2) {
      expect(lines[i]).toMatch(/^in \d+$/);
      expect(lines[i + 1]).toBe(lines[i]!.replace("in", "out"));
    }
    expect(new Set(lines.map((l) => l.split(" ")[1])).size).toBe(6);
    expect(await lockExists(dir)).toBe(false);
  }, 60_000);
});
