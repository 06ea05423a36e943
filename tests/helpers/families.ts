import type { EmotionFamily } from "@/lib/emotions/types";
import { getVocabulary } from "@/lib/emotions/vocabulary";

/** The GEMS family of a canonical term. */
export function familyOf(term: string): EmotionFamily | undefined {
  return getVocabulary().byTerm.get(term)?.family;
}

/** Share of the terms that belong to one of the families. */
export function shareIn(terms: readonly string[], families: readonly EmotionFamily[]): number {
  if (terms.length === 0) return 0;
  return terms.filter((t) => families.includes(familyOf(t)!)).length / terms.length;
}

/** Mean valence of terms (unknown ones count 0). */
export function meanValence(terms: readonly string[]): number {
  const { byTerm } = getVocabulary();
  return terms.reduce((sum, t) => sum + (byTerm.get(t)?.valence ?? 0), 0) / Math.max(1, terms.length);
}
