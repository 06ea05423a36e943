import { type AffectPoint, affectOf } from "./affect";
import { type Evidence, readEvidence } from "./evidence";
import { type Lexicon, getLexicon } from "./lexicon/lexicon";
import { type Vocabulary, getVocabulary } from "./vocabulary";

export { collectEvidence, readEvidence } from "./evidence";

export const TAG_SIZE = 8;
export const MOOD_MAX = 8;

export interface TagResult {
  /** Exactly 8 distinct canonical terms ranked by evidence, or fewer only when there was none. */
  emotions: string[];
  /** How many of the emotions were found in the text itself (the rest are inferred neighbours). */
  direct: number;
  note?: string;
}

export interface MoodResult {
  /** 1-8 canonical terms ranked by evidence; empty when the sentence shows no emotion. */
  emotions: string[];
  noEmotion: boolean;
}

/** What the rest of Moodtape needs from an emotion engine, offline or LLM. */
export interface EmotionEngine {
  readonly id: string;
  tagLyrics(lyrics: string): TagResult;
  readMood(sentence: string): MoodResult;
}

// How far a term may sit from the song's point and still be a good fit (valence/arousal units).
const FIT_WIDTH = 0.45;
const FIT_SHARE = 0.8;
const FIT_PRIOR = 0.3;
const FAMILY_SHARE = 0.5;
const RELATED_SHARE = 0.5;
const MOOD_KEEP_RATIO = 0.25;

/**
 * The 8 terms that best describe a text: evidence for a term counts in full when the term sits near
 * the text's overall valence/arousal and a fifth (1 − FIT_SHARE) when it sits far from it ("love" in
 * a song of loss); terms the text never names fill the rest by how near they sit to that point.
 */
function pickTerms(ev: Evidence, point: AffectPoint, vocab: Vocabulary, size: number): string[] {
  const top = Math.max(0, ...ev.terms.values());
  // Terms the song does not name lean toward the families and the related terms of those it does.
  const family = new Map<string, number>();
  const related = new Map<string, number>();
  for (const [term, score] of ev.terms) {
    const d = vocab.byTerm.get(term)!;
    family.set(d.family, (family.get(d.family) ?? 0) + score / top);
    for (const r of d.related) related.set(r, Math.max(related.get(r) ?? 0, score / top));
  }
  const scored = vocab.terms.map((t) => {
    const d2 = (t.valence - point.valence) ** 2 + (t.arousal - point.arousal) ** 2;
    const fit = Math.exp(-d2 / (2 * FIT_WIDTH * FIT_WIDTH));
    const evidence = top > 0 ? (ev.terms.get(t.term) ?? 0) / top : 0;
    const kin = Math.min(1, FAMILY_SHARE * (family.get(t.family) ?? 0) + RELATED_SHARE * (related.get(t.term) ?? 0));
    return { term: t.term, score: evidence * (1 - FIT_SHARE + FIT_SHARE * fit) + FIT_PRIOR * fit * (1 + kin) };
  });
  scored.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
  return scored.slice(0, size).map((s) => s.term);
}

/** The offline engine: our bilingual lexicon with negation, intensity and chorus handling. */
export function createOfflineEngine(vocab: Vocabulary = getVocabulary(), lexicon: Lexicon = getLexicon()): EmotionEngine {
  return {
    id: `offline-lexicon-v2@vocab-${vocab.version}`,
    tagLyrics(lyrics) {
      const ev = readEvidence(lyrics, vocab, lexicon);
      const point = affectOf(ev, vocab);
      if (!point) return { emotions: [], direct: 0, note: "no emotional evidence in the lyrics" };
      const emotions = pickTerms(ev, point, vocab, TAG_SIZE);
      const direct = emotions.filter((t) => ev.terms.has(t)).length;
      const inferred = TAG_SIZE - direct;
      const note = inferred > 0 ? `${inferred} of ${TAG_SIZE} inferred from the song's valence and arousal` : undefined;
      return { emotions, direct, ...(note ? { note } : {}) };
    },
    readMood(sentence) {
      const ev = readEvidence(sentence, vocab, lexicon);
      const ranked = [...ev.terms.entries()].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const top = ranked[0]?.[1] ?? 0;
      const emotions = ranked.filter(([, s]) => s >= top * MOOD_KEEP_RATIO).slice(0, MOOD_MAX).map(([t]) => t);
      return { emotions, noEmotion: emotions.length === 0 };
    },
  };
}
