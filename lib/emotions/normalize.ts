import { getVocabulary, phraseKey } from "./vocabulary";

export type NormalizeResult =
  | { ok: true; term: string }
  | { ok: false; input: string; reason: "empty" | "unknown" | "not_text" };

// Words people and models wrap around an emotion: "a deep sense of longing", "feeling very sad".
const FILLER = new Set([
  "a", "an", "the", "of", "and", "sense", "feeling", "feelings", "feel", "feels", "felt", "emotion",
  "emotions", "mood", "deep", "deeply", "very", "so", "really", "quite", "little", "bit", "kind",
  "sort", "slight", "slightly", "some", "pure", "overwhelming", "intense", "mild", "extreme", "total",
  "i", "im", "am", "is", "are", "being", "state", "sentimiento", "sensacion", "muy", "un", "una", "poco",
  "de", "la", "el", "estar", "estoy", "me", "siento",
]);

// English derivational endings tried in order when a word is not in the vocabulary as written.
const SUFFIXES: [string, string][] = [
  ["iness", "y"], ["ness", ""], ["ful", ""], ["fully", ""], ["ly", ""], ["ed", ""], ["ed", "e"],
  ["ing", ""], ["ing", "e"], ["ies", "y"], ["es", ""], ["s", ""], ["ic", "ia"], ["ous", ""],
];

const MAX_INPUT = 200;

function lookupWithSuffixes(key: string): string | undefined {
  const { lookup } = getVocabulary();
  const direct = lookup.get(key);
  if (direct) return direct;
  if (key.includes(" ")) return undefined;
  for (const [suffix, replacement] of SUFFIXES) {
    if (key.length > suffix.length + 2 && key.endsWith(suffix)) {
      const found = lookup.get(key.slice(0, -suffix.length) + replacement);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Maps any emotion word or phrase ("Betrayed", "heartbroken!", "a deep sense of longing", "tristeza")
 * to its canonical vocabulary term, or says why it cannot. Idempotent on its output; never throws.
 */
export function normalizeEmotion(input: unknown): NormalizeResult {
  if (typeof input !== "string") return { ok: false, input: typeof input, reason: "not_text" };
  const key = phraseKey(input.slice(0, MAX_INPUT));
  if (key === "") return { ok: false, input, reason: "empty" };
  const whole = lookupWithSuffixes(key);
  if (whole) return { ok: true, term: whole };
  const words = key.split(" ").filter((w) => !FILLER.has(w));
  const stripped = words.join(" ");
  const found = stripped === "" ? undefined : lookupWithSuffixes(stripped);
  if (found) return { ok: true, term: found };
  // "heartbroken teenager": take the first word that is an emotion on its own.
  for (const w of words) {
    const term = lookupWithSuffixes(w);
    if (term) return { ok: true, term };
  }
  return { ok: false, input, reason: "unknown" };
}

/** Normalises a list and keeps the first occurrence of each canonical term, in order. */
export function normalizeEmotions(inputs: readonly unknown[]): { terms: string[]; unknown: string[] } {
  const terms: string[] = [];
  const unknown: string[] = [];
  for (const input of inputs) {
    const r = normalizeEmotion(input);
    if (r.ok) {
      if (!terms.includes(r.term)) terms.push(r.term);
    } else if (r.reason === "unknown") unknown.push(r.input);
  }
  return { terms, unknown };
}
