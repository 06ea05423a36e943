import type { StemLanguage } from "./lexicon/stem";

const SPANISH_HINTS = new Set(["que", "de", "el", "la", "los", "las", "y", "en", "mi", "tu", "me", "te", "por", "con", "para", "es", "un", "una", "yo", "como", "pero", "se", "lo", "mas", "del", "al", "estoy", "quiero"]);
const ENGLISH_HINTS = new Set(["the", "and", "you", "i", "to", "my", "is", "it", "of", "in", "that", "your", "for", "on", "we", "be", "with", "im", "dont", "this", "are", "was", "feel", "want"]);

/** "es" when folded tokens read as Spanish by their function words, else "en" (also on a tie). */
export function guessLanguage(tokens: readonly string[]): StemLanguage {
  let es = 0;
  let en = 0;
  for (const t of tokens) {
    if (SPANISH_HINTS.has(t)) es++;
    else if (ENGLISH_HINTS.has(t)) en++;
  }
  return es > en ? "es" : "en";
}
