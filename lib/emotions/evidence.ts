import { guessLanguage } from "./language";
import { type Lexicon, getLexicon, lookupWord } from "./lexicon/lexicon";
import { type StemLanguage, stemWord } from "./lexicon/stem";
import { BOUNDARY, lyricLines, tokenize } from "./text";
import { type CompiledCue, type Vocabulary, PREFIX_KEY, getVocabulary, phraseKey } from "./vocabulary";

export const NEGATORS = new Set([
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
// "not so sad", "no tan triste": a negated intensifier softens the feeling instead of flipping it.
const SOFTENED_SHARE = 0.35;
// A polar word under negation counts against its sign, weakly ("not good" is mildly bad).
const NEGATED_POLARITY = -0.5;
// Cues found through a stem or through WordNet are weaker than the vocabulary's own words.
const STEM_SHARE = 0.85;
const WORDNET_SHARE = 0.55;
// A chorus sung n times counts 1 + 0.3·log2(n) times: repetition adds a little, not n-fold.
const REPEAT_GAIN = 0.3;
const CUE_EMOJI = 1;

/** What one text says: evidence per canonical term, and word-level valence and arousal. */
export interface Evidence {
  terms: Map<string, number>;
  /** Sum and count of polar words' valence (-1..1 each), after negation and repetition. */
  valence: { sum: number; weight: number };
  /** Per distinct polar word: its summed valence and how often it was read. */
  polarWords: Map<string, { sum: number; count: number }>;
  /** Sum and count of energy/stillness words' arousal (-1..1 each). */
  arousal: { sum: number; weight: number };
  language: StemLanguage;
  /** Word tokens read (after junk removal). */
  words: number;
}

interface Modifiers {
  negated: boolean;
  intensity: number;
  /** Negated with an intensifier inside the negation ("not so", "no tan"). */
  softened: boolean;
}

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

function modifiersBefore(tokens: string[], at: number): Modifiers {
  let negated = false;
  let intensity = 1;
  let brokenNegation = false;
  let intensifierAfterNegator = false;
  let sawIntensifier = false;
  for (let k = at - 1; k >= 0 && k >= at - NEGATION_WINDOW; k--) {
    const tok = tokens[k]!;
    if (tok === BOUNDARY) break;
    if (NEGATION_BREAKERS.has(tok)) brokenNegation = true;
    if (INTENSIFIERS.has(tok)) sawIntensifier = true;
    if (NEGATORS.has(tok) && !brokenNegation) {
      negated = !negated;
      if (sawIntensifier) intensifierAfterNegator = true;
    }
    if (at - k <= INTENSITY_WINDOW) {
      if (INTENSIFIERS.has(tok)) intensity = Math.max(intensity, 1.5);
      if (DIMINISHERS.has(tok)) intensity = Math.min(intensity, 0.6);
    }
  }
  return { negated, intensity, softened: negated && intensifierAfterNegator };
}

/** Vocabulary cues at a token: phrases and exact words, else the word's stem, else WordNet's relations. */
function cuesAt(vocab: Vocabulary, lexicon: Lexicon, tokens: string[], at: number, lang: StemLanguage): { terms: [string, number][]; length: number } {
  const matches = longestMatch(vocab, tokens, at);
  if (matches.length > 0) {
    return { terms: matches.flatMap((c) => c.terms.map((t) => [t, c.weight] as [string, number])), length: matches[0]!.words.length };
  }
  const tok = tokens[at]!;
  const stemmed = vocab.stemCues[lang].get(stemWord(tok, lang));
  if (stemmed) return { terms: stemmed.flatMap((c) => c.terms.map((t) => [t, c.weight * STEM_SHARE] as [string, number])), length: 1 };
  const related = lang === "en" ? lookupWord(lexicon.wordnet, tok, "en") : undefined;
  if (related) return { terms: related.map(([t, w]) => [t, w * WORDNET_SHARE] as [string, number]), length: 1 };
  return { terms: [], length: 1 };
}

function keepMax(scores: Map<string, number>, term: string, value: number): void {
  scores.set(term, Math.max(scores.get(term) ?? 0, value));
}

function polarityOf(lexicon: Lexicon, tok: string, lang: StemLanguage): number | undefined {
  if (NEGATORS.has(tok)) return undefined;
  return lookupWord(lexicon.polarity[lang], tok, lang) ?? lexicon.polarity[lang === "en" ? "es" : "en"].exact.get(tok);
}

/** Adds one line's evidence (counted `gain` times) to `out`. */
function lineEvidence(ctx: { vocab: Vocabulary; lexicon: Lexicon; lang: StemLanguage }, line: string, out: Evidence, gain: number): void {
  const { vocab, lexicon, lang } = ctx;
  const tokens = tokenize(line);
  // Within one line a term counts once, at its strongest cue: "rest easy, rest easy" is one cue.
  const lineScores = new Map<string, number>();
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i]!;
    if (tok === BOUNDARY) {
      i++;
      continue;
    }
    out.words++;
    const mods = modifiersBefore(tokens, i);
    const { terms, length } = cuesAt(vocab, lexicon, tokens, i, lang);
    for (const [term, weight] of terms) {
      const w = weight * mods.intensity;
      if (!mods.negated) keepMax(lineScores, term, w);
      else if (mods.softened) keepMax(lineScores, term, w * SOFTENED_SHARE);
      else {
        const opposite = vocab.byTerm.get(term)?.opposite;
        if (opposite) keepMax(lineScores, opposite, w * OPPOSITE_SHARE);
      }
    }
    for (let j = i; j < i + length; j++) wordAffect(lexicon, tokens[j]!, lang, mods, gain, out);
    i += length;
  }
  for (const [emoji, terms] of vocab.emojiCues) {
    if (line.includes(emoji)) for (const term of terms) keepMax(lineScores, term, CUE_EMOJI);
  }
  for (const [term, w] of lineScores) out.terms.set(term, (out.terms.get(term) ?? 0) + w * gain);
}

function wordAffect(lexicon: Lexicon, tok: string, lang: StemLanguage, mods: Modifiers, gain: number, out: Evidence): void {
  const polarity = polarityOf(lexicon, tok, lang);
  if (polarity !== undefined) {
    const sign = mods.negated ? (mods.softened ? SOFTENED_SHARE : NEGATED_POLARITY) : 1;
    const value = polarity * sign * Math.min(mods.intensity, 1.2);
    out.valence.sum += value * gain;
    out.valence.weight += gain;
    const seen = out.polarWords.get(tok);
    if (seen) {
      seen.sum += value;
      seen.count++;
    } else out.polarWords.set(tok, { sum: value, count: 1 });
  }
  const arousal = lookupWord(lexicon.arousal, tok, lang);
  if (arousal !== undefined) {
    out.arousal.sum += arousal * gain;
    out.arousal.weight += gain;
  }
}

/**
 * Reads a text line by line (junk removed, flattened lyrics split): evidence per term, and the
 * valence and arousal of its words. Repeated lines count with diminishing weight.
 */
export function readEvidence(text: string, vocab: Vocabulary = getVocabulary(), lexicon: Lexicon = getLexicon()): Evidence {
  const lines = new Map<string, { raw: string; count: number }>();
  const all: string[] = [];
  for (const raw of lyricLines(text)) {
    const key = phraseKey(raw) || raw.trim();
    const seen = lines.get(key);
    if (seen) seen.count++;
    else lines.set(key, { raw, count: 1 });
    if (all.length < 400) all.push(...tokenize(raw));
  }
  const out: Evidence = { terms: new Map(), valence: { sum: 0, weight: 0 }, polarWords: new Map(), arousal: { sum: 0, weight: 0 }, language: guessLanguage(all), words: 0 };
  const ctx = { vocab, lexicon, lang: out.language };
  for (const { raw, count } of lines.values()) lineEvidence(ctx, raw, out, 1 + REPEAT_GAIN * Math.log2(count));
  return out;
}

/** Direct evidence per term over a whole text. */
export function collectEvidence(text: string, vocab: Vocabulary = getVocabulary()): Map<string, number> {
  return readEvidence(text, vocab).terms;
}
