import type { EmotionTermData } from "./types";
import { PART_A } from "./vocabulary/part-a";
import { PART_B } from "./vocabulary/part-b";
import { PART_C } from "./vocabulary/part-c";

/** Bump when terms, forms or cues change: tags and indexes record it and are refused when stale. */
export const VOCABULARY_VERSION = "2";

/** Our canonical emotions, written for Moodtape, grouped by GEMS family across the part files. */
export const EMOTION_TERMS: readonly EmotionTermData[] = [...PART_A, ...PART_B, ...PART_C];
