import { DEFAULT_LIMIT, DEFAULT_THRESHOLD } from "./defaults";
import type { MoodState } from "./mood-state";
import { moodPoint, nearestTerms, normalized } from "./mood-vector";
import type { MoodtapeDeps } from "./ports";
import { type Recommendation, type SearchOptions, candidateCount, searchByVector, songFilter, toResult } from "./recommend";

// Where "lift me gently" heads: a tense mood toward relief and calm, a low one toward hope.
const CALMER_GROUND = { valence: 0.6, arousal: -0.4 };
const BRIGHTER_GROUND = { valence: 0.7, arousal: 0.2 };
const ALREADY_BRIGHT = 0.35;
// The last song goes this far along the way: gently, not all the way to joy.
const LIFT_END = 0.85;

/** The terms a "lift" heads toward from this mood, or null when the mood is already bright. */
export function liftTarget(state: MoodState): string[] | null {
  const p = moodPoint(state);
  if (p.valence >= ALREADY_BRIGHT) return null;
  return nearestTerms(p.arousal > 0.25 ? CALMER_GROUND : BRIGHTER_GROUND, 3);
}

function blend(a: readonly number[], b: readonly number[], t: number): number[] {
  return normalized(a.map((x, i) => (1 - t) * x + t * (b[i] ?? 0)));
}

/**
 * "Lift me gently": songs ordered from the mood toward better ground. Song i is the best unshown
 * song near a point i/(n−1) of the way from the mood's vector to the target's (LIFT_END at most),
 * so the first ones match the mood and each next one is a little lighter.
 */
export async function searchLifted(
  input: { vector: readonly number[]; target: readonly number[]; mood: readonly string[]; targetTerms: readonly string[] },
  options: SearchOptions,
  deps: Pick<MoodtapeDeps, "index">,
): Promise<Recommendation> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const keep = songFilter(options);
  const taken = new Set([...(options.exclude ?? []), ...(options.skipped ?? [])]);
  const artists = new Set<string>();
  const songs: Recommendation["songs"] = [];
  for (let i = 0; i < limit; i++) {
    const t = limit === 1 ? 0 : (LIFT_END * i) / (limit - 1);
    const hits = await deps.index.search(blend(input.vector, input.target, t), candidateCount({ ...options, exclude: [...taken], skipped: [] }));
    const hit = hits.find(
      (h) => h.similarity >= threshold && !taken.has(h.song.id) && keep(h.song) && !(options.diverse && h.song.artists.some((a) => artists.has(a.toLowerCase()))),
    );
    if (!hit) continue;
    taken.add(hit.song.id);
    hit.song.artists.forEach((a) => artists.add(a.toLowerCase()));
    const step = t < 0.3 ? undefined : `A song of ${hit.song.emotions.slice(0, 2).join(" and ")}: a step from your ${input.mood[0]} toward ${input.targetTerms[0]}.`;
    songs.push(toResult(hit.song, hit.similarity, input.mood, step));
  }
  if (songs.length === 0) return searchByVector(input.vector, input.mood, options, deps);
  return { emotions: [...input.mood], threshold, songs, belowThreshold: [] };
}
