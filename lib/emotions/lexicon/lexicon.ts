import { AROUSAL_CUES } from "@/lib/emotions/vocabulary/arousal";
import { foldText } from "@/lib/emotions/text";
import AROUSAL_EN from "./generated/arousal-en.json";
import POLARITY_EN from "./generated/polarity-en.json";
import POLARITY_ES from "./generated/polarity-es.json";
import WORDNET_EN from "./generated/wordnet-en.json";
import { type StemLanguage, stemWord } from "./stem";

/** A word-level table looked up by the folded word, then by its stem in the text's language. */
export interface WordTable<T> {
  exact: ReadonlyMap<string, T>;
  stems: Record<StemLanguage, ReadonlyMap<string, T>>;
}

/** Everything the engine reads besides the vocabulary's own cues: all built once per process. */
export interface Lexicon {
  /** Valence of polar words (-1..1): VADER for English, AFINN-165 in Spanish. */
  polarity: Record<StemLanguage, WordTable<number>>;
  /** Arousal of words that carry energy or stillness (-1..1): our seeds and their WordNet synonyms. */
  arousal: WordTable<number>;
  /** English words that WordNet relates to a vocabulary term, with a weight (0..1). */
  wordnet: WordTable<readonly (readonly [string, number])[]>;
}

/** A table whose stem entries average the words that share a stem, so "cried" finds "crying". */
function tableOf<T>(entries: Iterable<[string, T, StemLanguage[]]>, merge: (a: T, b: T) => T): WordTable<T> {
  const exact = new Map<string, T>();
  const stems = { en: new Map<string, T>(), es: new Map<string, T>() };
  for (const [word, value, languages] of entries) {
    const w = foldText(word);
    exact.set(w, exact.has(w) ? merge(exact.get(w)!, value) : value);
    if (w.includes(" ")) continue;
    for (const lang of languages) {
      const s = stemWord(w, lang);
      const map = stems[lang];
      map.set(s, map.has(s) ? merge(map.get(s)!, value) : value);
    }
  }
  return { exact, stems };
}

const keepStronger = (a: number, b: number) => (Math.abs(b) > Math.abs(a) ? b : a);

function buildLexicon(): Lexicon {
  const polar = (o: [string, number][], lang: StemLanguage) =>
    tableOf(o.map(([w, v]) => [w, v, [lang]] as [string, number, StemLanguage[]]), keepStronger);
  const arousalEntries: [string, number, StemLanguage[]][] = [
    ...(AROUSAL_EN as [string, number][]).map(([w, v]) => [w, v, ["en"]] as [string, number, StemLanguage[]]),
    ...Object.entries(AROUSAL_CUES.en).map(([w, v]) => [w, v, ["en"]] as [string, number, StemLanguage[]]),
    ...Object.entries(AROUSAL_CUES.es).map(([w, v]) => [w, v, ["es"]] as [string, number, StemLanguage[]]),
  ];
  const wordnet = (WORDNET_EN as [string, [string, number][]][]).map(
    ([w, terms]) => [w, terms, ["en"]] as [string, readonly (readonly [string, number])[], StemLanguage[]],
  );
  return {
    polarity: { en: polar(POLARITY_EN as [string, number][], "en"), es: polar(POLARITY_ES as [string, number][], "es") },
    // Seeds come last so that they win over a synonym of another seed.
    arousal: tableOf(arousalEntries, (_a, b) => b),
    wordnet: tableOf(wordnet, (a) => a),
  };
}

let cached: Lexicon | undefined;

/** The engine's word tables, built once per process. */
export function getLexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

/** A word's value from a table: the folded word itself, else its stem in `language`. */
export function lookupWord<T>(table: WordTable<T>, word: string, language: StemLanguage): T | undefined {
  return table.exact.get(word) ?? table.stems[language].get(stemWord(word, language));
}
