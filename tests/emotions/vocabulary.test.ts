import { describe, expect, it } from "vitest";
import { EMOTION_FAMILIES } from "@/lib/emotions/types";
import { getVocabulary, phraseKey } from "@/lib/emotions/vocabulary";

const vocab = getVocabulary();

describe("emotion vocabulary", () => {
  it("has 100-160 canonical terms over all nine GEMS families", () => {
    expect(vocab.terms.length).toBeGreaterThanOrEqual(100);
    expect(vocab.terms.length).toBeLessThanOrEqual(160);
    for (const f of EMOTION_FAMILIES) expect(vocab.terms.filter((t) => t.family === f).length, f).toBeGreaterThanOrEqual(5);
  });

  it("gives every term valence/arousal in range and English and Spanish cues", () => {
    for (const t of vocab.terms) {
      expect(Math.abs(t.valence), t.term).toBeLessThanOrEqual(1);
      expect(Math.abs(t.arousal), t.term).toBeLessThanOrEqual(1);
      expect(t.en.length, `${t.term} en`).toBeGreaterThan(0);
      expect(t.es.length, `${t.term} es`).toBeGreaterThan(0);
    }
  });

  it("has no term that is a derivative of another, and no form claimed twice", () => {
    const names = new Set(vocab.terms.map((t) => phraseKey(t.term)));
    const owner = new Map<string, string>();
    for (const t of vocab.terms) {
      for (const f of t.forms) {
        const key = phraseKey(f);
        expect(names.has(key), `${f} is a term and a form of ${t.term}`).toBe(false);
        expect(owner.get(key) ?? t.term, `${f} under ${owner.get(key)} and ${t.term}`).toBe(t.term);
        owner.set(key, t.term);
      }
    }
  });

  it("links related and opposite terms only to terms that exist", () => {
    for (const t of vocab.terms) {
      for (const r of t.related) expect(vocab.byTerm.has(r), `${t.term} → ${r}`).toBe(true);
      if (t.opposite) expect(vocab.byTerm.has(t.opposite), `${t.term} ⇄ ${t.opposite}`).toBe(true);
    }
  });
});
