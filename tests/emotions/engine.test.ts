import { describe, expect, it } from "vitest";
import { collectEvidence, createOfflineEngine } from "@/lib/emotions/engine";
import { getVocabulary } from "@/lib/emotions/vocabulary";
import { familyOf, meanValence, shareIn } from "@/tests/helpers/families";

const engine = createOfflineEngine();
const vocab = getVocabulary();

const SAD_EN = `I keep crying in the dark since you walked away
My heart is broken and the tears won't stop
Lonely nights, an empty bed, I miss you every day`;
const SAD_ES = `Lloro en la oscuridad desde que te fuiste
Tengo el corazón roto y las lágrimas no paran
Noches de soledad, te extraño cada día`;
const PARTY = `Turn it up, we're dancing all night long
Hands in the air, this party never ends
Feel the rhythm, feel alive, celebrate tonight`;

describe("offline engine: lyrics", () => {
  it("gives exactly 8 distinct vocabulary terms, deterministically", () => {
    for (const lyrics of [SAD_EN, SAD_ES, PARTY]) {
      const a = engine.tagLyrics(lyrics);
      expect(a.emotions).toHaveLength(8);
      expect(new Set(a.emotions).size).toBe(8);
      for (const e of a.emotions) expect(vocab.byTerm.has(e)).toBe(true);
      expect(engine.tagLyrics(lyrics)).toEqual(a);
    }
  });

  it("reads English and Spanish heartbreak as sad, and a party as joyful", () => {
    const en = engine.tagLyrics(SAD_EN).emotions.slice(0, 4);
    const es = engine.tagLyrics(SAD_ES).emotions.slice(0, 4);
    expect(shareIn(en, ["sadness"])).toBeGreaterThanOrEqual(0.75);
    expect(shareIn(es, ["sadness"])).toBeGreaterThanOrEqual(0.75);
    expect(meanValence(en)).toBeLessThan(-0.4);
    const party = engine.tagLyrics(PARTY).emotions.slice(0, 4);
    expect(shareIn(party, ["joyful_activation"])).toBeGreaterThanOrEqual(0.5);
    expect(meanValence(party)).toBeGreaterThan(0.4);
  });

  it("handles negation in English and Spanish", () => {
    expect(meanValence(engine.readMood("I am happy").emotions)).toBeGreaterThan(0.3);
    const notHappy = engine.readMood("I am not happy");
    expect(notHappy.emotions.every((e) => (vocab.byTerm.get(e)?.valence ?? 0) < 0)).toBe(true);
    expect(notHappy.noEmotion).toBe(false);
    const sad = engine.readMood("estoy triste");
    expect(familyOf(sad.emotions[0]!)).toBe("sadness");
    const noLonger = engine.readMood("ya no estoy triste");
    expect(noLonger.emotions.some((e) => familyOf(e) === "sadness")).toBe(false);
  });

  it("does not treat 'can't stop crying' as a negation", () => {
    const r = engine.readMood("I can't stop crying");
    expect(familyOf(r.emotions[0]!)).toBe("sadness");
  });

  it("counts a repeated chorus line with diminishing weight", () => {
    const once = collectEvidence("I'm so lonely tonight\nthe city lights are on");
    const six = collectEvidence(`${"I'm so lonely tonight\n".repeat(6)}the city lights are on`);
    const term = [...once.keys()][0]!;
    const ratio = six.get(term)! / once.get(term)!;
    expect(ratio).toBeGreaterThan(1);
    expect(ratio).toBeLessThan(2);
  });

  it("intensifiers raise the evidence, diminishers lower it", () => {
    const plain = collectEvidence("I am sad").get("sadness")!;
    expect(collectEvidence("I am very sad").get("sadness")!).toBeGreaterThan(plain);
    expect(collectEvidence("I am a little sad").get("sadness")!).toBeLessThan(plain);
  });

  it("returns fewer than 8 only when there is no evidence, and says so", () => {
    const none = engine.tagLyrics("The table is brown\nthe window is square\nnumbers on a page");
    expect(none.emotions).toEqual([]);
    expect(none.note).toMatch(/no emotional evidence/);
    const thin = engine.tagLyrics("tears");
    expect(thin.emotions).toHaveLength(8);
    expect(thin.direct).toBeLessThan(8);
    expect(thin.note).toMatch(/inferred/);
  });
});

describe("offline engine: mood sentences", () => {
  it("reads 1-8 ranked emotions", () => {
    const r = engine.readMood("I'm heartbroken and can't sleep");
    expect(r.emotions.length).toBeGreaterThanOrEqual(2);
    expect(r.emotions.length).toBeLessThanOrEqual(8);
    expect(r.emotions).toContain("heartbreak");
    expect(r.emotions.some((e) => ["insomnia", "restlessness"].includes(e))).toBe(true);
  });

  it("reads Spanish", () => {
    const r = engine.readMood("¡hoy quiero bailar toda la noche!");
    expect(shareIn(r.emotions, ["joyful_activation"])).toBeGreaterThanOrEqual(0.5);
    const happy = engine.readMood("estoy feliz y quiero bailar");
    expect(meanValence(happy.emotions)).toBeGreaterThan(0.4);
  });

  it("says 'no emotion found' instead of guessing", () => {
    const r = engine.readMood("What time does the train leave on Tuesday?");
    expect(r).toEqual({ emotions: [], noEmotion: true });
  });
});
