import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeEmotion, normalizeEmotions } from "@/lib/emotions/normalize";
import { getVocabulary } from "@/lib/emotions/vocabulary";

const vocab = getVocabulary();
const terms = vocab.terms.map((t) => t.term);

function term(input: string): string | undefined {
  const r = normalizeEmotion(input);
  return r.ok ? r.term : undefined;
}

describe("normalizeEmotion", () => {
  it("folds derivative forms to their canonical term", () => {
    expect(term("betrayed")).toBe("betrayal");
    expect(term("Betraying")).toBe("betrayal");
    expect(term("nostalgic")).toBe("nostalgia");
    expect(term("sad")).toBe("sadness");
    expect(term("saddened")).toBe("sadness");
    expect(term("heartbroken")).toBe("heartbreak");
    expect(term("  LONELY!! ")).toBe("loneliness");
  });

  it("maps every canonical term to itself and every form to its term", () => {
    for (const t of vocab.terms) {
      expect(term(t.term)).toBe(t.term);
      for (const f of t.forms) expect(term(f), f).toBe(t.term);
    }
  });

  it("reads phrases with filler words and Spanish words", () => {
    expect(term("a deep sense of longing")).toBe(term("longing"));
    expect(term("feeling very sad")).toBe("sadness");
    expect(term("tristeza")).toBe("sadness");
    expect(term("betrayals")).toBe("betrayal");
  });

  it("reports unknown words instead of guessing", () => {
    expect(normalizeEmotion("carburettor")).toMatchObject({ ok: false, reason: "unknown" });
    expect(normalizeEmotion("   ")).toMatchObject({ ok: false, reason: "empty" });
    expect(normalizeEmotion(42)).toMatchObject({ ok: false, reason: "not_text" });
  });

  it("never throws and always answers a vocabulary term or a reason (any input)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.anything()), (input) => {
        const r = normalizeEmotion(input);
        if (r.ok) expect(terms).toContain(r.term);
        else expect(["empty", "unknown", "not_text"]).toContain(r.reason);
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent: normalising a result gives the same term", () => {
    const emotionish = fc.oneof(
      fc.constantFrom(...terms, ...vocab.terms.flatMap((t) => t.forms)),
      fc.string(),
    );
    const decorated = fc.tuple(emotionish, fc.constantFrom("", " ", "!", "feeling ", "VERY "), fc.boolean()).map(
      ([w, extra, upper]) => (upper ? (extra + w).toUpperCase() : extra + w),
    );
    fc.assert(
      fc.property(decorated, (input) => {
        const first = normalizeEmotion(input);
        if (!first.ok) return;
        expect(normalizeEmotion(first.term)).toEqual(first);
      }),
      { numRuns: 3000 },
    );
  });

  it("deduplicates a list by canonical term, keeping order", () => {
    const r = normalizeEmotions(["Betrayed", "betrayal", "sad", "carburettor", "sadness"]);
    expect(r.terms).toEqual(["betrayal", "sadness"]);
    expect(r.unknown).toEqual(["carburettor"]);
  });
});
