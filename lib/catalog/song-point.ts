import { type Vocabulary, getVocabulary } from "@/lib/emotions/vocabulary";
import type { AudioFeatures, MoodTags } from "./song";

/** Where a song sits in valence × arousal, each in -1..1. */
export interface SongPoint {
  valence: number;
  arousal: number;
}

/** What songPoint reads from a song: its ranked emotions and, when present, measured valence/arousal. */
export interface PointInput {
  emotions: readonly string[];
  audio?: Pick<AudioFeatures, "valence" | "energy">;
  moodTags?: Pick<MoodTags, "valence" | "arousal">;
}

// The first tag weighs 1, the eighth about 0.36 (the same decay the emotion embeddings use).
const RANK_DECAY = 0.25;
/**
 * How much a measured point (audio valence/energy, crowd valence/arousal ratings) counts against the
 * point of the song's emotions. Half: the measures are direct but coarse (Spotify's valence is one
 * number per track; MuSe's ratings come from tag words), the emotions are specific.
 */
export const MEASURED_WEIGHT = 0.5;

const clamp = (x: number) => Math.max(-1, Math.min(1, x));

/** The weight of a ranked list's term at `rank` (0-based): 1, 0.8, 0.67, ... about 0.36 for the eighth. */
export function rankWeight(rank: number): number {
  return 1 / (1 + RANK_DECAY * rank);
}

/**
 * The weighted mean of the terms' own valence and arousal (terms outside the vocabulary are passed
 * over), or null when none is a term. Songs weigh their tags by rank; a mood state by its weights.
 */
export function weightedPoint(
  items: readonly { term: string; weight: number }[],
  byTerm: Vocabulary["byTerm"] = getVocabulary().byTerm,
): SongPoint | null {
  let v = 0;
  let a = 0;
  let w = 0;
  for (const { term, weight } of items) {
    const t = byTerm.get(term);
    if (!t) continue;
    v += weight * t.valence;
    a += weight * t.arousal;
    w += weight;
  }
  return w > 0 ? { valence: v / w, arousal: a / w } : null;
}

/** The rank-weighted mean of the emotions' own valence and arousal, or null when none is a term. */
export function emotionsPoint(emotions: readonly string[]): SongPoint | null {
  return weightedPoint(emotions.map((term, rank) => ({ term, weight: rankWeight(rank) })));
}

/**
 * The song's measured valence/arousal, each axis on its own: audio valence and energy (0..1 → -1..1)
 * and crowd ratings (1..9 → -1..1), averaged when both are there. Null axes were not measured.
 */
export function measuredPoint(song: Omit<PointInput, "emotions">): { valence: number | null; arousal: number | null } {
  const axis = (audio: number | undefined, rating: number | undefined): number | null => {
    const values = [
      ...(audio === undefined ? [] : [audio * 2 - 1]),
      ...(rating === undefined ? [] : [(rating - 5) / 4]),
    ];
    return values.length === 0 ? null : clamp(values.reduce((s, x) => s + x, 0) / values.length);
  };
  return {
    valence: axis(song.audio?.valence, song.moodTags?.valence),
    arousal: axis(song.audio?.energy, song.moodTags?.arousal),
  };
}

/**
 * A song's valence/arousal point: the point of its ranked emotions, moved halfway (MEASURED_WEIGHT)
 * toward its measured valence/arousal on each axis that has one. A song without audio features or
 * ratings gets exactly its emotions' point. Null when it has neither.
 */
export function songPoint(song: PointInput): SongPoint | null {
  const fromEmotions = emotionsPoint(song.emotions);
  const measured = measuredPoint(song);
  if (measured.valence === null && measured.arousal === null) return fromEmotions;
  const blend = (own: number | undefined, m: number | null) =>
    m === null ? (own ?? 0) : own === undefined ? m : (1 - MEASURED_WEIGHT) * own + MEASURED_WEIGHT * m;
  return { valence: blend(fromEmotions?.valence, measured.valence), arousal: blend(fromEmotions?.arousal, measured.arousal) };
}
