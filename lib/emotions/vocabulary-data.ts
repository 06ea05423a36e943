import type { EmotionTermData } from "./types";
import { EXTRA_CUES } from "./vocabulary/extra-cues";
import { PART_A } from "./vocabulary/part-a";
import { PART_B } from "./vocabulary/part-b";
import { PART_C } from "./vocabulary/part-c";

/** Bump when terms, forms or cues change: tags and indexes record it and are refused when stale. */
export const VOCABULARY_VERSION = "2";

/**
 * Our canonical emotions, written for Moodtape, grouped by GEMS family across the part files, with
 * the everyday words and idioms of extra-cues.ts added to each term's cues.
 */
export const EMOTION_TERMS: readonly EmotionTermData[] = [...PART_A, ...PART_B, ...PART_C].map((t) => ({
  ...t,
  en: [...t.en, ...(EXTRA_CUES[t.term]?.en ?? [])],
  es: [...t.es, ...(EXTRA_CUES[t.term]?.es ?? [])],
}));
