import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCatalog, writeCatalog } from "@/lib/catalog/files";
import { readTracksFile } from "@/lib/ingest/tracks-file";
import { readText } from "@/lib/fs/files";
import { SongSchema } from "@/lib/catalog/song";
import { song } from "@/tests/helpers/songs";
import { tmpDir } from "@/tests/helpers/tmp-dir";

async function fileWith(name: string, text: string | Uint8Array): Promise<string> {
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

  it("accepts a UTF-8 BOM before a JSON array, JSON lines and any text read", async () => {
    const arr = await readTracksFile(await fileWith("bom.json", `\uFEFF${JSON.stringify([OURS])}`));
    expect(arr.map((s) => s.id)).toEqual(["a1"]);
    expect(await readText(await fileWith("bom.txt", "\uFEFFhola"))).toBe("hola");
  });
});

describe("input files that are not UTF-8", () => {
  const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

  it("refuses invalid UTF-8 in one line naming the file and the line of the first bad byte", async () => {
    const good = `${JSON.stringify(OURS)}\n${JSON.stringify({ ...OURS, id: "a2", lyrics: "corazón" })}\n`;
    // Line 3 was saved as Latin-1: "canción" with a lone 0xF3 byte.
    const bytes = Buffer.concat([Buffer.from(good), latin1(`${JSON.stringify({ ...OURS, id: "a3", lyrics: "canción" })}\n`)]);
    const file = await fileWith("latin1.jsonl", bytes);
    const error = await readTracksFile(file).catch((e: Error) => e);
    expect((error as Error).message).toBe(`${file}: line 3: not valid UTF-8; save the file as UTF-8`);
    // A character cut in half by a newline is caught on the line where it starts.
    const cut = await fileWith("cut.json", Buffer.concat([Buffer.from("[\n"), Buffer.from([0xe2, 0x82]), Buffer.from("\n]")]));
    await expect(readText(cut)).rejects.toThrow(`${cut}: line 2: not valid UTF-8`);
  });

  it("says a UTF-16 file is UTF-16", async () => {
    const file = await fileWith("u16.json", Buffer.from(`\uFEFF${JSON.stringify([OURS])}`, "utf16le"));
    await expect(readTracksFile(file)).rejects.toThrow(`${file}: is UTF-16 text; save it as UTF-8`);
  });
});

describe("spotifyUrl", () => {
  const parse = (spotifyUrl: string) => SongSchema.safeParse({ ...OURS, spotifyUrl }).success;

  it("accepts only https://open.spotify.com/ links", () => {
    expect(parse("https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC")).toBe(true);
    expect(parse("https://open.spotify.com/intl-es/track/4uLU6hMCjMI75M1A2tKUQC?si=abc")).toBe(true);
    for (const bad of [
      "javascript:alert(document.cookie)",
      "JavaScript:alert(1)//https://open.spotify.com/",
      "data:text/html,<script>alert(1)</script>",
      "http://open.spotify.com/track/x",
      "https://open.spotify.com.evil.example/track/x",
      "https://open.spotify.com@evil.example/track/x",
      "https://evil.example/?https://open.spotify.com/",
      "https://open.spotify.com/track/x\njavascript:alert(1)",
      " https://open.spotify.com/track/x",
      "spotify:track:4uLU6hMCjMI75M1A2tKUQC",
    ]) {
      expect(parse(bad), bad).toBe(false);
    }
  });

  it("rejects a record with another link in one line naming record and field", async () => {
    const file = await fileWith("x.json", JSON.stringify([OURS, { ...OURS, id: "b", spotifyUrl: "javascript:alert(1)" }]));
    await expect(readTracksFile(file)).rejects.toThrow(`${file}: record 2: spotifyUrl: expected an https://open.spotify.com/... link`);
    const emoti = await fileWith("e.json", JSON.stringify([{ name: "Old", uri: "spotify:track:abc", spotify_track_url: "data:text/html,hi", lyrics: "x" }]));
    await expect(readTracksFile(emoti)).rejects.toThrow(/record 1: spotifyUrl: expected an https:\/\/open\.spotify\.com/);
  });
});
