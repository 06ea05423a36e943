import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEmotionList } from "@/lib/llm/parse-emotion-list";

describe("parseEmotionList on the shapes chat models answer in", () => {
  it.each([
    ["a comma list", "sadness, longing, hope"],
    ["a newline list", "sadness\nlonging\r\nhope\n"],
    ["bullets", "- sadness\n* longing\n• hope"],
    ["en-dash bullets", "– sadness\n– longing\n– hope"],
    ["numbering with dots", "1. sadness\n2. longing\n3. hope"],
    ["numbering with parentheses", "1) sadness\n2) longing\n(3) hope"],
    ["an Emotions: prefix", "Emotions: sadness, longing, hope"],
    ["an Emotion list: prefix in capitals", "EMOTION LIST: sadness; longing; hope"],
    ["a Here are the emotions: prefix", "here are the emotions: sadness, longing, hope"],
    ["trailing dots", "sadness.\nlonging.\nhope."],
    ["quotes and backticks", `"sadness", 'longing', \`hope\``],
    ["mixed case", "SADNESS, Longing, hOpE"],
    ["duplicates", "sadness, longing, Sadness, hope, longing."],
    ["a JSON array", '["Sadness", "longing", "hope", "sadness"]'],
    ["a JSON object with emotions", '{"emotions": ["sadness", "Longing", "hope"]}'],
    ["JSON in a code fence", '```json\n{"emotions": ["sadness", "longing", "hope"]}\n```'],
    ["prose around a numbered list", "Sure! Here are the emotions:\n1. Sadness\n2. Longing\n3. Hope\nHope this helps."],
    ["prose around a newline list", "Here is what I hear in the song.\nSadness\nLonging\nHope\nLet me know if you want more."],
    ["markdown bold with descriptions", "1. **Sadness**: the loss of her\n2. **Longing** (for home)\n3. **Hope** - a faint one"],
    ["'and' before the last item", "Sure, here's the list: sadness, longing, and hope."],
  ])("reads %s", (_, text) => {
    expect(parseEmotionList(text)).toEqual(["sadness", "longing", "hope"]);
  });

  it("keeps emotion phrases of up to 3 words, in the order written", () => {
    expect(parseEmotionList("quiet longing, fear of loss, bittersweet")).toEqual(["quiet longing", "fear of loss", "bittersweet"]);
  });

  it("drops prose, over-long or over-wordy items, empty items and items without letters", () => {
    const text = "sadness, a feeling that goes on and on, , 123, ---, ???, supercalifragilisticexpialidociousnessfulness, hope";
    expect(parseEmotionList(text)).toEqual(["sadness", "hope"]);
    expect(parseEmotionList("I hope this helps!")).toEqual([]);
    expect(parseEmotionList("")).toEqual([]);
  });

  it("falls back to the text when the JSON is broken or has no emotions", () => {
    expect(parseEmotionList('["sadness", "hope"')).toEqual(["sadness", "hope"]);
    expect(parseEmotionList("[sadness, hope]")).toEqual(["sadness", "hope"]);
    expect(parseEmotionList('{"emotions": "sadness, hope"}')).toEqual(["sadness", "hope"]);
    expect(parseEmotionList('[1, null, {"a": 2}, "joy"]')).toEqual(["joy"]);
  });

  it("returns at most 20 items", () => {
    const words = Array.from({ length: 30 }, (_, i) => `feeling${String.fromCharCode(97 + (i % 26))}${i}`);
    const out = parseEmotionList(words.join(", "));
    expect(out).toEqual(words.slice(0, 20));
  });

  it("reads only the first 20,000 characters", () => {
    expect(parseEmotionList(`${"joy, ".repeat(3999)}calm, hope`)).toEqual(["joy", "calm"]);
    expect(parseEmotionList(`${" ".repeat(20_000)}hope`)).toEqual([]);
  });

  it("survives inputs that make backtracking parsers crawl", () => {
    const nasty = [" ".repeat(19_999) + "a", ".".repeat(19_999) + "a", "[".repeat(20_000), "{".repeat(20_000), "1.".repeat(10_000), "a:".repeat(10_000), "- ".repeat(10_000), "*".repeat(20_000), "\n".repeat(20_000)];
    for (const text of nasty) expect(parseEmotionList(text).length).toBeLessThanOrEqual(20);
  });

  it("returns [] for a non-string from untyped callers", () => {
    expect(parseEmotionList(undefined as unknown as string)).toEqual([]);
    expect(parseEmotionList(42 as unknown as string)).toEqual([]);
  });
});

const EMOTIONS = ["sadness", "longing", "hope", "joy", "anger", "calm", "nostalgia", "fear", "desire", "pride"] as const;

/** One way a model might write a list of emotions, chosen at random. */
const decoratedArb = fc
  .record({
    emotions: fc.uniqueArray(fc.constantFrom(...EMOTIONS), { minLength: 1, maxLength: 8 }),
    layout: fc.constantFrom("comma", "newline", "bullets", "numbering"),
    bullet: fc.constantFrom("-", "*", "•", "–"),
    numbering: fc.constantFrom((i: number) => `${i}.`, (i: number) => `${i})`, (i: number) => `(${i})`),
    prefix: fc.boolean(),
    trailingDots: fc.boolean(),
    casing: fc.constantFrom("lower", "upper", "mixed"),
    duplicates: fc.boolean(),
    prose: fc.boolean(),
    seed: fc.nat(),
  })
  .map((d) => {
    const cased = (w: string, i: number) =>
      d.casing === "upper" ? w.toUpperCase() : d.casing === "mixed" ? [...w].map((c, j) => ((i + j + d.seed) % 2 ? c.toUpperCase() : c)).join("") : w;
    let items = d.emotions.map((w, i) => cased(w, i) + (d.trailingDots ? "." : ""));
    if (d.duplicates) items = [...items, ...items.slice(0, 1 + (d.seed % items.length)).map((w) => w.toUpperCase())];
    const lines =
      d.layout === "comma" ? [items.join(", ")]
      : d.layout === "newline" ? items
      : d.layout === "bullets" ? items.map((w) => `${d.bullet} ${w}`)
      : items.map((w, i) => `${d.numbering(i + 1)} ${w}`);
    const body = d.prefix ? (d.layout === "comma" ? [`Emotions: ${lines[0]}`] : ["Emotions:", ...lines]) : lines;
    const text = (d.prose ? ["Sure! Here is what I hear in this song:", ...body, "I hope this helps, let me know if you want more."] : body).join("\n");
    return { emotions: d.emotions, text };
  });

describe("parseEmotionList properties", () => {
  it("never throws and returns at most 20 strings, on any string", () => {
    for (const arb of [fc.string({ unit: "binary" }), fc.string(), fc.string({ unit: "binary", maxLength: 2000 })]) {
      fc.assert(
        fc.property(arb, (text) => {
          const out = parseEmotionList(text);
          expect(Array.isArray(out)).toBe(true);
          expect(out.length).toBeLessThanOrEqual(20);
        }),
      );
    }
  });

  it("gives lower-case, trimmed, unique, non-empty items with a letter", () => {
    const listish = fc.array(fc.oneof(fc.string(), fc.constantFrom(...EMOTIONS), fc.constantFrom(", ", "\n", "- ", "1. ", '"', ".", "Emotions: ", " ", "[", "]", "{")), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string(), listish), (text) => {
        const out = parseEmotionList(text);
        expect(new Set(out).size).toBe(out.length);
        for (const item of out) {
          expect(item).toBe(item.toLowerCase());
          expect(item).toBe(item.trim());
          expect(item).not.toBe("");
          expect(item).toMatch(/\p{L}/u);
          expect(item.length).toBeLessThanOrEqual(40);
          expect(item.split(" ").length).toBeLessThanOrEqual(3);
        }
      }),
    );
  });

  it("reads the same emotions however the list is decorated", () => {
    fc.assert(
      fc.property(decoratedArb, ({ emotions, text }) => {
        expect([...parseEmotionList(text)].sort()).toEqual([...emotions].sort());
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent: reading its own comma-joined output gives the same list", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), decoratedArb.map((d) => d.text)), (text) => {
        const once = parseEmotionList(text);
        expect(parseEmotionList(once.join(", "))).toEqual(once);
      }),
    );
  });
});
