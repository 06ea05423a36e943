import { getVocabulary } from "@/lib/emotions/vocabulary";

/** Where a song sits in valence × arousal, each in -1..1. */
export interface SongPoint {
  valence: number;
  arousal: number;
}

// The first tag weighs 1, the eighth about 0.36 (the same decay the emotion embeddings use).
const RANK_DECAY = 0.25;

/**
 * A song's valence/arousal point from its ranked emotions: the rank-weighted mean of the terms'
 * own valence and arousal. Null when none of the emotions is a vocabulary term.
 */
export function songPoint(song: { emotions: readonly string[] }): SongPoint | null {
  const { byTerm } = getVocabulary();
  let v = 0;
  let a = 0;
  let w = 0;
  song.emotions.forEach((e, rank) => {
    const t = byTerm.get(e);
    if (!t) return;
    const weight = 1 / (1 + RANK_DECAY * rank);
    v += weight * t.valence;
    a += weight * t.arousal;
    w += weight;
  });
  return w > 0 ? { valence: v / w, arousal: a / w } : null;
}
