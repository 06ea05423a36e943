import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { generateLexicon } from "@/lib/emotions/lexicon/generate";
import { getLexicon, lookupWord } from "@/lib/emotions/lexicon/lexicon";
import { getVocabulary } from "@/lib/emotions/vocabulary";

describe("generated lexicon", () => {
  it("matches what `npm run lexicon` builds from WordNet, VADER, AFINN-es and our seeds", async () => {
    for (const [name, text] of Object.entries(generateLexicon())) {
      const committed = await readFile(new URL(`../../lib/emotions/lexicon/generated/${name}`, import.meta.url), "utf8");
      expect(committed, `${name} is stale: run npm run lexicon`).toBe(text);
    }
  }, 60_000);

  it("maps WordNet words only to vocabulary terms, with weights in (0, 1]", () => {
    const { byTerm } = getVocabulary();
    const { wordnet } = getLexicon();
    expect(wordnet.exact.size).toBeGreaterThan(500);
    for (const [word, terms] of wordnet.exact) {
      for (const [term, w] of terms) {
        expect(byTerm.has(term), `${word} → ${term}`).toBe(true);
        expect(w).toBeGreaterThan(0);
        expect(w).toBeLessThanOrEqual(1);
      }
    }
  });

  it("gives polarity in both languages, found through stems too", () => {
    const { polarity } = getLexicon();
    expect(lookupWord(polarity.en, "wonderful", "en")).toBeGreaterThan(0);
    expect(lookupWord(polarity.en, "horrible", "en")).toBeLessThan(0);
    expect(lookupWord(polarity.es, "feliz", "es")).toBeGreaterThan(0);
    expect(lookupWord(polarity.es, "odio", "es")).toBeLessThan(0);
    for (const table of [polarity.en, polarity.es]) for (const v of table.exact.values()) expect(Math.abs(v)).toBeLessThanOrEqual(1);
  });
});
