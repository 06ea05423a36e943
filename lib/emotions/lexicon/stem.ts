import * as snowballModule from "snowball-stemmers";

export type StemLanguage = "en" | "es";

// A UMD module: Node's ESM loader gives it as `default`, CommonJS and bundlers as the namespace.
const snowball = (snowballModule as unknown as { default?: typeof snowballModule }).default ?? snowballModule;
const STEMMERS = { en: snowball.newStemmer("english"), es: snowball.newStemmer("spanish") };
// Lyrics reuse a small set of words, so stems are kept; the bound only guards odd inputs.
const CACHE_LIMIT = 200_000;
const caches = { en: new Map<string, string>(), es: new Map<string, string>() };

/** The Snowball stem of a folded word in English or Spanish ("crying" → "cri", "llorando" → "llor"). */
export function stemWord(word: string, language: StemLanguage): string {
  const cache = caches[language];
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = STEMMERS[language].stem(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}
