import type { EmotionEngine } from "@/lib/emotions/engine";
import { type Edit, emotionsBeyondEdits, readTurn } from "./follow-up";
import { applyEdits } from "./mood-edit";
import { type MoodState, stateFromEmotions } from "./mood-state";
import { nearestTerms } from "./mood-vector";
import type { Turn } from "./ports";

export type { Turn } from "./ports";

/** What one message does to a conversation's mood. */
export type MessageReading =
  | { kind: "new"; state: MoodState; repeat: boolean }
  | { kind: "edit"; edits: Edit[]; emotions: string[]; repeat: boolean }
  | { kind: "unreadable" };

const FILTER_KINDS = new Set<Edit["kind"]>(["only-language", "no-language", "any-language"]);
// A first message with only a direction ("something upbeat") starts where that direction points.
const SEED_REACH = 2;
const SEEDS = 3;

function fresh(emotions: readonly string[], edits: readonly Edit[]): MoodState {
  return applyEdits(stateFromEmotions(emotions), edits.filter((e) => FILTER_KINDS.has(e.kind)), []);
}

/**
 * Reads a message against the mood the conversation is at: a follow-up ("not so sad", "more
 * upbeat", "only Spanish songs", "not angry", "more like the 2nd one", "again") edits it; a message
 * naming a mood without follow-up words starts a new one; anything else is unreadable and the
 * mood stays as it was. English and Spanish.
 */
export function readMessage(message: string, state: MoodState | null, engine: EmotionEngine): MessageReading {
  const turn = readTurn(message, engine);
  const repeat = turn.edits.some((e) => e.kind === "again");
  if (state && state.emotions.length > 0 && turn.followUp) return { kind: "edit", edits: turn.edits, emotions: emotionsBeyondEdits(turn, engine), repeat };
  const own = engine.readMood(message);
  if (!own.noEmotion) return { kind: "new", state: fresh(own.emotions, turn.edits), repeat };
  const shift = turn.edits.find((e) => e.kind === "shift");
  if (shift && shift.kind === "shift") {
    const seeds = nearestTerms({ valence: SEED_REACH * shift.valence, arousal: SEED_REACH * shift.arousal }, SEEDS);
    return { kind: "new", state: fresh(seeds, turn.edits), repeat };
  }
  if (state && state.emotions.length > 0) return { kind: "unreadable" };
  return { kind: "new", state: fresh([], turn.edits), repeat };
}

/** The mood a conversation's user messages arrive at (for callers that send history, not state). */
export function foldHistory(history: readonly Turn[], engine: EmotionEngine): MoodState | null {
  let state: MoodState | null = null;
  for (const turn of history) {
    if (turn.role !== "user") continue;
    const r = readMessage(turn.content, state, engine);
    if (r.kind === "new") state = r.state;
    else if (r.kind === "edit" && state) state = applyEdits(state, r.edits, r.emotions);
  }
  return state;
}
