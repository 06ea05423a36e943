import { BOUNDARY, tokenize } from "./text";
import { type CompiledCue, type Vocabulary, PREFIX_KEY, getVocabulary, phraseKey } from "./vocabulary";

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

const NEGATORS = new Set([
  "not", "no", "never", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "aint", "wont",
  "cant", "cannot", "couldnt", "without", "nor", "neither", "hardly", "nothing",
  "nunca", "jamas", "ni", "sin", "tampoco", "nada",
]);
// "can't stop crying", "no dejo de llorar": a negated stop is no negation of the feeling.
const NEGATION_BREAKERS = new Set(["stop", "stopping", "quit", "help", "deje", "dejo", "dejes", "dejar", "paro", "pare", "parar"]);
const INTENSIFIERS = new Set([
  "very", "so", "really", "too", "truly", "completely", "totally", "deeply", "extremely", "incredibly",
  "absolutely", "super", "muy", "tan", "demasiado", "re", "tremendamente", "profundamente",
  "completamente", "totalmente", "sumamente", "bien",
]);
const DIMINISHERS = new Set(["bit", "little", "kinda", "slightly", "somewhat", "poco", "algo", "medio"]);
const NEGATION_WINDOW = 4;
const INTENSITY_WINDOW = 2;
const OPPOSITE_SHARE = 0.6;
// A chorus sung n times counts 1 + 0.3·log2(n) times: repetition adds a little, not n-fold.
const REPEAT_GAIN = 0.3;
const MOOD_KEEP_RATIO = 0.25;
const CUE_EMOJI = 1;

function cueMatchesAt(cue: CompiledCue, tokens: string[], at: number): boolean {
  return cue.words.every((w, j) => {
    const tok = tokens[at + j];
    if (tok === undefined || tok === BOUNDARY) return false;
    return w.prefix ? tok.startsWith(w.text) : tok === w.text;
  });
}

function longestMatch(vocab: Vocabulary, tokens: string[], at: number): CompiledCue[] {
  const tok = tokens[at]!;
  const candidates = [...(vocab.exactCues.get(tok) ?? []), ...(vocab.prefixCues.get(tok.slice(0, PREFIX_KEY)) ?? [])];
  let best: CompiledCue[] = [];
  for (const cue of candidates) {
    if (!cueMatchesAt(cue, tokens, at)) continue;
    const len = cue.words.length;
    const bestLen = best[0]?.words.length ?? 0;
    if (len > bestLen) best = [cue];
    else if (len === bestLen) best.push(cue);
  }
  return best;
}

function modifiersBefore(tokens: string[], at: number): { negated: boolean; intensity: number } {
  let negated = false;
  let intensity = 1;
  let brokenNegation = false;
  for (let k = at - 1; k >= 0 && k >= at - NEGATION_WINDOW; k--) {
    const tok = tokens[k]!;
    if (tok === BOUNDARY) break;
    if (NEGATION_BREAKERS.has(tok)) brokenNegation = true;
    if (NEGATORS.has(tok) && !brokenNegation) negated = !negated;
    if (at - k <= INTENSITY_WINDOW) {
      if (INTENSIFIERS.has(tok)) intensity = Math.max(intensity, 1.5);
      if (DIMINISHERS.has(tok)) intensity = Math.min(intensity, 0.6);
    }
  }
  return { negated, intensity };
}

function keepMax(scores: Map<string, number>, term: string, value: number): void {
  scores.set(term, Math.max(scores.get(term) ?? 0, value));
}

function add(scores: Map<string, number>, term: string, value: number): void {
  scores.set(term, (scores.get(term) ?? 0) + value);
}

/** Evidence per canonical term in one line of text, after negation and intensity. */
function lineEvidence(vocab: Vocabulary, line: string, out: Map<string, number>, gain: number): void {
  const tokens = tokenize(line);
  // Within one line a term counts once, at its strongest cue: "rest easy, rest easy" is one cue.
  const lineScores = new Map<string, number>();
  for (let i = 0; i < tokens.length; ) {
    const matches = tokens[i] === BOUNDARY ? [] : longestMatch(vocab, tokens, i);
    if (matches.length === 0) {
      i++;
      continue;
    }
    const { negated, intensity } = modifiersBefore(tokens, i);
    for (const cue of matches) {
      for (const term of cue.terms) {
        const w = cue.weight * intensity;
        if (!negated) keepMax(lineScores, term, w);
        else {
          const opposite = vocab.byTerm.get(term)?.opposite;
          if (opposite) keepMax(lineScores, opposite, w * OPPOSITE_SHARE);
        }
      }
    }
    i += matches[0]!.words.length;
  }
  for (const [emoji, terms] of vocab.emojiCues) {
    if (line.includes(emoji)) for (const term of terms) keepMax(lineScores, term, CUE_EMOJI);
  }
  for (const [term, w] of lineScores) add(out, term, w * gain);
}

/** Direct evidence per term over a whole text; repeated lines count with diminishing weight. */
export function collectEvidence(text: string, vocab: Vocabulary = getVocabulary()): Map<string, number> {
  const lines = new Map<string, { raw: string; count: number }>();
  for (const raw of text.split(/\r?\n|\r/)) {
    const key = phraseKey(raw) || raw.trim();
    if (key === "") continue;
    const seen = lines.get(key);
    if (seen) seen.count++;
    else lines.set(key, { raw, count: 1 });
  }
  const scores = new Map<string, number>();
  for (const { raw, count } of lines.values()) {
    lineEvidence(vocab, raw, scores, 1 + REPEAT_GAIN * Math.log2(count));
  }
  return scores;
}

function ranked(scores: Map<string, number>): string[] {
  return [...scores.entries()]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([t]) => t);
}

/** Neighbours of the evidenced terms, scored by relation, family and valence/arousal closeness. */
function inferNeighbours(vocab: Vocabulary, direct: Map<string, number>): Map<string, number> {
  const inferred = new Map<string, number>();
  for (const [term, score] of direct) {
    const data = vocab.byTerm.get(term)!;
    for (const other of vocab.terms) {
      if (direct.has(other.term)) continue;
      const related = data.related.includes(other.term) || other.related.includes(term) ? 0.5 : 0;
      const family = other.family === data.family ? 0.2 : 0;
      const distance = Math.hypot(other.valence - data.valence, other.arousal - data.arousal);
      add(inferred, other.term, score * (related + family + 0.02 * (1 - distance / 2.83)));
    }
  }
  return inferred;
}

/** The offline engine: our bilingual lexicon with negation, intensity and chorus handling. */
export function createOfflineEngine(vocab: Vocabulary = getVocabulary()): EmotionEngine {
  return {
    id: `offline-lexicon@vocab-${vocab.version}`,
    tagLyrics(lyrics) {
      const evidence = collectEvidence(lyrics, vocab);
      const direct = ranked(evidence).slice(0, TAG_SIZE);
      if (direct.length === 0) return { emotions: [], direct: 0, note: "no emotional evidence in the lyrics" };
      const kept = new Map(direct.map((t) => [t, evidence.get(t)!]));
      const extra = ranked(inferNeighbours(vocab, kept)).slice(0, TAG_SIZE - direct.length);
      const emotions = [...direct, ...extra];
      const note = extra.length > 0 ? `${extra.length} of ${TAG_SIZE} inferred from related emotions` : undefined;
      return { emotions, direct: direct.length, ...(note ? { note } : {}) };
    },
    readMood(sentence) {
      const evidence = collectEvidence(sentence, vocab);
      const terms = ranked(evidence);
      const top = terms.length > 0 ? evidence.get(terms[0]!)! : 0;
      const emotions = terms.filter((t) => evidence.get(t)! >= top * MOOD_KEEP_RATIO).slice(0, MOOD_MAX);
      return { emotions, noEmotion: emotions.length === 0 };
    },
  };
}
