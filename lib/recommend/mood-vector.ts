import type { Song } from "@/lib/catalog/song";
import { type SongPoint, weightedPoint } from "@/lib/catalog/song-point";
import { getVocabulary } from "@/lib/emotions/vocabulary";
import { type MoodState, stateTerms } from "./mood-state";
import type { MoodtapeDeps } from "./ports";

// How much a shift of 1 weighs against the mood itself (norm 1), and likes/skips likewise.
const SHIFT_WEIGHT = 1.8;
const SHIFT_TERMS = 3;
// A shift points past the mood by this much of itself: "more upbeat" from deep sadness reaches hope.
const SHIFT_REACH = 2.2;
const LIKE_PULL = 0.35;
const SKIP_PUSH = 0.25;

/** The valence/arousal point of a state's emotions (weighted), before any shift. */
export function moodPoint(state: Pick<MoodState, "emotions">): SongPoint {
  return weightedPoint(state.emotions) ?? { valence: 0, arousal: 0 };
}

/** The vocabulary terms nearest a valence/arousal point, nearest first. */
export function nearestTerms(point: SongPoint, n: number, except: readonly string[] = []): string[] {
  return getVocabulary()
    .terms.filter((t) => !except.includes(t.term))
    .map((t) => ({ term: t.term, d: (t.valence - point.valence) ** 2 + (t.arousal - point.arousal) ** 2 }))
    .sort((a, b) => a.d - b.d || (a.term < b.term ? -1 : 1))
    .slice(0, n)
    .map((t) => t.term);
}

const clamp = (x: number) => Math.max(-1, Math.min(1, x));

// A song must lie this share of the shift further along it than the mood ("more upbeat" = brighter).
const TOWARD_SHARE = 0.3;

/** The move a state's shift asks of songs, for searchByVector's `toward` filter; undefined when none. */
export function towardOf(state: MoodState): { from: SongPoint; direction: SongPoint; min: number } | undefined {
  const { valence, arousal } = state.shift;
  const size = Math.hypot(valence, arousal);
  if (size === 0) return undefined;
  return { from: moodPoint(state), direction: { valence, arousal }, min: TOWARD_SHARE * SHIFT_REACH * size };
}

/** Where a shift points: the mood's point moved by it (the terms there pull the search). */
export function shiftTerms(state: MoodState): string[] {
  const { valence, arousal } = state.shift;
  if (valence === 0 && arousal === 0) return [];
  const p = moodPoint(state);
  return nearestTerms({ valence: clamp(p.valence + SHIFT_REACH * valence), arousal: clamp(p.arousal + SHIFT_REACH * arousal) }, SHIFT_TERMS, [...stateTerms(state), ...state.avoid]);
}

function addScaled(out: number[], v: readonly number[], w: number): void {
  for (let i = 0; i < out.length; i++) out[i]! += w * (v[i] ?? 0);
}

/** The vector scaled to unit length (a zero vector stays zero). */
export function normalized(v: number[]): number[] {
  const norm = Math.hypot(...v);
  return norm > 0 ? v.map((x) => x / norm) : v;
}

async function meanOf(songs: readonly Song[], embeddings: MoodtapeDeps["embeddings"]): Promise<number[] | null> {
  const tagged = songs.filter((s) => s.emotions.length > 0);
  if (tagged.length === 0) return null;
  const vectors = embeddings.embedSongs ? await embeddings.embedSongs(tagged) : await embeddings.embedTermLists(tagged.map((s) => s.emotions));
  const sum = new Array<number>(embeddings.dimension).fill(0);
  for (const v of vectors) addScaled(sum, v, 1);
  return normalized(sum);
}

/**
 * The search vector of a mood state: its emotions by weight, pulled toward where a shift points,
 * toward the songs liked and away from the songs skipped. Returns the vector (unit length, or
 * null when the state holds no emotion) and the terms it was made of, for the answer to show.
 */
export async function moodVector(
  state: MoodState,
  taste: { liked: readonly Song[]; skipped: readonly Song[] },
  deps: Pick<MoodtapeDeps, "embeddings">,
): Promise<{ vector: number[] | null; terms: string[] }> {
  const emotions = state.emotions.filter((e) => e.weight > 0);
  if (emotions.length === 0) return { vector: null, terms: [] };
  const shifted = shiftTerms(state);
  const singles = await deps.embeddings.embedTermLists([...emotions.map((e) => [e.term]), ...(shifted.length > 0 ? [shifted] : [])]);
  const sum = new Array<number>(deps.embeddings.dimension).fill(0);
  emotions.forEach((e, i) => addScaled(sum, singles[i]!, e.weight));
  let vector = normalized(sum);
  if (shifted.length > 0) {
    const strength = SHIFT_WEIGHT * Math.hypot(state.shift.valence, state.shift.arousal);
    addScaled(vector, singles[emotions.length]!, strength);
    vector = normalized(vector);
  }
  const pull = await meanOf(taste.liked, deps.embeddings);
  const push = await meanOf(taste.skipped, deps.embeddings);
  if (pull) addScaled(vector, pull, LIKE_PULL);
  if (push) addScaled(vector, push, -SKIP_PUSH);
  return { vector: normalized(vector), terms: [...stateTerms(state).slice(0, 8 - shifted.length), ...shifted] };
}
