import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEmotionList } from "@/lib/llm/parse-emotion-list";

const WORDS = ["sadness", "longing", "hope", "joy", "anger", "calm", "nostalgia", "fear", "desire", "pride"] as const;

// Ways a model decorates the same list.
const STYLES: ((items: string[]) => string)[] = [
  (xs) => xs.join(", "),
  (xs) => xs.join("\n"),
  (xs) => xs.map((x) => `- ${x}`).join("\n"),
  (xs) => xs.map((x) => `• ${x}`).join("\n"),
  (xs) => xs.map((x, i) => `${i + 1}. ${x}`).join("\n"),
  (xs) => xs.map((x, i) => `${i + 1}) ${x}.`).join("\n"),
  (xs) => `Emotions: ${xs.join(", ")}.`,
  (xs) => `Sure! Here are the emotions:\n${xs.map((x, i) => `${i + 1}. ${x}`).join("\n")}\nHope this helps!`,
  (xs) => JSON.stringify(xs),
  (xs) => JSON.stringify({ emotions: xs }),
];

describe("parseEmotionList", () => {
  it("reads the common shapes of an answer", () => {
    expect(parseEmotionList("Sadness, Longing, hope.")).toEqual(["sadness", "longing", "hope"]);
    expect(parseEmotionList("Here are the emotions:\n1. Sadness\n2. Longing\nLet me know if you need more!")).toEqual(["sadness", "longing"]);
    expect(parseEmotionList("* `joy`\n* \"anger\"\n* calm")).toEqual(["joy", "anger", "calm"]);
    expect(parseEmotionList('{"emotions": ["Fear", "fear", "Pride"]}')).toEqual(["fear", "pride"]);
    expect(parseEmotionList("")).toEqual([]);
  });

  it("parses the same set whatever the decoration, case and duplicates", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }),
        fc.nat({ max: STYLES.length - 1 }),
        fc.constantFrom("lower", "upper", "title"),
        fc.boolean(),
        (words, style, casing, duplicate) => {
          const cased = words.map((w) => (casing === "upper" ? w.toUpperCase() : casing === "title" ? w[0]!.toUpperCase() + w.slice(1) : w));
          const items = duplicate ? [...cased, cased[0]!] : cased;
          expect([...parseEmotionList(STYLES[style]!(items))].sort()).toEqual([...words].sort());
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never throws and returns bounded, lower-case, unique, trimmed items", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ maxLength: 30000 })), (text) => {
        const out = parseEmotionList(text);
        expect(out.length).toBeLessThanOrEqual(20);
        expect(new Set(out).size).toBe(out.length);
        for (const item of out) {
          expect(item).toBe(item.trim().toLowerCase());
          expect(item.length).toBeGreaterThan(0);
          expect(item.length).toBeLessThanOrEqual(40);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
