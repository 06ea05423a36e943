import type { Evidence } from "./evidence";
import { AFFECT_MODEL } from "./affect-model";
import { EMOTION_FAMILIES } from "./types";
import { type Vocabulary, getVocabulary } from "./vocabulary";

/** Where a text sits in valence × arousal (-1..1 each). */
export interface AffectPoint {
  valence: number;
  arousal: number;
}

/** The names of the song-level features, in the order `affectFeatures` returns them. */
export const AFFECT_FEATURES = [
  "termValence", "termArousal", "wordValence", "distinctWordValence", "negativeWordShare", "wordArousal",
  ...EMOTION_FAMILIES.map((f) => `family:${f}`),
] as const;

// How much the point moves toward the corners: a confident song lands near the terms at its extreme.
const SPREAD = 1;
// The strongest term's evidence at which the named emotions and the models weigh the same.
const NAMED_HALF = 6;

/**
 * A song's features: the evidence-weighted valence/arousal of the emotions it names, the mean
 * valence of its polar words (per reading and per distinct word, so a chorus does not decide
 * alone), the share of negative ones, the mean arousal of its energy words and the share of each
 * GEMS family. Nothing about a text's length or density: those describe a catalog's style, not a feeling.
 */
export function affectFeatures(ev: Evidence, vocab: Vocabulary = getVocabulary()): number[] {
  let tv = 0;
  let ta = 0;
  let mass = 0;
  const families = new Array<number>(EMOTION_FAMILIES.length).fill(0);
  for (const [term, score] of ev.terms) {
    const d = vocab.byTerm.get(term)!;
    tv += score * d.valence;
    ta += score * d.arousal;
    mass += score;
    families[vocab.familyIndex.get(d.family)!]! += score;
  }
  let dv = 0;
  let dw = 0;
  let negative = 0;
  for (const { sum, count } of ev.polarWords.values()) {
    const w = Math.log2(1 + count);
    dv += (sum / count) * w;
    dw += w;
    if (sum < 0) negative += w;
  }
  return [
    mass > 0 ? tv / mass : 0,
    mass > 0 ? ta / mass : 0,
    ev.valence.weight > 0 ? ev.valence.sum / ev.valence.weight : 0,
    dw > 0 ? dv / dw : 0,
    dw > 0 ? negative / dw : 0,
    ev.arousal.weight > 0 ? ev.arousal.sum / ev.arousal.weight : 0,
    ...families.map((f) => (mass > 0 ? f / mass : 0)),
  ];
}

function logit(model: { weights: readonly number[]; bias: number }, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i]! * x[i]!;
  return z;
}

/** Features centred for the text's language (lexicons differ in their neutral point) and scaled. */
export function standardize(features: readonly number[], language: "en" | "es"): number[] {
  const centre = AFFECT_MODEL.centre[language];
  return features.map((f, i) => (f - centre[i]!) / AFFECT_MODEL.scale[i]!);
}

/**
 * The song-level valence/arousal from all its evidence, through two small linear models over
 * `affectFeatures` (fitted by `npm run fit-affect`); null when the text has no evidence at all.
 */
export function affectOf(ev: Evidence, vocab: Vocabulary = getVocabulary()): AffectPoint | null {
  if (ev.terms.size === 0 && ev.valence.weight === 0 && ev.arousal.weight === 0) return null;
  const features = affectFeatures(ev, vocab);
  const x = standardize(features, ev.language);
  const valence = Math.tanh(SPREAD * logit(AFFECT_MODEL.valence, x));
  const arousal = Math.tanh(SPREAD * logit(AFFECT_MODEL.arousal, x));
  // A song that names its feelings again and again is placed by them more than by the models, which
  // were fitted on songs that mostly do not.
  const top = Math.max(0, ...ev.terms.values());
  const named = top / (top + NAMED_HALF);
  return {
    valence: (1 - named) * valence + named * features[0]!,
    arousal: (1 - named) * arousal + named * features[1]!,
  };
}
