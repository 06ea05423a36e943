import { describe, expect, it } from "vitest";
import { affectOf } from "@/lib/emotions/affect";
import { createOfflineEngine, readEvidence } from "@/lib/emotions/engine";
import { getLexicon } from "@/lib/emotions/lexicon/lexicon";
import { stemWord } from "@/lib/emotions/lexicon/stem";
import { lyricLines } from "@/lib/emotions/text";
import { getVocabulary } from "@/lib/emotions/vocabulary";
import { familyOf, meanValence } from "@/tests/helpers/families";

const engine = createOfflineEngine();
const vocab = getVocabulary();
const terms = (text: string) => [...readEvidence(text).terms.keys()];

// Lines written for these tests.
const CLEAN = `I walked the empty streets since you said goodbye
Every window dark, every song a lonely cry
Your letters wait in a box I never open
Tonight the rain agrees my heart is broken`;

describe("engine v2: stems in English and Spanish", () => {
  it("stems inflections to one stem per language", () => {
    expect(stemWord("crying", "en")).toBe(stemWord("cries", "en"));
    expect(stemWord("betrayal", "en")).not.toBe(stemWord("betrayal", "es"));
    expect(stemWord("tristeza", "es")).toBe(stemWord("tristezas", "es"));
    expect(stemWord("abandonada", "es")).toBe(stemWord("abandonado", "es"));
  });

  it("finds a cue through an inflection the vocabulary does not list", () => {
    for (const [word, term] of [["tristezas", "sadness"], ["desesperadamente", "desperation"], ["abandonadas", "abandonment"]] as const) {
      expect(vocab.lookup.has(word), word).toBe(false);
      expect(terms(`y ahora con ${word} en la voz`), word).toContain(term);
    }
  });

  it("does not let a short stem cross languages ('page' is not 'pagar')", () => {
    expect(terms("the table is brown, the window is square, numbers on a page")).toEqual([]);
  });
});

describe("engine v2: WordNet expansion", () => {
  it("reads words that only WordNet relates to a term, weaker than the term's own words", () => {
    const { wordnet } = getLexicon();
    for (const [word, term] of [["woebegone", "sorrow"], ["infuriated", "anger"]] as const) {
      expect(vocab.lookup.has(word)).toBe(false);
      expect(wordnet.exact.get(word)?.map(([t]) => t)).toContain(term);
      const ev = readEvidence(`she looked ${word}`).terms;
      expect(ev.get(term)).toBeGreaterThan(0);
      expect(ev.get(term)).toBeLessThan(readEvidence(`she looked ${term}`).terms.get(term) ?? 1);
    }
  });

  it("never expands everyday words ('want', 'kind', 'great')", () => {
    expect(terms("I want to go")).toEqual([]);
    expect(readEvidence("a kind of place").terms.has("compassion")).toBe(false);
  });
});

describe("engine v2: scraped junk", () => {
  it("drops section headers and site furniture", () => {
    const junk = `[Verse 1]\n${CLEAN.split("\n").slice(0, 2).join("\n")}\nYou might also like\n[Chorus]\n${CLEAN.split("\n").slice(2).join("\n")}42Embed`;
    expect(lyricLines(junk)).toEqual(CLEAN.split("\n"));
  });

  it("tags the same with headers, junk or flattened line breaks", () => {
    const clean = engine.tagLyrics(CLEAN).emotions;
    const junk = engine.tagLyrics(`[Intro]\n${CLEAN}\nYou might also like\n3 Contributors\n12Embed`).emotions;
    const flat = engine.tagLyrics(CLEAN.replace(/\n/g, " ")).emotions;
    expect(junk).toEqual(clean);
    expect(flat.slice(0, 4).sort()).toEqual(clean.slice(0, 4).sort());
  });

  it("splits a flattened lyric back into lines so a repeated chorus still counts with diminishing weight", () => {
    const chorus = "Hold me close tonight, I am lonely without you";
    const lines = [...CLEAN.split("\n"), chorus, chorus, chorus];
    const flat = lines.join(" ");
    expect(flat.length).toBeGreaterThan(160);
    expect(lyricLines(flat)).toEqual(lines);
    expect(readEvidence(flat).terms).toEqual(readEvidence(lines.join("\n")).terms);
  });
});

describe("engine v2: song-level valence and arousal", () => {
  it("places joyful, furious, grieving and calm lyrics in their quadrants", () => {
    const at = (text: string) => affectOf(readEvidence(text))!;
    const joy = at("We dance all night, laughing, so happy together\nsunshine and celebration, life is wonderful");
    const rage = at("I hate you, I scream, I want to smash the walls\nblood and fire, kill the lies, rage and fury");
    const grief = at("I cried at your grave, so lonely since you died\nempty rooms and tears, I miss you every day");
    const calm = at("Slowly drifting on a quiet lake\nsoft breeze, gentle light, peaceful and still");
    expect(joy.valence).toBeGreaterThan(0);
    expect(rage.valence).toBeLessThan(0);
    expect(rage.arousal).toBeGreaterThan(0);
    expect(grief.valence).toBeLessThan(0);
    expect(calm.arousal).toBeLessThan(rage.arousal);
    expect(calm.valence).toBeGreaterThan(grief.valence);
  });

  it("fills the 8 tags from the song's quadrant when few emotions are named", () => {
    const r = engine.tagLyrics("I hate you, I scream, I want to smash the walls\nblood and fire, kill the lies");
    expect(r.emotions).toHaveLength(8);
    expect(new Set(r.emotions).size).toBe(8);
    expect(meanValence(r.emotions)).toBeLessThan(0);
  });
});

describe("engine v2: mood sentences", () => {
  it("reads determination in 'Nothing can stop me, I'm ready to win'", () => {
    const r = engine.readMood("Nothing can stop me, I'm ready to win");
    expect(r.noEmotion).toBe(false);
    expect(r.emotions.some((e) => familyOf(e) === "power" || familyOf(e) === "joyful_activation")).toBe(true);
  });

  it("reads 'not so sad' as less sadness, not relief", () => {
    const softened = readEvidence("not so sad").terms;
    expect(softened.get("sadness")).toBeGreaterThan(0);
    expect(softened.get("sadness")).toBeLessThan(readEvidence("sad").terms.get("sadness")!);
    expect(softened.has("relief")).toBe(false);
    expect(readEvidence("no tan triste").terms.has("relief")).toBe(false);
    // A plain negation still flips: "not sad" is relief.
    expect(readEvidence("not sad").terms.has("relief")).toBe(true);
  });

  it("reads 'extraño a mi abuela' as grief and longing for family, not romance", () => {
    const r = engine.readMood("extraño a mi abuela");
    expect(r.emotions).toContain("grief");
    expect(r.emotions).toContain("longing");
    for (const e of ["romance", "love", "desire", "infatuation"]) expect(r.emotions).not.toContain(e);
    expect(engine.readMood("I miss my grandfather").emotions).toContain("grief");
  });

  it("does not read intention as desire ('I want to cry')", () => {
    expect(engine.readMood("I'm sad and I want to cry").emotions).toEqual(["sadness"]);
    expect(engine.readMood("me siento solo y con ganas de llorar").emotions).not.toContain("anticipation");
  });
});

describe("engine v2: hostile input", () => {
  it("reads a long pathological line in linear time and never throws", () => {
    const spaced = `x${" ".repeat(99_990)}xembed`;
    const started = performance.now();
    expect(() => engine.tagLyrics(spaced)).not.toThrow();
    expect(() => engine.readMood(spaced.slice(0, 2_000))).not.toThrow();
    expect(() => engine.tagLyrics("la ".repeat(300_000))).not.toThrow();
    // Generous: the backtracking version took over a second on 2,000 characters alone.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("strips the page's trailing 'Embed' and a glued 'You might also like', and keeps real words", () => {
    expect(lyricLines("the last line I sing12Embed")).toEqual(["the last line I sing"]);
    expect(lyricLines("first line\nYou might also likeThe next line")).toEqual(["first line", "The next line"]);
    expect(lyricLines("words I never embed\nI wrote these lyrics")).toEqual(["words I never embed", "I wrote these lyrics"]);
  });
});
