import { EMOTION_FAMILIES, type EmotionFamily, type EmotionTermData } from "./types";
import { EMOTION_TERMS, VOCABULARY_VERSION } from "./vocabulary-data";
import { type StemLanguage, stemWord } from "./lexicon/stem";
import { NEUTRAL_PHRASES } from "./vocabulary/neutral";
import { BOUNDARY, tokenize } from "./text";

export { VOCABULARY_VERSION };

/** A cue compiled for matching: folded tokens, each either exact or a prefix. */
export interface CompiledCue {
  words: { text: string; prefix: boolean }[];
  terms: string[];
  weight: number;
}

export interface Vocabulary {
  version: string;
  terms: readonly EmotionTermData[];
  byTerm: ReadonlyMap<string, EmotionTermData>;
  /** Folded term, derivative form or unambiguous single-word cue → canonical term. */
  lookup: ReadonlyMap<string, string>;
  /** Cues keyed by their first word (exact words) or by its first 4 letters (prefix words). */
  exactCues: ReadonlyMap<string, CompiledCue[]>;
  prefixCues: ReadonlyMap<string, CompiledCue[]>;
  emojiCues: ReadonlyMap<string, string[]>;
  /** Single-word cues keyed by their Snowball stem, per language ("cried" finds the cue "crying"). */
  stemCues: Record<StemLanguage, ReadonlyMap<string, CompiledCue[]>>;
  familyIndex: ReadonlyMap<EmotionFamily, number>;
}

// The canonical name and its derivative forms are the strongest evidence; other cues are hints.
const NAME_WEIGHT = 1.2;
const CUE_WEIGHT = 1;
/** Prefix cues are at least this long, so the first letters of a token find their candidates. */
export const PREFIX_KEY = 4;

function compileCue(cue: string): CompiledCue["words"] {
  return cue
    .trim()
    .split(/\s+/)
    .flatMap((word) => {
      const prefix = word.endsWith("*");
      const tokens = tokenize(word.replace(/\*+$/, "")).filter((t) => t !== BOUNDARY);
      return tokens.map((text, i) => ({ text, prefix: prefix && i === tokens.length - 1 }));
    });
}

function addCue(
  cues: Map<string, CompiledCue>,
  text: string,
  term: string,
  weight: number,
): void {
  const words = compileCue(text);
  if (words.length === 0) return;
  const key = words.map((w) => w.text + (w.prefix ? "*" : "")).join(" ");
  const existing = cues.get(key);
  if (existing?.weight === 0) return;
  if (!existing) cues.set(key, { words, terms: [term], weight });
  else if (!existing.terms.includes(term)) existing.terms.push(term);
}

function buildStemCues(terms: readonly EmotionTermData[]): Vocabulary["stemCues"] {
  const out = { en: new Map<string, CompiledCue[]>(), es: new Map<string, CompiledCue[]>() };
  const put = (lang: StemLanguage, text: string, term: string, weight: number) => {
    const words = compileCue(text);
    if (words.length !== 1 || words[0]!.prefix) return;
    const stem = stemWord(words[0]!.text, lang);
    const list = out[lang].get(stem) ?? [];
    const same = list.find((c) => c.weight === weight);
    if (!same) list.push({ words: [{ text: stem, prefix: false }], terms: [term], weight });
    else if (!same.terms.includes(term)) same.terms.push(term);
    out[lang].set(stem, list);
  };
  for (const t of terms) {
    for (const name of [t.term, ...t.forms]) put("en", name, t.term, NAME_WEIGHT);
    for (const cue of t.en) put("en", cue, t.term, CUE_WEIGHT);
    for (const cue of t.es) put("es", cue, t.term, CUE_WEIGHT);
  }
  return out;
}

function buildCueMaps(terms: readonly EmotionTermData[]) {
  const cues = new Map<string, CompiledCue>();
  // Neutral phrases are cues with no term: matched as a unit, they keep their words from firing.
  for (const phrase of [...NEUTRAL_PHRASES.en, ...NEUTRAL_PHRASES.es]) {
    const words = compileCue(phrase);
    cues.set(words.map((w) => w.text).join(" "), { words, terms: [], weight: 0 });
  }
  for (const t of terms) {
    for (const name of [t.term, ...t.forms]) addCue(cues, name, t.term, NAME_WEIGHT);
    for (const cue of [...t.en, ...t.es]) addCue(cues, cue, t.term, CUE_WEIGHT);
  }
  const exactCues = new Map<string, CompiledCue[]>();
  const prefixCues = new Map<string, CompiledCue[]>();
  for (const cue of cues.values()) {
    const first = cue.words[0]!;
    const map = first.prefix ? prefixCues : exactCues;
    const key = first.prefix ? first.text.slice(0, PREFIX_KEY) : first.text;
    map.set(key, [...(map.get(key) ?? []), cue]);
  }
  return { exactCues, prefixCues };
}

/** The form a word or phrase is looked up by: folded tokens joined by single spaces. */
export function phraseKey(text: string): string {
  return tokenize(text)
    .filter((t) => t !== BOUNDARY)
    .join(" ");
}

function buildLookup(terms: readonly EmotionTermData[]): Map<string, string> {
  const lookup = new Map<string, string>();
  const cueOwners = new Map<string, Set<string>>();
  for (const t of terms) {
    for (const cue of [...t.en, ...t.es]) {
      if (cue.includes("*")) continue;
      const key = phraseKey(cue);
      cueOwners.set(key, (cueOwners.get(key) ?? new Set()).add(t.term));
    }
  }
  // Cues first, then names and forms, so a derivative form always wins over a cue that shares it.
  for (const [cue, owners] of cueOwners) if (owners.size === 1) lookup.set(cue, [...owners][0]!);
  for (const t of terms) for (const f of t.forms) lookup.set(phraseKey(f), t.term);
  for (const t of terms) lookup.set(phraseKey(t.term), t.term);
  return lookup;
}

function buildVocabulary(terms: readonly EmotionTermData[]): Vocabulary {
  const emojiCues = new Map<string, string[]>();
  for (const t of terms) for (const e of t.emoji) emojiCues.set(e, [...(emojiCues.get(e) ?? []), t.term]);
  return {
    version: VOCABULARY_VERSION,
    terms,
    byTerm: new Map(terms.map((t) => [t.term, t])),
    lookup: buildLookup(terms),
    ...buildCueMaps(terms),
    emojiCues,
    stemCues: buildStemCues(terms),
    familyIndex: new Map(EMOTION_FAMILIES.map((f, i) => [f, i])),
  };
}

let cached: Vocabulary | undefined;

/** The project's emotion vocabulary with its lookup tables, built once per process. */
export function getVocabulary(): Vocabulary {
  cached ??= buildVocabulary(EMOTION_TERMS);
  return cached;
}
