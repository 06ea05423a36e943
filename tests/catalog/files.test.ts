import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCatalog, readTracksFile, writeCatalog } from "@/lib/catalog/files";
import { song } from "@/tests/helpers/songs";
import { tmpDir } from "@/tests/helpers/tmp-dir";

async function fileWith(name: string, text: string): Promise<string> {
  const file = join(await tmpDir(), name);
  await writeFile(file, text);
  return file;
}

const OURS = { id: "a1", title: "Rain Song", artists: ["X"], popularity: 40, lyrics: "I cry" };

describe("reading track files", () => {
  it("reads a JSON array and JSON lines (with a BOM) in our schema", async () => {
    const arr = await readTracksFile(await fileWith("a.json", JSON.stringify([OURS])));
    expect(arr[0]).toMatchObject({ id: "a1", emotions: [] });
    const lines = await readTracksFile(await fileWith("a.jsonl", `\uFEFF${JSON.stringify(OURS)}\n\n${JSON.stringify({ ...OURS, id: "a2" })}\n`));
    expect(lines.map((s) => s.id)).toEqual(["a1", "a2"]);
  });

  it("converts the EmotiTuneOT export shape", async () => {
    const file = await fileWith(
      "e.json",
      JSON.stringify([
        {
          name: "Old Song",
          spotify_track_url: "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC",
          spotify_api_track_url: "https://api.spotify.com/v1/tracks/4uLU6hMCjMI75M1A2tKUQC",
          popularity: 71,
          uri: "spotify:track:4uLU6hMCjMI75M1A2tKUQC",
          release_date: "1987-07-27",
          lyrics: "some words",
        },
      ]),
    );
    const [s] = await readTracksFile(file);
    expect(s).toMatchObject({
      id: "4uLU6hMCjMI75M1A2tKUQC",
      title: "Old Song",
      popularity: 71,
      spotifyUri: "spotify:track:4uLU6hMCjMI75M1A2tKUQC",
      releaseDate: "1987-07-27",
      lyrics: "some words",
    });
  });

  it("names file, record and field for an invalid record", async () => {
    const file = await fileWith("bad.json", JSON.stringify([OURS, { ...OURS, id: "b", popularity: 140 }]));
    await expect(readTracksFile(file)).rejects.toThrow(`${file}: record 2: popularity:`);
    const missing = await fileWith("m.json", JSON.stringify([{ id: "x", artists: ["Y"], popularity: null }]));
    await expect(readTracksFile(missing)).rejects.toThrow(/record 1: title: Required/);
  });

  it("rejects invalid JSON, a non-array, repeated ids and a missing file in one line", async () => {
    await expect(readTracksFile(await fileWith("x.json", "[{"))).rejects.toThrow(/invalid JSON/);
    await expect(readTracksFile(await fileWith("o.json", '{"a": 1}'))).rejects.toThrow(/record 1: id: Required/);
    await expect(readTracksFile(await fileWith("p.json", '{\n"a": 1\n}'))).rejects.toThrow(/line 1: invalid JSON/);
    await expect(readTracksFile(await fileWith("n.json", "[1, 2]"))).rejects.toThrow(/record 1: \(record\): Expected object/);
    await expect(readTracksFile(await fileWith("d.json", JSON.stringify([OURS, OURS])))).rejects.toThrow(/record 2: id: "a1" repeats record 1/);
    await expect(readTracksFile("/nonexistent/tracks.json")).rejects.toThrow("/nonexistent/tracks.json: file not found");
  });

  it("round-trips a catalog and validates it on read", async () => {
    const file = join(await tmpDir(), "catalog.json");
    await writeCatalog(file, [song("s1", ["joy"]), song("s2", ["sadness"], null)]);
    expect((await readCatalog(file)).map((s) => s.popularity)).toEqual([50, null]);
    await writeFile(file, (await readFile(file, "utf8")).replace('"popularity":null', '"popularity":"high"'));
    await expect(readCatalog(file)).rejects.toThrow(/record 2: popularity/);
  });
});
