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

/** [word, value, language, stem (precomputed by `npm run lexicon`, else computed here)]. */
type Entry<T> = [string, T, StemLanguage, string?];

/** A table whose stem entries merge the words that share a stem, so "cried" finds "crying". */
function tableOf<T>(entries: Iterable<Entry<T>>, merge: (a: T, b: T) => T): WordTable<T> {
  const exact = new Map<string, T>();
  const stems = { en: new Map<string, T>(), es: new Map<string, T>() };
  for (const [word, value, lang, stem] of entries) {
    const w = foldText(word);
    exact.set(w, exact.has(w) ? merge(exact.get(w)!, value) : value);
    if (w.includes(" ")) continue;
    const s = stem || stemWord(w, lang);
    const map = stems[lang];
    map.set(s, map.has(s) ? merge(map.get(s)!, value) : value);
  }
  return { exact, stems };
}

const keepStronger = (a: number, b: number) => (Math.abs(b) > Math.abs(a) ? b : a);
const generated = <T>(rows: unknown, lang: StemLanguage): Entry<T>[] =>
  (rows as [string, T, string][]).map(([w, v, stem]) => [w, v, lang, stem]);
const seeds = (o: Readonly<Record<string, number>>, lang: StemLanguage): Entry<number>[] => Object.entries(o).map(([w, v]) => [w, v, lang]);

function buildLexicon(): Lexicon {
  return {
    polarity: {
      en: tableOf(generated<number>(POLARITY_EN, "en"), keepStronger),
      es: tableOf(generated<number>(POLARITY_ES, "es"), keepStronger),
    },
    // Seeds come last so that they win over a synonym of another seed.
    arousal: tableOf([...generated<number>(AROUSAL_EN, "en"), ...seeds(AROUSAL_CUES.en, "en"), ...seeds(AROUSAL_CUES.es, "es")], (_a, b) => b),
    wordnet: tableOf(generated<readonly (readonly [string, number])[]>(WORDNET_EN, "en"), (a) => a),
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
