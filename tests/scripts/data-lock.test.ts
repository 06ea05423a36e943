import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFile, stat, utimes, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCK_FILE, acquireDataLock } from "@/lib/fs/data-lock";
import { ROOT, type ScriptResult, runScript } from "@/tests/helpers/run-script";
import { tmpDir } from "@/tests/helpers/tmp-dir";

// Our own invented songs: titles and lyrics put together from word lists, different for every id.
const MOODS = ["rain on the window", "dancing in the kitchen", "the last train home", "a letter never sent", "sun on my face"];
const FEELINGS = ["I cry alone tonight", "we laugh until the morning", "my heart is burning with rage", "so calm by the river", "I miss you every day"];
const PLACES = ["in the city", "by the sea", "under the bridge", "in your old room", "on the highway"];

function inventedSongs(prefix: string, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    title: `${MOODS[i % 5]} ${prefix} ${i}`,
    artists: [`The ${prefix} Band`],
    popularity: i % 101,
    lyrics: [FEELINGS[i % 5], `${MOODS[(i >> 2) % 5]} ${PLACES[(i >> 4) % 5]}`, FEELINGS[(i >> 3) % 5], `number ${i}`].join("\n"),
  }));
}

async function tracksFile(dir: string, prefix: string, count: number): Promise<string> {
  const file = join(dir, `${prefix}.json`);
  await writeFile(file, JSON.stringify(inventedSongs(prefix, count)));
  return file;
}

const catalogIds = async (dir: string) =>
  (JSON.parse(await readFile(join(dir, "catalog.json"), "utf8")) as { id: string; emotions: string[] }[]).map((s) => s.id);
const lockGone = async (dir: string) => expect(stat(join(dir, LOCK_FILE))).rejects.toThrow(/ENOENT/);

/** A pid that belonged to a real process which has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await once(child, "exit");
  return child.pid!;
}

/** Runs tag, calling `onStderr` with each chunk of stderr as it arrives. */
function tagWatching(args: string[], onStderr: (text: string) => void): Promise<ScriptResult> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/tag.ts", ...args], { cwd: ROOT, env: { ...process.env, INIT_CWD: ROOT } });
  const result: ScriptResult = { code: null, stdout: "", stderr: "" };
  child.stdout.on("data", (d: Buffer) => (result.stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => {
    result.stderr += d.toString();
    onStderr(result.stderr);
  });
  return new Promise((resolve) => child.on("close", (code) => resolve({ ...result, code })));
}

describe("one run at a time per data dir", () => {
  it("two real tag runs at once on one data dir keep both runs' songs (2 × 2,500 → 5,000)", async () => {
    const dir = await tmpDir();
    const [a, b] = await Promise.all([tracksFile(dir, "north", 2_500), tracksFile(dir, "south", 2_500)]);
    const runs = await Promise.all([runScript("tag", ["--in", a, "--data-dir", dir]), runScript("tag", ["--in", b, "--data-dir", dir])]);
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/tagged 2500, unchanged 0 of 2500/);
    }
    const ids = await catalogIds(dir);
    expect(ids).toHaveLength(5_000);
    expect(new Set(ids).size).toBe(5_000);
    await lockGone(dir);
  }, 120_000);

  it("waits for a live holder, saying so in one line, and continues when it lets go", async () => {
    const dir = await tmpDir();
    const input = await tracksFile(dir, "east", 20);
    const lock = await acquireDataLock(dir, { command: "test" });
    let released = false;
    const run = await tagWatching(["--in", input, "--data-dir", dir, "--wait", "60"], (stderr) => {
      if (!released && stderr.includes("waiting for")) {
        released = true;
        lock.release();
      }
    });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toEqual([`tag: waiting for pid ${process.pid} (test since ${lines[0]!.match(/since (\S+)\)/)?.[1]}) to finish (up to 60 s) ...`]);
    expect(await catalogIds(dir)).toHaveLength(20);
    await lockGone(dir);
  }, 60_000);

  it("gives up when the wait runs out: one line naming the holder, non-zero exit, nothing written", async () => {
    const dir = await tmpDir();
    const input = await tracksFile(dir, "west", 5);
    const lock = await acquireDataLock(dir, { command: "index" });
    try {
      const now = await runScript("tag", ["--in", input, "--data-dir", dir, "--wait", "0"]);
      expect(now.code).toBe(1);
      expect(now.stdout).toBe("");
      expect(now.stderr.trim().split("\n")).toHaveLength(1);
      expect(now.stderr).toMatch(new RegExp(`^tag: ${dir} is in use by pid ${process.pid} \\(index since [^)]+\\); gave up after 0 s .*remove ${dir}/\\.lock\\)\\n$`));
      const later = await runScript("tag", ["--in", input, "--data-dir", dir, "--wait", "1"]);
      expect(later.code).toBe(1);
      const lines = later.stderr.trim().split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(`tag: waiting for pid ${process.pid} (index since`);
      expect(lines[1]).toMatch(`tag: ${dir} is in use by pid ${process.pid} (index since`);
      expect(lines[1]).toMatch("gave up after 1 s");
      for (const script of ["index", "import"]) {
        const r = await runScript(script, [...(script === "import" ? [input] : []), "--data-dir", dir, "--wait", "0"]);
        expect(r.code, r.stderr).toBe(1);
        expect(r.stderr).toMatch(new RegExp(`^${script}: ${dir} is in use by pid ${process.pid} .*\\n$`));
      }
      await expect(stat(join(dir, "catalog.json"))).rejects.toThrow(/ENOENT/);
    } finally {
      lock.release();
    }
    await lockGone(dir);
  }, 60_000);

  it("takes over a lock whose holder is dead, has a reused pid, or never wrote its name", async () => {
    const dir = await tmpDir();
    const input = await tracksFile(dir, "mid", 10);
    const holder = { host: hostname(), command: "tag", startedAt: "2026-01-01T00:00:00.000Z", token: "0123456789abcdef" };
    const plants: [string, string][] = [
      ["dead pid", JSON.stringify({ ...holder, pid: await deadPid() })],
      // Our own test process is alive, but it is not the process that started at tick 1 after boot.
      ["reused pid", JSON.stringify({ ...holder, pid: process.pid, procStart: "1" })],
      ["empty", ""],
    ];
    for (const [what, text] of plants) {
      await writeFile(join(dir, LOCK_FILE), text);
      const minuteAgo = (Date.now() - 60_000) / 1000;
      await utimes(join(dir, LOCK_FILE), minuteAgo, minuteAgo);
      const run = await runScript("tag", ["--in", input, "--data-dir", dir, "--wait", "0"]);
      expect(run.code, `${what}: ${run.stderr}`).toBe(0);
      await lockGone(dir);
    }
    expect(await catalogIds(dir)).toHaveLength(10);
  }, 60_000);
});
