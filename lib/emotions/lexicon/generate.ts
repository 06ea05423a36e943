import { AROUSAL_CUES } from "@/lib/emotions/vocabulary/arousal";
import { EMOTION_TERMS } from "@/lib/emotions/vocabulary-data";
import { arousalExpansion, englishPolarity, spanishPolarity, wordnetExpansion } from "./build";

/** The generated lexicon files, by file name, as the exact text to commit. */
export function generateLexicon(): Record<string, string> {
  const json = (o: unknown) => `${JSON.stringify(o)}\n`;
  const polarityEn = englishPolarity();
  return {
    "wordnet-en.json": json(wordnetExpansion(EMOTION_TERMS, Object.fromEntries(polarityEn))),
    "arousal-en.json": json(arousalExpansion(AROUSAL_CUES.en)),
    "polarity-en.json": json(polarityEn),
    "polarity-es.json": json(spanishPolarity()),
  };
}
