import { BOUNDARY } from "./text";

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

/** How the words before a cue change it. */
export interface Modifiers {
  negated: boolean;
  /** 1 plain, 1.5 intensified ("very"), 0.6 diminished ("a little"). */
  intensity: number;
  /** Negated with an intensifier inside the negation ("not so sad", "no tan triste"): softened, not flipped. */
  softened: boolean;
}

/** Negation and intensity from the few tokens before `at`, never across a clause boundary. */
export function modifiersBefore(tokens: readonly string[], at: number): Modifiers {
  let negated = false;
  let intensity = 1;
  let brokenNegation = false;
  let softened = false;
  let sawIntensifier = false;
  for (let k = at - 1; k >= 0 && k >= at - NEGATION_WINDOW; k--) {
    const tok = tokens[k]!;
    if (tok === BOUNDARY) break;
    if (NEGATION_BREAKERS.has(tok)) brokenNegation = true;
    if (INTENSIFIERS.has(tok)) sawIntensifier = true;
    if (NEGATORS.has(tok) && !brokenNegation) {
      negated = !negated;
      if (sawIntensifier) softened = true;
    }
    if (at - k <= INTENSITY_WINDOW) {
      if (INTENSIFIERS.has(tok)) intensity = Math.max(intensity, 1.5);
      if (DIMINISHERS.has(tok)) intensity = Math.min(intensity, 0.6);
    }
  }
  return { negated, intensity, softened: negated && softened };
}
