import type { Quadrant } from "./dataset";

/**
 * Canonical mood sentences per quadrant, several phrasings in English and Spanish, written by us.
 * They are what a person might type; none is tuned to a dataset.
 */
export const QUADRANT_QUERIES: Readonly<Record<Quadrant, readonly string[]>> = {
  happy: [
    "I'm so happy today",
    "I feel joyful and want to celebrate with my friends",
    "in a great mood, let's dance",
    "estoy feliz y con ganas de bailar",
    "qué alegría, hoy quiero celebrar",
  ],
  angry: [
    "I'm furious and want to scream",
    "I'm so angry I could break something",
    "full of rage and hate tonight",
    "estoy furioso con todo el mundo",
    "tengo mucha rabia",
  ],
  sad: [
    "I'm sad and I want to cry",
    "heartbroken and lonely tonight",
    "I feel miserable and hopeless",
    "estoy muy triste",
    "me siento solo y con ganas de llorar",
  ],
  relaxed: [
    "I want to relax and feel calm",
    "a peaceful, quiet evening",
    "something soft and soothing to unwind",
    "quiero relajarme, tranquilo",
    "me siento en paz",
  ],
};
