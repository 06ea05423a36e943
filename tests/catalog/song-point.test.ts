import { describe, expect, it } from "vitest";
import { toM3u, toPlaylistJson } from "@/lib/catalog/playlist-file";
import { MEASURED_WEIGHT, emotionsPoint, songPoint } from "@/lib/catalog/song-point";
import { emotionsFromTags, termOfTag } from "@/lib/catalog/tag-emotions";
import { OfflineEmotionEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { getVocabulary } from "@/lib/emotions/vocabulary";

const SAD = ["sadness", "loneliness", "melancholy", "heartbreak", "longing", "regret", "sorrow", "emptiness"];
const cos = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

describe("songPoint with audio features and crowd ratings", () => {
  it("is the emotions' point when a song has no measures, and moves halfway toward audio valence/energy when it has", () => {
    const own = emotionsPoint(SAD)!;
    expect(songPoint({ emotions: SAD })).toEqual(own);
    const bright = songPoint({ emotions: SAD, audio: { valence: 1, energy: 1 } })!;
    expect(bright.valence).toBeCloseTo((1 - MEASURED_WEIGHT) * own.valence + MEASURED_WEIGHT * 1, 10);
    expect(bright.arousal).toBeCloseTo((1 - MEASURED_WEIGHT) * own.arousal + MEASURED_WEIGHT * 1, 10);
    // One axis measured: the other stays the emotions' own.
    const onlyEnergy = songPoint({ emotions: SAD, audio: { energy: 0 } })!;
    expect(onlyEnergy.valence).toBe(own.valence);
    expect(onlyEnergy.arousal).toBeCloseTo((1 - MEASURED_WEIGHT) * own.arousal - MEASURED_WEIGHT, 10);
  });

  it("reads crowd ratings on the 1-9 scale (5 is neutral) and averages them with audio", () => {
    const p = songPoint({ emotions: [], moodTags: { valence: 9, arousal: 1 } })!;
    expect(p).toEqual({ valence: 1, arousal: -1 });
    const both = songPoint({ emotions: [], audio: { valence: 0.5, energy: 1 }, moodTags: { valence: 9, arousal: 5 } })!;
    expect(both).toEqual({ valence: 0.5, arousal: 0.5 });
    expect(songPoint({ emotions: [] })).toBeNull();
  });
});

describe("song vectors", () => {
  const emb = new OfflineEmotionEmbeddings();
  it("are exactly the emotions' vector for a song without measures (mood vectors never change)", async () => {
    expect(Array.from(emb.embedSong({ emotions: SAD }))).toEqual(Array.from(emb.embedTerms(SAD)));
    expect(await emb.embedSongs([{ emotions: SAD }])).toEqual(await emb.embedTermLists([SAD]));
  });

  it("move only the valence/arousal part, toward the audio: a bright energetic sad song sits nearer a happy mood", () => {
    const plain = emb.embedTerms(SAD);
    const bright = emb.embedSong({ emotions: SAD, audio: { valence: 0.95, energy: 0.9 } });
    const dim = emb.embedSong({ emotions: SAD, audio: { valence: 0.05, energy: 0.1 } });
    const happy = emb.embedTerms(["joy", "happiness", "energy"]);
    expect(cos(bright, happy)).toBeGreaterThan(cos(plain, happy));
    expect(cos(dim, happy)).toBeLessThan(cos(plain, happy));
    // The term and family parts keep their direction: still far nearer sadness than joy.
    expect(cos(bright, emb.embedTerms(["sadness"]))).toBeGreaterThan(cos(bright, emb.embedTerms(["joy"])));
    let norm = 0;
    for (const x of bright) norm += x * x;
    expect(norm).toBeCloseTo(1, 5);
  });
});

describe("emotions from mood tags", () => {
  it("maps every tag alias to a vocabulary term", () => {
    const { byTerm } = getVocabulary();
    for (const w of ["dark", "bright", "chill out", "chillout", "feel-good", "epic", "summery", "sleepy"]) {
      const term = termOfTag(w);
      expect(term !== null && byTerm.has(term), w).toBe(true);
    }
  });

  it("gives 8 distinct terms led by the named ones, fewer only when nothing maps and there are no ratings", () => {
    const r = emotionsFromTags({ words: ["brooding", "wistful", "rock", "seen live"] });
    expect(r.emotions.slice(0, 2)).toEqual(["melancholy", "wistfulness"]);
    expect(new Set(r.emotions).size).toBe(8);
    expect(r.note).toBe("6 of 8 inferred from the tags' valence and arousal");
    const ratingsOnly = emotionsFromTags({ words: ["rock"], valence: 8.5, arousal: 8 });
    expect(ratingsOnly.emotions).toHaveLength(8);
    const { byTerm } = getVocabulary();
    for (const t of ratingsOnly.emotions) expect(byTerm.get(t)!.valence).toBeGreaterThan(0);
    expect(emotionsFromTags({ words: ["rock", "female vocalists"] })).toEqual({ emotions: [], note: "no mood tag maps to the vocabulary" });
  });
});

describe("playlist files", () => {
  const songs = [
    { id: "a", title: "Line\nBreak", artists: ["Ana", "Beto"], durationMs: 201_600, spotifyUrl: "https://open.spotify.com/track/abc" },
    { id: "b", title: "No Link", artists: ["Kora"] },
    { id: "c", title: "By URI", artists: ["X"], spotifyUri: "spotify:track:xyz", durationMs: 999 },
  ];
  it("writes #EXTM3U with one #EXTINF per song, seconds or -1, and a Spotify link or search", () => {
    expect(toM3u({ title: "Rainy\r\nnight", songs })).toBe(
      "#EXTM3U\n#PLAYLIST:Rainy night\n" +
        "#EXTINF:202,Ana, Beto - Line Break\nhttps://open.spotify.com/track/abc\n" +
        "#EXTINF:-1,Kora - No Link\nhttps://open.spotify.com/search/Kora%20No%20Link\n" +
        "#EXTINF:1,X - By URI\nhttps://open.spotify.com/track/xyz\n",
    );
  });
  it("writes JSON with each song's link", () => {
    const parsed = JSON.parse(toPlaylistJson({ title: "T", songs })) as { songs: { id: string; link: string }[] };
    expect(parsed.songs.map((s) => s.link)).toEqual(["https://open.spotify.com/track/abc", "https://open.spotify.com/search/Kora%20No%20Link", "https://open.spotify.com/track/xyz"]);
  });
});
