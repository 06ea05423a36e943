import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseCsv } from "@/lib/ingest/csv";
import { readImportFile } from "@/lib/ingest/import-file";
import { tmpDir } from "@/tests/helpers/tmp-dir";

async function fileWith(name: string, text: string | Uint8Array): Promise<string> {
  const file = join(await tmpDir(), name);
  await writeFile(file, text);
  return file;
}

const crlf = (lines: string[]) => `${lines.join("\r\n")}\r\n`;

const EXPORTIFY_HEADER =
  '"Track URI","Track Name","Artist URI(s)","Artist Name(s)","Album Name","Album Release Date","Track Duration (ms)","Explicit","Popularity"';

describe("readImportFile: Exportify CSV", () => {
  it("reads a real-looking export with BOM, CRLF, quoted commas, a newline in quotes and several artists", async () => {
    const file = await fileWith(
      "playlist.csv",
      "\uFEFF" +
        crlf([
          EXPORTIFY_HEADER,
          '"spotify:track:4uLU6hMCjMI75M1A2tKUQC","Never Gonna Give You Up","spotify:artist:0gxyHStUsqpMadRV0Di1Qt","Rick Astley","Whenever You Need Somebody","1987-11-12","213573","false","77"',
          '"spotify:track:0VjIjW4GlUZAMYd2vXMi3b","Hello, Goodbye (Remastered 2009)","x","The Beatles","Magical Mystery Tour","1967","210000","false","70"',
          '"spotify:track:3n3Ppam7vgaVa1iaRUc9Lp","Line One\r\nLine ""Two""","x","Daft Punk, Pharrell Williams, Nile Rodgers","RAM","2013-05","369626","false","81"',
        ]),
    );
    const { songs, skipped } = await readImportFile(file);
    expect(skipped).toEqual([]);
    expect(songs).toHaveLength(3);
    expect(songs[0]).toEqual({
      id: "4uLU6hMCjMI75M1A2tKUQC",
      title: "Never Gonna Give You Up",
      artists: ["Rick Astley"],
      album: "Whenever You Need Somebody",
      releaseDate: "1987-11-12",
      popularity: 77,
      durationMs: 213573,
      spotifyUri: "spotify:track:4uLU6hMCjMI75M1A2tKUQC",
      spotifyUrl: "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC",
      emotions: [],
    });
    expect(songs[0]?.lyrics).toBeUndefined();
    expect(songs[1]).toMatchObject({ title: "Hello, Goodbye (Remastered 2009)", releaseDate: "1967" });
    expect(songs[2]).toMatchObject({
      title: 'Line One\r\nLine "Two"',
      artists: ["Daft Punk", "Pharrell Williams", "Nile Rodgers"],
      releaseDate: "2013-05",
    });
  });

  it("imports with only the required columns: popularity null and a stable slug id", async () => {
    const text = crlf(["Track Name,Artist Name(s)", "Hoppípolla,Sigur Rós", "Creep,Radiohead"]);
    const first = await readImportFile(await fileWith("min.csv", text));
    const again = await readImportFile(await fileWith("min.csv", text));
    expect(first.songs.map((s) => s.id)).toEqual(["sigur-ros--hoppipolla", "radiohead--creep"]);
    expect(again.songs).toEqual(first.songs);
    expect(first.songs[0]).toEqual({ id: "sigur-ros--hoppipolla", title: "Hoppípolla", artists: ["Sigur Rós"], popularity: null, emotions: [] });
  });

  it("reads reordered columns matched by name, case-insensitively and by known variants", async () => {
    const file = await fileWith(
      "reordered.csv",
      "popularity,RELEASE DATE,artist name(s),duration (ms),track name,track uri,album name\n" +
        "12,2020-01-31,Someone,1000,A Title,spotify:track:abc123,An Album\n",
    );
    const { songs } = await readImportFile(file);
    expect(songs).toEqual([
      {
        id: "abc123",
        title: "A Title",
        artists: ["Someone"],
        album: "An Album",
        releaseDate: "2020-01-31",
        popularity: 12,
        durationMs: 1000,
        spotifyUri: "spotify:track:abc123",
        spotifyUrl: "https://open.spotify.com/track/abc123",
        emotions: [],
      },
    ]);
  });

  it("treats an empty popularity cell as unknown (null, not 0) and drops a date it cannot read", async () => {
    const file = await fileWith("empty-pop.csv", "Track Name,Artist Name(s),Popularity,Release Date\nQuiet,Someone,,12/01/2001\nLoud,Other,0,0000\n");
    const { songs, skipped } = await readImportFile(file);
    expect(skipped).toEqual([]);
    expect(songs[0]?.popularity).toBeNull();
    expect(songs[0]?.releaseDate).toBeUndefined();
    expect(songs[1]?.popularity).toBe(0);
    expect(songs[1]?.releaseDate).toBeUndefined();
  });
});

describe("readImportFile: bad rows and bad files", () => {
  it("skips bad rows with their record number, field, problem and line, and imports the rest", async () => {
    const file = await fileWith(
      "bad.csv",
      [
        "Track URI,Track Name,Artist Name(s),Popularity", // line 1
        'spotify:track:aaa,"Two\nLines",A,50', // lines 2-3
        "spotify:track:bbb,Bad Pop,B,abc", // line 4
        "spotify:track:ccc,Too Popular,C,140", // line 5
        "spotify:track:ddd,,D,10", // line 6
        "spotify:track:eee,No Artist,,10", // line 7
        "", // line 8, blank: not a song, not an error
        "spotify:track:aaa,Again,A,50", // line 9
        "spotify:track:fff,Fine,F,", // line 10
      ].join("\n"),
    );
    const { songs, skipped } = await readImportFile(file);
    expect(songs.map((s) => s.id)).toEqual(["aaa", "fff"]);
    expect(skipped).toEqual([
      { record: 2, line: 4, problem: 'popularity: "abc" is not a number from 0 to 100' },
      { record: 3, line: 5, problem: 'popularity: "140" is not a number from 0 to 100' },
      { record: 4, line: 6, problem: "title: empty" },
      { record: 5, line: 7, problem: "artists: empty" },
      { record: 7, line: 9, problem: 'id: "aaa" repeats record 1' },
    ]);
  });

  it("rejects a file without a required column, naming the file and the column", async () => {
    const file = await fileWith("no-title.csv", "Track URI,Artist Name(s)\nspotify:track:abc,Someone\n");
    const error = await readImportFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "bad_request", message: `${file}: missing column Track Name` });
    const noArtist = await fileWith("no-artist.csv", "Track Name,Album Name\nA,B\n");
    await expect(readImportFile(noArtist)).rejects.toThrow(`${noArtist}: missing column Artist Name(s)`);
  });

  it("recognises a CSV by its header when the extension says nothing", async () => {
    const file = await fileWith("export.txt", "Track Name,Artist Name(s)\nCreep,Radiohead\n");
    expect((await readImportFile(file)).songs.map((s) => s.title)).toEqual(["Creep"]);
  });

  it("reads JSON and JSON lines, skipping a bad record (--strict: throwing on it)", async () => {
    const song = { id: "j1", title: "Json Song", artists: ["J"], popularity: 5 };
    const json = await readImportFile(await fileWith("songs.json", JSON.stringify([song])));
    expect(json).toEqual({ songs: [{ ...song, emotions: [] }], skipped: [] });
    const jsonl = await readImportFile(await fileWith("songs.jsonl", `${JSON.stringify(song)}\n${JSON.stringify({ ...song, id: "j2" })}\n`));
    expect(jsonl.songs.map((s) => s.id)).toEqual(["j1", "j2"]);
    expect(jsonl.skipped).toEqual([]);
    const bad = await fileWith("bad.json", JSON.stringify([song, { ...song, id: "j3", popularity: 140 }]));
    const lenient = await readImportFile(bad);
    expect(lenient.songs.map((s) => s.id)).toEqual(["j1"]);
    expect(lenient.skipped).toEqual([{ record: 2, problem: "popularity: Number must be less than or equal to 100" }]);
    await expect(readImportFile(bad, { strict: true })).rejects.toThrow(`${bad}: record 2: popularity`);
  });

  it("reports a missing file as bad_request with the path", async () => {
    const dir = await tmpDir();
    for (const name of ["nope.csv", "nope.json", "nope.txt"]) {
      const file = join(dir, name);
      await expect(readImportFile(file)).rejects.toMatchObject({ code: "bad_request", message: `${file}: file not found` });
    }
  });
});

describe("parseCsv", () => {
  it("reports the line where each row starts, across quoted newlines and CRLF", () => {
    expect(parseCsv('a,b\r\n"x\r\ny",z\r\n\r\nlast,"q""q"\r\n')).toEqual({
      rows: [["a", "b"], ["x\r\ny", "z"], [""], ["last", 'q"q']],
      lines: [1, 2, 4, 5],
    });
  });

  it("removes a leading BOM, ignores the final empty line and keeps empty fields", () => {
    expect(parseCsv("\uFEFFa,,b\n,\n")).toEqual({ rows: [["a", "", "b"], ["", ""]], lines: [1, 2] });
    expect(parseCsv("")).toEqual({ rows: [], lines: [] });
  });

  it("makes the rest of the text one field after an unterminated quote", () => {
    expect(parseCsv('a,"open\nb,c\n')).toEqual({ rows: [["a", "open\nb,c\n"]], lines: [1] });
  });

  const cell = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom("a", "Z", " ", ",", '"', "\n", "\r", "\r\n", "é", "\uFEFF") }),
  );

  // Quotes what must be quoted (and, when asked, everything); a lone empty field is quoted so the row is visible.
  function toCsv(rows: string[][], quoteAll: boolean): string {
    const field = (v: string, alone: boolean) =>
      quoteAll || /[",\r\n]|^\uFEFF/.test(v) || (alone && v === "") ? `"${v.replace(/"/g, '""')}"` : v;
    return rows.map((row) => row.map((v) => field(v, row.length === 1)).join(",")).join("\r\n");
  }

  it("gives back the rows it was given as RFC 4180 CSV, with the right line numbers", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        (rows, quoteAll, trailingNewline) => {
          const text = toCsv(rows, quoteAll);
          const parsed = parseCsv(trailingNewline ? `${text}\r\n` : text);
          expect(parsed.rows).toEqual(rows);
          const expectedLines = rows.map((_, i) => 1 + (toCsv(rows.slice(0, i), quoteAll).match(/\n/g)?.length ?? 0) + (i > 0 ? 1 : 0));
          expect(parsed.lines).toEqual(expectedLines);
        },
      ),
    );
  });

  it("never throws and gives one line number per row, increasing", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r") })), (text) => {
        const { rows, lines } = parseCsv(text);
        expect(lines).toHaveLength(rows.length);
        lines.forEach((line, i) => expect(line).toBeGreaterThan(i === 0 ? 0 : lines[i - 1]!));
      }),
    );
  });
});

describe("readImportFile: encodings and links", () => {
  it("builds https://open.spotify.com/track/<id> links from the CSV's URIs", async () => {
    const file = await fileWith("p.csv", crlf(['"Track URI","Track Name","Artist Name(s)"', '"spotify:track:4uLU6hMCjMI75M1A2tKUQC","Lluvia","Ana"']));
    const { songs } = await readImportFile(file);
    expect(songs[0]).toMatchObject({ spotifyUrl: "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC", spotifyUri: "spotify:track:4uLU6hMCjMI75M1A2tKUQC" });
  });

  it("accepts a BOM before JSON lines and a CSV without an extension", async () => {
    const jsonl = await fileWith("t.jsonl", `\uFEFF${JSON.stringify({ id: "x1", title: "Río", artists: ["Ana"], popularity: null })}\n`);
    expect((await readImportFile(jsonl)).songs.map((s) => s.id)).toEqual(["x1"]);
    const csv = await fileWith("playlist", `\uFEFF"Track Name","Artist Name(s)"\n"Río","Ana"\n`);
    expect((await readImportFile(csv)).songs.map((s) => s.title)).toEqual(["Río"]);
  });

  it("refuses a CSV with invalid UTF-8, naming the file and the line", async () => {
    const bytes = Buffer.concat([Buffer.from('"Track Name","Artist Name(s)"\n"Rio","Ana"\n"Canci'), Buffer.from([0xf3]), Buffer.from('n","Ana"\n')]);
    const file = await fileWith("latin1.csv", bytes);
    await expect(readImportFile(file)).rejects.toThrow(`${file}: line 3: not valid UTF-8`);
  });

  it("rejects a javascript: spotifyUrl in JSON with record and field", async () => {
    const file = await fileWith("t.json", JSON.stringify([{ id: "x1", title: "T", artists: ["A"], popularity: 1, spotifyUrl: "javascript:alert(1)" }]));
    await expect(readImportFile(file)).rejects.toThrow(`${file}: record 1: spotifyUrl:`);
  });
});
