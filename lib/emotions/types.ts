/** The nine GEMS music-emotion families (Zentner, Grandjean & Scherer, 2008). */
export const EMOTION_FAMILIES = [
  "wonder",
  "transcendence",
  "tenderness",
  "nostalgia",
  "peacefulness",
  "power",
  "joyful_activation",
  "tension",
  "sadness",
] as const;

export type EmotionFamily = (typeof EMOTION_FAMILIES)[number];

/**
 * One canonical emotion of our vocabulary, as written in vocabulary-data.ts.
 *
 * Cue syntax (en / es lists): lower-case words or phrases. Accents are ignored when matching
 * ("corazon" matches "corazón"). A word ending in `*` is a prefix ("llor*" matches llorar, lloro,
 * llorando); the part before `*` must be at least 4 letters. A phrase is several words separated by
 * spaces and matches those tokens in order ("cant sleep", "no puedo dormir"); apostrophes are dropped
 * before matching, so write "cant", "dont", "im".
 */
export interface EmotionTermData {
  /** Canonical English noun, lower case, e.g. "sadness", "betrayal", "nostalgia". */
  term: string;
  family: EmotionFamily;
  /** -1 (very unpleasant) .. 1 (very pleasant). */
  valence: number;
  /** -1 (very calm / low energy) .. 1 (very excited / high energy). */
  arousal: number;
  /** Derivative English forms folded to this term by the normaliser (adjectives, verbs, adverbs). */
  forms: string[];
  /** Other canonical terms (must exist in the vocabulary) that are close in meaning. */
  related: string[];
  /** English cue words and phrases found in lyrics or mood sentences that signal this emotion. */
  en: string[];
  /** Spanish cue words and phrases. */
  es: string[];
  /** Emoji that signal this emotion. */
  emoji: string[];
  /** Canonical term that a negated cue points to instead ("not happy" → sadness), if any. */
  opposite?: string;
}
