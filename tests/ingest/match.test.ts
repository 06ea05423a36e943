import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MATCH_THRESHOLD, matchSong, normalizeArtist, normalizeTitle, similarity } from "@/lib/ingest/match";

describe("normalizeTitle", () => {
  it.each([
    ["Hey Jude - Remastered 2011", "hey jude"],
    ["Here Comes the Sun - 2019 Remaster", "here comes the sun"],
    ["Yesterday (Live)", "yesterday"],
    ["Yesterday (Live at the Hollywood Bowl)", "yesterday"],
    ["Yesterday - Live", "yesterday"],
    ["Despacito - Remix", "despacito"],
    ["Despacito (Major Lazer Remix)", "despacito"],
    ["Shape of You (Radio Edit)", "shape of you"],
    ["Heroes - Single Version", "heroes"],
    ["Wonderwall (Acoustic)", "wonderwall"],
    ["Despacito (feat. Justin Bieber)", "despacito"],
    ["Despacito [ft. Justin Bieber]", "despacito"],
    ["Despacito - featuring Justin Bieber", "despacito"],
    ["Despacito feat. Justin Bieber", "despacito"],
    ["I Don't Care (with Justin Bieber)", "i dont care"],
    ["Let It Go - From \"Frozen\"/Soundtrack Version", "let it go"],
    ["Canción", "cancion"],
    ["Señorita", "senorita"],
    ["(I Can't Get No) Satisfaction", "i cant get no satisfaction"],
    ["Rock & Roll", "rock and roll"],
    ["Sgt. Pepper's Lonely Hearts Club Band - Reprise", "sgt peppers lonely hearts club band reprise"],
    ["Live Forever", "live forever"],
    ["夜に駆ける", "夜に駆ける"],
    ["(Live)", "live"],
  ])("%j → %j", (title, expected) => {
    expect(normalizeTitle(title)).toBe(expected);
  });
});

describe("normalizeArtist", () => {
  it.each([
    ["The Beatles", "beatles"],
    ["Luis Fonsi, Daddy Yankee", "luis fonsi"],
    ["Luis Fonsi & Daddy Yankee", "luis fonsi"],
    ["Luis Fonsi feat. Justin Bieber", "luis fonsi"],
    ["Luis Fonsi ft. Justin Bieber", "luis fonsi"],
    ["Beyoncé (feat. JAY-Z)", "beyonce"],
    ["Lil Nas X x Billy Ray Cyrus", "lil nas x"],
    ["Sigur Rós", "sigur ros"],
    ["!!!", "!!!"],
  ])("%j → %j", (artist, expected) => {
    expect(normalizeArtist(artist)).toBe(expected);
  });
});

describe("similarity", () => {
  it("is 1 for equal strings, 0 for disjoint ones, and folds accents", () => {
    expect(similarity("hey jude", "hey jude")).toBe(1);
    expect(similarity("abc", "xyz")).toBe(0);
    expect(similarity("Canción", "cancion")).toBe(1);
    expect(similarity("yesterday", "yesterdays")).toBeCloseTo(0.9);
  });

  it("stays in [0, 1], is symmetric, and handles long input", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(b, a)).toBe(s);
        expect(similarity(a, a)).toBe(1);
      }),
    );
    expect(similarity("a".repeat(100_000), "b".repeat(100_000))).toBe(0);
  });
});

describe("matchSong", () => {
  it("rejects the same title by another artist, saying why", () => {
    const result = matchSong({ title: "Yesterday", artist: "The Beatles" }, { title: "Yesterday", artist: "Leona Lewis" });
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/^artist "beatles" ≠ "leona lewis" \(0\.\d\d\)$/);
    expect(result.score).toBeLessThan(MATCH_THRESHOLD);
  });

  it("rejects another title by the same artist", () => {
    const result = matchSong({ title: "Hey Jude", artist: "The Beatles" }, { title: "Let It Be", artist: "The Beatles" });
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/^title "hey jude" ≠ "let it be" \(0\.\d\d\)$/);
  });

  it.each([
    [{ title: "Hey Jude - Remastered 2015", artist: "The Beatles" }, { title: "Hey Jude", artist: "Beatles" }],
    [
      { title: "Despacito (feat. Justin Bieber) - Remix", artist: "Luis Fonsi, Daddy Yankee" },
      { title: "Despacito", artist: "Luis Fonsi" },
    ],
    [{ title: "Canción", artist: "Jesse & Joy" }, { title: "Cancion", artist: "Jesse & Joy" }],
    [{ title: "Despacito", artist: "Daddy Yankee & Luis Fonsi" }, { title: "Despacito", artist: "Luis Fonsi" }],
  ])("accepts %j as %j", (wanted, found) => {
    expect(matchSong(wanted, found)).toEqual({ ok: true, score: 1 });
  });

  it("accepts a small typo but reports a score below 1", () => {
    const result = matchSong({ title: "Bohemian Rhapsody", artist: "Queen" }, { title: "Bohemian Rapsody", artist: "Queen" });
    expect(result.ok).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(result.score).toBeLessThan(1);
  });

  it("never throws and keeps the score in [0, 1]", () => {
    const song = fc.record({ title: fc.string({ unit: "binary" }), artist: fc.string({ unit: "binary" }) });
    fc.assert(
      fc.property(song, song, (wanted, found) => {
        const { ok, score } = matchSong(wanted, found);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(ok).toBe(score >= MATCH_THRESHOLD);
      }),
    );
  });
});
