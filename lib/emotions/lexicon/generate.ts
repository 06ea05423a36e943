import { AROUSAL_CUES } from "@/lib/emotions/vocabulary/arousal";
import { EMOTION_TERMS } from "@/lib/emotions/vocabulary-data";
import { arousalExpansion, englishPolarity, spanishPolarity, wordnetExpansion } from "./build";
import { type StemLanguage, stemWord } from "./stem";

/** [word, value] pairs with each word's stem added, so a process does not stem them at start-up. */
function withStems<T>(pairs: [string, T][], language: StemLanguage): [string, T, string][] {
  return pairs.map(([word, value]) => [word, value, word.includes(" ") ? "" : stemWord(word, language)]);
}

/** The generated lexicon files, by file name, as the exact text to commit. */
export function generateLexicon(): Record<string, string> {
  const json = (o: unknown) => `${JSON.stringify(o)}\n`;
  const polarityEn = englishPolarity();
  return {
    "wordnet-en.json": json(withStems(wordnetExpansion(EMOTION_TERMS, Object.fromEntries(polarityEn)), "en")),
    "arousal-en.json": json(withStems(arousalExpansion(AROUSAL_CUES.en), "en")),
    "polarity-en.json": json(withStems(polarityEn, "en")),
    "polarity-es.json": json(withStems(spanishPolarity(), "es")),
  };
}
