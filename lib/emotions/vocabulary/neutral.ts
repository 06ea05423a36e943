/**
 * Phrases that look like a cue but carry no emotion of their own, written by us. They are read
 * as one unit and give nothing, so their words do not fire: "I want to cry" is about crying, not
 * desire; "kind of" is a hedge, not compassion; "con ganas de llorar" is about crying, not
 * anticipation. A longer cue still wins ("ganas de ti" is desire).
 */
export const NEUTRAL_PHRASES: Readonly<Record<"en" | "es", readonly string[]>> = {
  en: [
    "want to", "wanna", "wanted to", "need to", "needed to", "kind of", "sort of", "feel like", "i feel",
    "im feeling", "feeling", "i guess", "you know", "i mean", "like that", "like this", "ready to",
  ],
  es: [
    "con ganas de", "tengo ganas de", "ganas de", "quiero que", "me siento", "me siento como", "tipo de",
    "o sea", "como que", "tengo que", "hay que",
  ],
};
