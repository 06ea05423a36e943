import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanLyrics, isInstrumental } from "@/lib/emotions/lyrics-clean";

const LYRIC = "Hey Jude, don't make it bad";

describe("cleanLyrics: junk kinds", () => {
  it.each([
    ["[Chorus]"],
    ["[Verse 2]"],
    ["[Bridge: Paul McCartney]"],
    ["[Intro]"],
    ["[Pre-Chorus: Daddy Yankee & Luis Fonsi]"],
    ["(Chorus)"],
    ["(Verse 2)"],
    ["(Bridge: Artist)"],
    ["(Repeat Chorus)"],
    ["(Chorus x2)"],
    ["You might also like"],
    ["you might also LIKE"],
    ["Embed"],
    ["123Embed"],
    ["14 Contributors"],
    ["1 Contributor"],
    ["Translations"],
    ["TranslationsEnglishEspañolDeutsch"],
    ["Translations English, Русский, 日本語"],
    ["See The Beatles Live"],
    ["Get tickets as low as $93"],
    ["See Taylor Swift LiveGet tickets as low as $238You might also like"],
  ])("drops the line %j", (junk) => {
    expect(cleanLyrics(`${LYRIC}\n${junk}\nTake a sad song`)).toBe(`${LYRIC}\nTake a sad song`);
  });

  it("keeps sung lines in parentheses and lines that merely mention a junk word", () => {
    const text = "(Oh, oh, oh)\n(Bridge over troubled water)\nYou might also like to dance\nTranslations of my heart";
    expect(cleanLyrics(text)).toBe(text);
  });

  it("drops a first '<Title> Lyrics' line, including Genius' glued header, but not a later one", () => {
    expect(cleanLyrics("Hey Jude Lyrics\nHey Jude")).toBe("Hey Jude");
    expect(cleanLyrics("12 ContributorsTranslationsEnglishHey Jude Lyrics\nHey Jude")).toBe("Hey Jude");
    expect(cleanLyrics("Hey Jude\nI sing these Lyrics")).toBe("Hey Jude\nI sing these Lyrics");
  });

  it("drops the language list under a Translations header", () => {
    expect(cleanLyrics("Translations\nEnglish\nEspañol\nPortuguês\nHola amigo\nEnglish")).toBe("Hola amigo\nEnglish");
  });

  it("strips an Embed glued onto the last line, however many", () => {
    expect(cleanLyrics("Na na na\nHey Jude42Embed")).toBe("Na na na\nHey Jude");
    expect(cleanLyrics("Hey Jude 3Embed 4Embed\n\n")).toBe("Hey Jude");
    expect(cleanLyrics("Hey Jude\n[Outro]12Embed")).toBe("Hey Jude");
    expect(cleanLyrics("Embed is a word\nHey Jude")).toBe("Embed is a word\nHey Jude");
  });

  it("strips 'You might also like' glued onto the next lyric line", () => {
    expect(cleanLyrics("Na na\nYou might also likeTake a sad song")).toBe("Na na\nTake a sad song");
    expect(cleanLyrics("Na na\nYou might also like[Chorus]\nHey")).toBe("Na na\nHey");
  });
});

describe("cleanLyrics: whitespace and scripts", () => {
  it("trims lines, collapses spaces and tabs, keeps at most one blank line, converts CRLF", () => {
    const text = "\r\n\r\n  Hey   Jude,\t\tdon't  \r\n\r\n\r\n\r\n[Chorus]\r\n\r\nTake a sad song \n\n\n";
    expect(cleanLyrics(text)).toBe("Hey Jude, don't\n\nTake a sad song");
  });

  it("leaves Japanese, Cyrillic, Arabic and emoji untouched", () => {
    const text = "夜に駆ける　君と\nПусть всегда будет солнце\nحبيبي يا نور العين\n👩‍👩‍👧 🔥🎶";
    expect(cleanLyrics(`[Verse 1: YOASOBI]\n${text}\n5Embed`)).toBe(text);
  });

  it("returns an empty string for pure junk", () => {
    expect(cleanLyrics("Song Lyrics\n[Intro]\n\nYou might also like\n3Embed")).toBe("");
    expect(cleanLyrics("")).toBe("");
  });
});

describe("isInstrumental", () => {
  it.each(["[Instrumental]", "Instrumental", "(instrumental)", "♪ Instrumental ♪", "INSTRUMENTAL", "[Intro]\n[Instrumental]\n"])(
    "is true for %j",
    (text) => expect(isInstrumental(text)).toBe(true),
  );

  it.each([null, undefined, "", "[Instrumental Break]", "Instrumental love song\nla la", "Hey Jude"])(
    "is false for %j",
    (text) => expect(isInstrumental(text)).toBe(false),
  );
});

const JUNK = [
  "[Chorus]", "[Verse 2: Artist]", "(Chorus)", "(Intro)", "You might also like", "Embed", "123Embed",
  "14 Contributors", "1 Contributor", "Song Lyrics", "Translations", "English", "EspañolDeutsch",
  "See Artist Live", "Get tickets as low as $42", "[Instrumental]", "Instrumental", "♪", "You might also like",
];
const LYRICS = ["Hey Jude", "夜に駆ける", "Пусть всегда", "حبيبي", "🔥 🎶", "(Oh, oh)", "I sing Lyrics", "na na"];
const GLUE = ["\n", "\r\n", "\r", "\n\n", "  ", "\t", "", "42", "Embed", " Lyrics"];

const lyricsPage = fc
  .array(fc.tuple(fc.constantFrom(...JUNK, ...LYRICS), fc.constantFrom(...GLUE), fc.string({ maxLength: 3 })), {
    maxLength: 40,
  })
  .map((parts) => parts.map(([line, glue, noise]) => line + noise + glue).join(""));

const inputs = [
  ["fc.string()", fc.string()],
  ['fc.string({ unit: "binary" })', fc.string({ unit: "binary" })],
  ["junk and lyric lines", lyricsPage],
] as const;

describe("cleanLyrics: properties", () => {
  for (const [name, arbitrary] of inputs) {
    it(`is idempotent, never longer and never throws on ${name}`, () => {
      fc.assert(
        fc.property(arbitrary, (text) => {
          const once = cleanLyrics(text);
          expect(once.length).toBeLessThanOrEqual(text.length);
          expect(cleanLyrics(once)).toBe(once);
          expect(once).not.toMatch(/\r|\n\n\n|^\s|\s$/);
          expect(() => isInstrumental(text)).not.toThrow();
        }),
        { numRuns: 500 },
      );
    });
  }

  it("cleans a 5 MB page of repeated junk and text in one pass", () => {
    const block = "[Chorus]\r\nHey   Jude\t\tdon't\n\n\n\nYou might also like\n(Oh, oh)\n12 Contributors\nSee A Live\n";
    const huge = block.repeat(Math.ceil((5 * 1024 * 1024) / block.length));
    const cleaned = cleanLyrics(huge);
    expect(cleaned.startsWith("Hey Jude don't\n\n(Oh, oh)\nHey Jude")).toBe(true);
    const oneLine = `See ${"Embed".repeat(1_000_000)}`;
    expect(cleanLyrics(oneLine)).toBe("See");
    expect(cleanLyrics(`Translations${"English".repeat(700_000)}`)).toBe("");
  });
});
