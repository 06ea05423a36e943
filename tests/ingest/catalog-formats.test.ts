// Real-world inputs in their real shapes, with rows we invented: Exportify since July 2025 (`;`
// between artists) and before (`,`), a MuSe-format catalog, free `tags` columns and fields.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TAG_SIZE } from "@/lib/emotions/engine";
import { getVocabulary } from "@/lib/emotions/vocabulary";
import { emotionsFromTags, termOfTag } from "@/lib/catalog/tag-emotions";
import { AppError } from "@/lib/errors";
import { songsFromCsv } from "@/lib/ingest/csv-songs";
import { readImportFile } from "@/lib/ingest/import-file";
import { parseTagList } from "@/lib/ingest/tag-lists";
import { tmpDir } from "@/tests/helpers/tmp-dir";

async function fileWith(name: string, text: string): Promise<string> {
  const file = join(await tmpDir(), name);
  await writeFile(file, text);
  return file;
}

const q = (cells: string[]) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(",");
const EXPORTIFY_2025 = [
  "Track URI", "Track Name", "Album Name", "Artist Name(s)", "Release Date", "Duration (ms)", "Popularity", "Explicit",
  "Added By", "Added At", "Genres", "Record Label", "Danceability", "Energy", "Key", "Loudness", "Mode", "Speechiness",
  "Acousticness", "Instrumentalness", "Liveness", "Valence", "Tempo", "Time Signature",
];
const row = (id: string, title: string, artists: string, extra: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    "Track URI": `spotify:track:${id}`, "Track Name": title, "Album Name": "Harbour Songs", "Artist Name(s)": artists,
    "Release Date": "2024-03-08", "Duration (ms)": "201000", Popularity: "", Explicit: "false", "Added By": "spotify:user:someone",
    "Added At": "2025-09-01T10:00:00Z", Genres: "indie pop,bedroom pop", "Record Label": "undefined", Danceability: "0.61",
    Energy: "0.82", Key: "5", Loudness: "-6.2", Mode: "1", Speechiness: "0.041", Acousticness: "0.12", Instrumentalness: "0",
    Liveness: "0.09", Valence: "0.74", Tempo: "122.01", "Time Signature": "4",
  };
  return q(EXPORTIFY_2025.map((h) => extra[h] ?? base[h]!));
};

describe("Exportify as it exports", () => {
  it("since July 2025: ; between artists keeps commas inside names; genre lists, undefined labels, empty popularity, audio features", async () => {
    const file = await fileWith(
      "Night Drive.csv",
      `${[
        q(EXPORTIFY_2025),
        row("1aaaaaaaaaaaaaaaaaaaaa", "Paper Lanterns", "Artista Uno;Artista Dos;Rider, The Brave"),
        row("2aaaaaaaaaaaaaaaaaaaaa", "Slow Tide", "Mara Vell", { Popularity: "48", "Record Label": "Low Harbour Records", Genres: "" }),
        // Apps Spotify no longer serves audio features to export them empty.
        row("3aaaaaaaaaaaaaaaaaaaaa", "No Features", "Rider, The Brave", Object.fromEntries(EXPORTIFY_2025.slice(12).map((h) => [h, ""]))),
      ].join("\n")}\n`,
    );
    const { songs, skipped } = await readImportFile(file);
    expect(skipped).toEqual([]);
    expect(songs[0]).toEqual({
      id: "1aaaaaaaaaaaaaaaaaaaaa",
      title: "Paper Lanterns",
      artists: ["Artista Uno", "Artista Dos", "Rider, The Brave"],
      album: "Harbour Songs",
      releaseDate: "2024-03-08",
      popularity: null,
      durationMs: 201000,
      spotifyUri: "spotify:track:1aaaaaaaaaaaaaaaaaaaaa",
      spotifyUrl: "https://open.spotify.com/track/1aaaaaaaaaaaaaaaaaaaaa",
      genres: ["indie pop", "bedroom pop"],
      audio: {
        danceability: 0.61, energy: 0.82, key: 5, loudness: -6.2, mode: 1, speechiness: 0.041, acousticness: 0.12,
        instrumentalness: 0, liveness: 0.09, valence: 0.74, tempo: 122.01, timeSignature: 4,
      },
      emotions: [],
    });
    expect(songs[1]).toMatchObject({ popularity: 48, label: "Low Harbour Records" });
    expect(songs[1]!.genres).toBeUndefined();
    expect(songs[2]!.artists).toEqual(["Rider, The Brave"]);
    expect(songs[2]!.audio).toBeUndefined();
  });

  it("before July 2025: , between artists", async () => {
    const header = "Track URI,Track Name,Artist Name(s),Album Name,Release Date,Duration (ms),Popularity,Energy,Valence";
    const file = await fileWith("old.csv", `${header}\r\nspotify:track:4aaaaaaaaaaaaaaaaaaaaa,Two Hands,"Ana Sol,Beto Mar",X,2019,1000,12,0.3,0.2\r\n`);
    const { songs } = await readImportFile(file);
    expect(songs[0]).toMatchObject({ artists: ["Ana Sol", "Beto Mar"], popularity: 12, audio: { energy: 0.3, valence: 0.2 } });
  });

  it("skips a row whose audio feature is out of range or not a number, naming record, field and line", async () => {
    const file = await fileWith(
      "bad-audio.csv",
      [q(EXPORTIFY_2025), row("5aaaaaaaaaaaaaaaaaaaaa", "Good", "A"), row("6aaaaaaaaaaaaaaaaaaaaa", "Loud", "B", { Energy: "1.7" }), row("7aaaaaaaaaaaaaaaaaaaaa", "Odd", "C", { Tempo: "fast" }), row("8aaaaaaaaaaaaaaaaaaaaa", "Nobody", "")].join("\n"),
    );
    const { songs, skipped } = await readImportFile(file);
    expect(songs.map((s) => s.title)).toEqual(["Good"]);
    expect(skipped).toEqual([
      { record: 2, line: 3, problem: "audio.energy: energy must be from 0 to 1" },
      { record: 3, line: 4, problem: 'audio.tempo: "fast" is not a number' },
      { record: 4, line: 5, problem: "artists: empty" },
    ]);
    await expect(readImportFile(file, { strict: true })).rejects.toThrow(`${file}: record 2: audio.energy: energy must be from 0 to 1 (line 3)`);
  });
});

const MUSE_HEADER = "lastfm_url,track,artist,seeds,number_of_emotion_tags,valence_tags,arousal_tags,dominance_tags,mbid,spotify_id,genre";

describe("MuSe-format catalogs and free tags", () => {
  it("reads seeds as mood tags, ratings as valence/arousal, spotify_id as the link: 8 emotions, emotionSource tags", async () => {
    const file = await fileWith(
      "muse.csv",
      [
        MUSE_HEADER,
        `https://www.last.fm/music/x/_/y,Grey Harbour,Mara Vell,"['sad', 'melancholy', 'wistful']",9,2.4,3.1,3.9,0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9,1bbbbbbbbbbbbbbbbbbbbb,indie`,
        `https://www.last.fm/music/x/_/z,Sunday Dance,Los Invent,"['upbeat', ""feel good"", 'party']",14,7.6,6.8,6.1,,,latin`,
        `https://www.last.fm/music/x/_/w,Static Hum,Nobody Here,"['seen live', 'female vocalists']",2,,,,,,rock`,
      ].join("\n"),
    );
    const { songs, skipped } = await readImportFile(file);
    expect(skipped).toEqual([]);
    const [sad, happy, none] = songs;
    expect(sad).toMatchObject({
      id: "1bbbbbbbbbbbbbbbbbbbbb",
      spotifyUrl: "https://open.spotify.com/track/1bbbbbbbbbbbbbbbbbbbbb",
      artists: ["Mara Vell"],
      genres: ["indie"],
      moodTags: { words: ["sad", "melancholy", "wistful"], valence: 2.4, arousal: 3.1, dominance: 3.9, count: 9 },
      emotionSource: "tags",
    });
    expect(sad!.emotions.slice(0, 3)).toEqual(["sadness", "melancholy", "wistfulness"]);
    expect(new Set(sad!.emotions).size).toBe(TAG_SIZE);
    expect(sad!.emotionNote).toMatch(/^5 of 8 inferred from the tags' valence\/arousal ratings$/);
    const valence = (terms: string[]) => terms.reduce((s, t) => s + getVocabulary().byTerm.get(t)!.valence, 0) / terms.length;
    expect(valence(sad!.emotions)).toBeLessThan(0);
    expect(happy!.id).toBe("los-invent--sunday-dance");
    expect(happy!.emotions.slice(0, 3)).toEqual(["optimism", "happiness", "celebration"]);
    expect(valence(happy!.emotions)).toBeGreaterThan(0.3);
    // Tags that name no mood, and no ratings: no emotions, and the note says why.
    expect(none).toMatchObject({ emotions: [], emotionSource: "tags", emotionNote: "no mood tag maps to the vocabulary" });
  });

  it("reads a generic tags column (CSV) and a free tags field (JSON, Last.fm objects too)", async () => {
    const csv = await fileWith("tags.csv", "title,artist,tags,spotify_id\nLow Light,Kora,\"chill, mellow, dreamy\",2ccccccccccccccccccccc\n");
    const [a] = (await readImportFile(csv)).songs;
    expect(a).toMatchObject({ moodTags: { words: ["chill", "mellow", "dreamy"] }, emotionSource: "tags", spotifyUri: "spotify:track:2ccccccccccccccccccccc" });
    expect(a!.emotions.slice(0, 3)).toEqual(["relaxation", "calm", "dreaminess"]);
    const json = await fileWith(
      "tags.json",
      JSON.stringify([
        { id: "j1", title: "Fury Road", artists: ["Kora"], tags: [{ name: "aggressive", count: 90 }, { name: "angry" }] },
        { id: "j2", title: "Has Lyrics", artists: ["Kora"], tags: "sad", lyrics: "la la la" },
      ]),
    );
    const [fury, lyric] = (await readImportFile(json)).songs;
    expect(fury).toMatchObject({ popularity: null, moodTags: { words: ["aggressive", "angry"] }, emotionSource: "tags" });
    expect(fury!.emotions[0]).toBe("anger");
    // A song with lyrics is tagged from its lyrics by `npm run tag`; its tags are kept.
    expect(lyric).toMatchObject({ emotions: [], moodTags: { words: ["sad"] } });
    expect(lyric!.emotionSource).toBeUndefined();
  });

  it("skips a MuSe row whose rating is off the 1-9 scale", async () => {
    const file = await fileWith("muse-bad.csv", `${MUSE_HEADER}\nu,Fine,A,['calm'],1,5,5,5,,,pop\nu,Off,B,['calm'],1,12,5,5,,,pop\n`);
    const { songs, skipped } = await readImportFile(file);
    expect(songs.map((s) => s.title)).toEqual(["Fine"]);
    expect(skipped).toEqual([{ record: 2, line: 3, problem: "moodTags.valence: expected 1 to 9" }]);
  });
});

describe("parseTagList", () => {
  it("reads Python-style lists, JSON arrays and separated words", () => {
    expect(parseTagList("['sad', \"rock 'n' roll\", 'it\\'s fine']")).toEqual(["sad", "rock 'n' roll", "it's fine"]);
    expect(parseTagList('["a","b","a"]')).toEqual(["a", "b"]);
    expect(parseTagList("chill; mellow | dreamy, ")).toEqual(["chill", "mellow", "dreamy"]);
    expect(parseTagList("[]")).toEqual([]);
  });

  it("never throws and returns at most 100 distinct non-empty words of at most 100 characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (s) => {
        const words = parseTagList(s);
        expect(words.length).toBeLessThanOrEqual(100);
        expect(new Set(words).size).toBe(words.length);
        for (const w of words) expect(w.length > 0 && w.length <= 100 && w === w.trim()).toBe(true);
      }),
    );
  });
});

describe("imports never throw on odd rows", () => {
  it("songsFromCsv gives songs or per-record problems for any cells under an Exportify or MuSe header", () => {
    const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("", "undefined", "0.5", "-1", "1e3", "['sad', 'x'", "a;b;c", "7.5"));
    const headers = [q(EXPORTIFY_2025), MUSE_HEADER];
    fc.assert(
      fc.property(fc.constantFrom(...headers), fc.array(fc.array(cell, { maxLength: 26 }), { minLength: 1, maxLength: 5 }), (header, rows) => {
        const text = [header, ...rows.map((r) => q(r))].join("\n");
        try {
          const { songs, skipped } = songsFromCsv("f.csv", text);
          expect(songs.length + skipped.length).toBeLessThanOrEqual(rows.length);
          for (const p of skipped) expect(p.problem).toMatch(/^[\w.()]+: /);
        } catch (e) {
          expect(e).toBeInstanceOf(AppError);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("reads tags named like object properties as words (found once by the property below)", () => {
    for (const word of ["__proto__", "constructor", "toString", "hasOwnProperty"]) expect(termOfTag(word)).toBeNull();
  });

  it("emotionsFromTags gives 0 or 8 distinct vocabulary terms for any words and ratings", () => {
    const { byTerm } = getVocabulary();
    const word = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("sad", "chill", "dark", "aggressive", "rock", "feel-good"));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.option(fc.double({ min: 1, max: 9, noNaN: true })), (words, v) => {
        const { emotions } = emotionsFromTags({ words, ...(v === null ? {} : { valence: v, arousal: 10 - v }) });
        expect([0, TAG_SIZE]).toContain(emotions.length);
        expect(new Set(emotions).size).toBe(emotions.length);
        for (const t of emotions) expect(byTerm.has(t)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
