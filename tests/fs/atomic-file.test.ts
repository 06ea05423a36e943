import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFile, readdir, stat, utimes, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { STALE_TEMP_MS, tempOwner, tempSibling, writeFileAtomic } from "@/lib/fs/atomic-file";
import { ROOT } from "@/tests/helpers/run-script";
import { tmpDir } from "@/tests/helpers/tmp-dir";

// A writer that has made its temp sibling and is still going when it is killed: kill -9 between
// open and rename, the moment a catalog write is interrupted.
const WRITER = `
import { open } from "node:fs/promises";
import { tempSibling } from "./lib/fs/atomic-file.ts";
const handle = await open(tempSibling(process.argv[1]), "w");
console.log("ready");
setInterval(() => handle, 1000);
`;

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

async function startWriter(target: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", WRITER, target], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  const [line] = (await once(child.stdout!, "data")) as [Buffer];
  expect(line.toString().trim()).toBe("ready");
  return child;
}

const temps = async (dir: string) => (await readdir(dir)).filter((f) => f.startsWith(".tmp-")).sort();

describe("writeFileAtomic and stale temp files", () => {
  it("names temps so their writer's pid can be read back", () => {
    const name = basename(tempSibling("/data/my-catalog-v2.json"));
    expect(name).toMatch(/^\.tmp-my-catalog-v2\.json-\d+-[0-9a-f]{8}$/);
    expect(tempOwner(name)).toBe(process.pid);
    expect(tempOwner(".tmp-notes")).toBeUndefined();
    expect(tempOwner("catalog.json")).toBeUndefined();
  });

  it("removes the 0-byte temp a killed writer left, the next time the folder is written", async () => {
    const dir = await tmpDir();
    const target = join(dir, "catalog.json");
    const writer = await startWriter(target);
    const [left] = await temps(dir);
    expect(tempOwner(left!)).toBe(writer.pid);
    expect((await stat(join(dir, left!))).size).toBe(0);
    writer.kill("SIGKILL");
    await once(writer, "exit");
    expect(await temps(dir)).toEqual([left]);
    await writeFileAtomic(target, "[]\n");
    expect(await temps(dir)).toEqual([]);
    expect(await readFile(target, "utf8")).toBe("[]\n");
  });

  it("keeps a live writer's temp and look-alike names; removes a temp older than an hour", async () => {
    const dir = await tmpDir();
    const writer = await startWriter(join(dir, "tracks.json"));
    const [live] = await temps(dir);
    // A pid that is alive but cannot own this file any more (pids are reused): judged by age.
    const old = `.tmp-catalog.json-${process.pid}-0123abcd`;
    await writeFile(join(dir, old), "");
    const hourAgo = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
    await utimes(join(dir, old), hourAgo, hourAgo);
    await writeFile(join(dir, ".tmp-notes"), "mine");
    await writeFile(join(dir, ".tmp-a-123-not-hex"), "mine");
    await writeFileAtomic(join(dir, "catalog.json"), "[]\n");
    expect(await temps(dir)).toEqual([".tmp-a-123-not-hex", live, ".tmp-notes"].sort());
    expect(writer.exitCode).toBeNull();
  });
});
