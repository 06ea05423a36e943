import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { POST } from "@/app/api/mood/route";
import { tmpDir } from "@/tests/helpers/tmp-dir";

// Our faults reach a client as 503 with a fixed message: never the path, the value or the cause.
const post = () =>
  POST(new Request("http://localhost/api/mood", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "sad" }) }));
const SAVED = ["OPENAI_API_KEY", "OPENAI_BASE_URL", "MOODTAPE_DATA_DIR"].map((k) => [k, process.env[k]] as const);

afterEach(() => {
  for (const [k, v] of SAVED) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  vi.restoreAllMocks();
});

describe("server faults", () => {
  it("a bad OPENAI_BASE_URL answers 503 misconfigured, without the value", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    Object.assign(process.env, { OPENAI_API_KEY: "sk-test-secret", OPENAI_BASE_URL: "not a url at /srv/secret" });
    const res = await post();
    const text = await res.text();
    expect(res.status).toBe(503);
    expect(JSON.parse(text).error.code).toBe("misconfigured");
    expect(text).not.toMatch(/srv|secret|not a url|OPENAI/);
  });

  it("a data dir whose songs.json is invalid answers 503 saying to build the index, without a path", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const dir = await tmpDir("moodtape-broken-");
    await writeFile(join(dir, "songs.json"), "[{\"id\": ");
    await writeFile(join(dir, "catalog.json"), "{not json");
    process.env.MOODTAPE_DATA_DIR = dir;
    for (const res of [await post(), await health()]) {
      const text = await res.text();
      expect(res.status).toBe(503);
      expect(text).not.toContain(dir);
      expect(text).toMatch(/npm run index/);
    }
  });
});
