import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SUPERSEDED_GRACE_MS, cleanIndexDir, markServing, publishedAt, unmarkServing } from "@/lib/store/versions";
import { tmpDir } from "@/tests/helpers/tmp-dir";

const name = (ms: number) => `v-${new Date(ms).toISOString().replace(/[:.]/g, "-")}-abcdef`;

async function versions(now: number, ages: number[]): Promise<{ dir: string; names: string[] }> {
  const dir = await tmpDir();
  const names = ages.map((age) => name(now - age));
  for (const n of names) await mkdir(join(dir, n));
  await writeFile(join(dir, "CURRENT"), `${names[names.length - 1]}\n`);
  return { dir, names };
}

describe("index version retention", () => {
  it("reads a version's publish time from its name", () => {
    const t = Date.UTC(2026, 10, 23, 21, 59, 39, 354);
    expect(publishedAt(name(t))).toBe(t);
    expect(publishedAt("v-garbage")).toBe(0);
  });

  it("keeps the previous version, and older ones until their successor has been out for the grace period", async () => {
    const now = Date.now();
    // v0 replaced by v1 five seconds ago: a server may still be reading v0.
    const recent = await versions(now, [60_000, 5_000, 1_000]);
    await cleanIndexDir(recent.dir, now);
    expect((await readdir(recent.dir)).filter((e) => e.startsWith("v-")).sort()).toEqual(recent.names);
    // v0 replaced long ago: nothing can be reading it any more.
    const old = await versions(now, [10 * SUPERSEDED_GRACE_MS, 3 * SUPERSEDED_GRACE_MS, 1_000]);
    await cleanIndexDir(old.dir, now);
    expect((await readdir(old.dir)).filter((e) => e.startsWith("v-")).sort()).toEqual(old.names.slice(1));
  });

  it("keeps a version a live server still serves, and drops the marks of dead ones", async () => {
    const now = Date.now();
    const { dir, names } = await versions(now, [10 * SUPERSEDED_GRACE_MS, 5 * SUPERSEDED_GRACE_MS, 3 * SUPERSEDED_GRACE_MS, 1_000]);
    await markServing(dir, names[0]!);
    await writeFile(join(dir, ".serving-999999999"), `${names[1]}\n`);
    await cleanIndexDir(dir, now);
    const left = await readdir(dir);
    expect(left.filter((e) => e.startsWith("v-")).sort()).toEqual([names[0], names[2], names[3]]);
    expect(left).not.toContain(".serving-999999999");
    await unmarkServing(dir);
    await cleanIndexDir(dir, now);
    expect((await readdir(dir)).filter((e) => e.startsWith("v-")).sort()).toEqual([names[2], names[3]]);
  });
});
