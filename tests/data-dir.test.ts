import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveDataDir } from "@/lib/data-dir";

describe("resolveDataDir", () => {
  it("takes --data-dir (from where the command was typed), else MOODTAPE_DATA_DIR, else ./data", () => {
    expect(resolveDataDir("mine", { INIT_CWD: "/home/me", MOODTAPE_DATA_DIR: "/srv/data" })).toBe("/home/me/mine");
    expect(resolveDataDir(undefined, { MOODTAPE_DATA_DIR: "/srv/data" })).toBe("/srv/data");
    expect(resolveDataDir("", { MOODTAPE_DATA_DIR: "  " })).toBe(join(process.cwd(), "data"));
    expect(resolveDataDir(undefined, { MOODTAPE_DATA_DIR: "rel" })).toBe(resolve("rel"));
  });
});
