import { guessLanguage } from "./language";
import { type Lexicon, getLexicon, lookupWord } from "./lexicon/lexicon";
import { type StemLanguage, stemWord } from "./lexicon/stem";
import { type Modifiers, NEGATORS, modifiersBefore } from "./modifiers";
import { BOUNDARY, lyricLines, tokenize } from "./text";
import { type CompiledCue, type Vocabulary, PREFIX_KEY, getVocabulary } from "./vocabulary";

const OPPOSITE_SHARE = 0.6;
// "not so sad": the feeling stays, weaker (less sadness, not relief).
const SOFTENED_SHARE = 0.35;
// A polar word under negation counts against its sign, weakly ("not good" is mildly bad).
const NEGATED_POLARITY = -0.5;
// Cues found through a stem or through WordNet are weaker than the vocabulary's own words.
const STEM_SHARE = 0.85;
const WORDNET_SHARE = 0.55;
// A chorus sung n times counts 1 + 0.3·log2(n) times: repetition adds a little, not n-fold.
const REPEAT_GAIN = 0.3;
const CUE_EMOJI = 1;
const LANGUAGE_SAMPLE = 400;
const CROSS_STEM_MIN = 5;
const WORD_CACHE_LIMIT = 100_000;

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
}

/** What a single word says by itself, whatever surrounds it (cached per language). */
interface WordInfo {
  /** Terms from the word's stem or from WordNet, when no vocabulary cue starts at it. */
  terms: readonly (readonly [string, number])[];
  polarity?: number;
  arousal?: number;
}

// A word's info depends on both the vocabulary (its stem cues) and the lexicon: cached per pair.
const wordCaches = new WeakMap<Vocabulary, WeakMap<Lexicon, Record<StemLanguage, Map<string, WordInfo>>>>();

function wordInfo(vocab: Vocabulary, lexicon: Lexicon, tok: string, lang: StemLanguage): WordInfo {
  let byLexicon = wordCaches.get(vocab);
  if (!byLexicon) wordCaches.set(vocab, (byLexicon = new WeakMap()));
  let caches = byLexicon.get(lexicon);
  if (!caches) byLexicon.set(lexicon, (caches = { en: new Map(), es: new Map() }));
  const cache = caches[lang];
  const hit = cache.get(tok);
  if (hit) return hit;
  // The other language's stems second: a short mood sentence may not show which language it is in.
  const other: StemLanguage = lang === "en" ? "es" : "en";
  const otherStem = stemWord(tok, other);
  // Only long stems cross languages: short ones collide ("page" → "pag", as in "pagar").
  const stemmed =
    vocab.stemCues[lang].get(stemWord(tok, lang)) ?? (otherStem.length >= CROSS_STEM_MIN ? vocab.stemCues[other].get(otherStem) : undefined);
  const related = !stemmed && lang === "en" ? lookupWord(lexicon.wordnet, tok, "en") : undefined;
  const terms = stemmed
    ? stemmed.flatMap((c) => c.terms.map((t) => [t, c.weight * STEM_SHARE] as const))
    : (related ?? []).map(([t, w]) => [t, w * WORDNET_SHARE] as const);
  const info: WordInfo = { terms };
  const polarity = NEGATORS.has(tok) ? undefined : (lookupWord(lexicon.polarity[lang], tok, lang) ?? lexicon.polarity[other].exact.get(tok));
  if (polarity !== undefined) info.polarity = polarity;
  const arousal = lookupWord(lexicon.arousal, tok, lang);
  if (arousal !== undefined) info.arousal = arousal;
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(tok, info);
  return info;
}

function cueMatchesAt(cue: CompiledCue, tokens: readonly string[], at: number): boolean {
  return cue.words.every((w, j) => {
    const tok = tokens[at + j];
    if (tok === undefined || tok === BOUNDARY) return false;
    return w.prefix ? tok.startsWith(w.text) : tok === w.text;
  });
}

/** Cues starting with one exact word, split by their second word so a common first word ("me", "no") stays cheap. */
interface CueBucket {
  /** Cues whose second word is exact, by that word. */
  bySecond: Map<string, CompiledCue[]>;
  /** One-word cues and cues whose second word is a prefix. */
  rest: CompiledCue[];
}

const bucketCaches = new WeakMap<Vocabulary, Map<string, CueBucket>>();

function bucketsOf(vocab: Vocabulary): Map<string, CueBucket> {
  let buckets = bucketCaches.get(vocab);
  if (buckets) return buckets;
  buckets = new Map();
  for (const [first, cues] of vocab.exactCues) {
    const bucket: CueBucket = { bySecond: new Map(), rest: [] };
    for (const cue of cues) {
      const second = cue.words[1];
      if (second && !second.prefix) bucket.bySecond.set(second.text, [...(bucket.bySecond.get(second.text) ?? []), cue]);
      else bucket.rest.push(cue);
    }
    buckets.set(first, bucket);
  }
  bucketCaches.set(vocab, buckets);
  return buckets;
}

/** The longest vocabulary cues (phrases, words, prefixes) starting at a token; ties all kept. */
function longestMatch(vocab: Vocabulary, tokens: readonly string[], at: number): CompiledCue[] {
  const tok = tokens[at]!;
  const bucket = bucketsOf(vocab).get(tok);
  const prefix = vocab.prefixCues.get(tok.slice(0, PREFIX_KEY));
  if (!bucket && !prefix) return [];
  const next = tokens[at + 1];
  let best: CompiledCue[] = [];
  for (const list of [bucket?.rest, next === undefined ? undefined : bucket?.bySecond.get(next), prefix]) {
    for (const cue of list ?? []) {
      if (!cueMatchesAt(cue, tokens, at)) continue;
      const len = cue.words.length;
      const bestLen = best[0]?.words.length ?? 0;
      if (len > bestLen) best = [cue];
      else if (len === bestLen) best.push(cue);
    }
  }
  return best;
}

function keepMax(scores: Map<string, number>, term: string, value: number): void {
  const prev = scores.get(term);
  if (prev === undefined || value > prev) scores.set(term, value);
}

function addTerm(vocab: Vocabulary, scores: Map<string, number>, term: string, weight: number, mods: Modifiers): void {
  const w = weight * mods.intensity;
  if (!mods.negated) keepMax(scores, term, w);
  else if (mods.softened) keepMax(scores, term, w * SOFTENED_SHARE);
  else {
    const opposite = vocab.byTerm.get(term)?.opposite;
    if (opposite) keepMax(scores, opposite, w * OPPOSITE_SHARE);
  }
}

function addAffect(info: WordInfo, tok: string, mods: Modifiers, gain: number, out: Evidence): void {
  if (info.polarity !== undefined) {
    const sign = mods.negated ? (mods.softened ? SOFTENED_SHARE : NEGATED_POLARITY) : 1;
    const value = info.polarity * sign * Math.min(mods.intensity, 1.2);
    out.valence.sum += value * gain;
    out.valence.weight += gain;
    const seen = out.polarWords.get(tok);
    if (seen) {
      seen.sum += value;
      seen.count++;
    } else out.polarWords.set(tok, { sum: value, count: 1 });
  }
  if (info.arousal !== undefined) {
    out.arousal.sum += info.arousal * gain;
    out.arousal.weight += gain;
  }
}

/** Adds one line's evidence (the line counted `gain` times) to `out`. */
function lineEvidence(vocab: Vocabulary, lexicon: Lexicon, line: { raw: string; tokens: string[] }, gain: number, out: Evidence): void {
  const { tokens } = line;
  // Within one line a term counts once, at its strongest cue: "rest easy, rest easy" is one cue.
  const lineScores = new Map<string, number>();
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i]!;
    if (tok === BOUNDARY) {
      i++;
      continue;
    }
    const mods = modifiersBefore(tokens, i);
    const matches = longestMatch(vocab, tokens, i);
    const length = matches[0]?.words.length ?? 1;
    const neutral = matches.length > 0 && matches.every((c) => c.terms.length === 0);
    for (const cue of matches) for (const term of cue.terms) addTerm(vocab, lineScores, term, cue.weight, mods);
    for (let j = i; j < i + length && !neutral; j++) {
      const info = wordInfo(vocab, lexicon, tokens[j]!, out.language);
      if (matches.length === 0) for (const [term, w] of info.terms) addTerm(vocab, lineScores, term, w, mods);
      addAffect(info, tokens[j]!, mods, gain, out);
    }
    i += length;
  }
  for (const [emoji, terms] of vocab.emojiCues) {
    if (line.raw.includes(emoji)) for (const term of terms) keepMax(lineScores, term, CUE_EMOJI);
  }
  for (const [term, w] of lineScores) out.terms.set(term, (out.terms.get(term) ?? 0) + w * gain);
}

/**
 * Reads a text line by line (junk removed, flattened lyrics split): evidence per term, and the
 * valence and arousal of its words. Repeated lines count with diminishing weight.
 */
export function readEvidence(text: string, vocab: Vocabulary = getVocabulary(), lexicon: Lexicon = getLexicon()): Evidence {
  const lines = new Map<string, { raw: string; tokens: string[]; count: number }>();
  const sample: string[] = [];
  for (const raw of lyricLines(text)) {
    const tokens = tokenize(raw);
    const key = tokens.filter((t) => t !== BOUNDARY).join(" ") || raw;
    const seen = lines.get(key);
    if (seen) seen.count++;
    else lines.set(key, { raw, tokens, count: 1 });
    for (let t = 0; t < tokens.length && sample.length < LANGUAGE_SAMPLE; t++) sample.push(tokens[t]!);
  }
  const out: Evidence = {
    terms: new Map(),
    valence: { sum: 0, weight: 0 },
    polarWords: new Map(),
    arousal: { sum: 0, weight: 0 },
    language: guessLanguage(sample),
  };
  for (const line of lines.values()) lineEvidence(vocab, lexicon, line, 1 + REPEAT_GAIN * Math.log2(line.count), out);
  return out;
}

/** Direct evidence per term over a whole text. */
export function collectEvidence(text: string, vocab: Vocabulary = getVocabulary()): Map<string, number> {
  return readEvidence(text, vocab).terms;
}
