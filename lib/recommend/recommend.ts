import type { Song } from "@/lib/catalog/song";
import { isDemoSong } from "@/lib/catalog/demo";
import { type SongPoint, songPoint } from "@/lib/catalog/song-point";
import { getVocabulary } from "@/lib/emotions/vocabulary";
import type { SongHit } from "@/lib/store/song-index";
import { DEFAULT_LIMIT, DEFAULT_THRESHOLD, type Sort } from "./defaults";
import type { MoodtapeDeps } from "./ports";
import { type SongLinks, lineFor, songLinks, whyText } from "./song-notes";

export { DEFAULT_LIMIT, DEFAULT_THRESHOLD, SORTS, type Sort } from "./defaults";

const MIN_CANDIDATES = 50;
const BELOW_LIMIT = 5;
// A song "leads with" an emotion when it is among its first three tags.
const LEAD = 3;

export interface SearchOptions {
  threshold?: number;
  limit?: number;
  sort?: Sort;
  /** Song ids already shown, not to return again ("again" sends none). */
  exclude?: readonly string[];
  /** Song ids skipped: never returned, and not counted as "already shown" (asking again won't bring them). */
  skipped?: readonly string[];
  /** Keep only songs in these languages ("mixed" songs count for both en and es). */
  languages?: readonly string[];
  /** Leave out songs in these languages. */
  notLanguages?: readonly string[];
  /** Leave out songs that lead with any of these emotions ("not angry"). */
  avoid?: readonly string[];
  /**
   * A move the person asked for ("more upbeat"): only songs whose valence/arousal point lies at
   * least `min` further along `direction` than `from`.
   */
  toward?: { from: SongPoint; direction: SongPoint; min: number };
  /** At most one song per artist (the API's default; the CLI and library default to false). */
  diverse?: boolean;
}

export interface RecommendRequest extends SearchOptions {
  mood: string;
}

/** What recommending needs: the part of MoodtapeDeps it uses. */
type SearchDeps = Pick<MoodtapeDeps, "embeddings" | "index">;

export interface RecommendedSong {
  id: string;
  title: string;
  artists: string[];
  popularity: number | null;
  similarity: number;
  emotions: string[];
  /** The song's emotions that are the mood's own or close to them, the mood's own first. */
  sharedEmotions: string[];
  spotifyUrl: string | null;
  album?: string;
  releaseDate?: string;
  language?: string;
  durationMs?: number;
  /** Why it fits, in words, from the song's side. */
  why: string;
  /** The lyric line carrying the strongest shared emotion, when the catalog has one. */
  line: string | null;
  links: SongLinks;
  /** One of Moodtape's own demo songs: no player finds it; the chat shows its lyrics. */
  demo: boolean;
}

export interface Recommendation {
  emotions: string[];
  threshold: number;
  songs: RecommendedSong[];
  /** The nearest songs under the threshold, filled only when no song passes it. */
  belowThreshold: RecommendedSong[];
  /** Set when the mood showed no emotion or no song passed, saying so in words. */
  message?: string;
  /** True when songs fit but all of them were already shown (ask "again" to see them). */
  exhausted?: boolean;
}

function sharedEmotions(songEmotions: readonly string[], mood: readonly string[]): string[] {
  const { byTerm } = getVocabulary();
  const exact = songEmotions.filter((e) => mood.includes(e));
  const close = songEmotions.filter(
    (e) => !exact.includes(e) && mood.some((m) => byTerm.get(m)?.related.includes(e) || byTerm.get(e)?.related.includes(m)),
  );
  return [...exact, ...close];
}

/** A song as answers show it: its fields, similarity, the shared emotions, why, a lyric line, links. */
export function toResult(song: Song, similarity: number, mood: readonly string[], why?: string): RecommendedSong {
  const s = song;
  const shared = sharedEmotions(s.emotions, mood);
  return {
    id: s.id,
    title: s.title,
    artists: s.artists,
    popularity: s.popularity,
    similarity: Math.round(similarity * 1000) / 1000,
    emotions: s.emotions,
    sharedEmotions: shared,
    spotifyUrl: s.spotifyUrl ?? null,
    ...(s.album ? { album: s.album } : {}),
    ...(s.releaseDate ? { releaseDate: s.releaseDate } : {}),
    ...(s.language ? { language: s.language } : {}),
    ...(s.durationMs !== undefined ? { durationMs: s.durationMs } : {}),
    why: why ?? whyText(s, mood, shared),
    line: lineFor(s, shared),
    links: songLinks(s),
    demo: isDemoSong(s),
  };
}

/** Known popularity first (highest first), then unknown; similarity breaks ties and orders the unknown. */
export function byPopularity(a: SongHit, b: SongHit): number {
  const pa = a.song.popularity;
  const pb = b.song.popularity;
  if (pa !== null && pb !== null && pa !== pb) return pb - pa;
  if (pa === null && pb !== null) return 1;
  if (pa !== null && pb === null) return -1;
  return b.similarity - a.similarity;
}

/** The filters of a search as one test: language, not-language and emotions to avoid. */
export function songFilter(options: SearchOptions): (song: Song) => boolean {
  const only = options.languages ?? [];
  const not = options.notLanguages ?? [];
  const avoid = options.avoid ?? [];
  const toward = options.toward;
  const norm = toward ? Math.hypot(toward.direction.valence, toward.direction.arousal) : 0;
  const along = (song: Song) => {
    if (!toward || norm === 0) return true;
    const p = songPoint(song);
    if (!p) return true;
    const progress = ((p.valence - toward.from.valence) * toward.direction.valence + (p.arousal - toward.from.arousal) * toward.direction.arousal) / norm;
    return progress >= toward.min;
  };
  return (song) => {
    if (!along(song)) return false;
    if (only.length > 0 && !(song.language !== undefined && (only.includes(song.language) || song.language === "mixed"))) return false;
    if (not.length > 0 && song.language !== undefined && not.includes(song.language)) return false;
    return !song.emotions.slice(0, LEAD).some((e) => avoid.includes(e));
  };
}

/** Keeps the first song of each artist (in the given order) when `diverse`, else all. */
export function oneSongPerArtist<T extends { song: Song }>(hits: readonly T[], diverse: boolean | undefined): T[] {
  if (!diverse) return [...hits];
  const seen = new Set<string>();
  return hits.filter((h) => {
    const artists = h.song.artists.map((a) => a.toLowerCase());
    if (artists.some((a) => seen.has(a))) return false;
    artists.forEach((a) => seen.add(a));
    return true;
  });
}

/** How many nearest songs to ask the index for first: enough for the answer and the songs left out. */
export function candidateCount(options: SearchOptions): number {
  const limit = options.limit ?? DEFAULT_LIMIT;
  return Math.max(MIN_CANDIDATES, (limit + (options.exclude?.length ?? 0) + (options.skipped?.length ?? 0)) * 3);
}

// Filters and one-song-per-artist can leave too few: ask for this many times more, a few times over.
// (At most 50 · 4² = 800 songs: a catalog of one artist answers one song, not a scan of everything.)
const WIDEN = 4;
const WIDEN_TIMES = 2;

/**
 * The nearest songs that pass the filters, asking the index for more while filters leave fewer
 * than `enough` and the catalog has more to give.
 */
async function nearestKept(vector: readonly number[], options: SearchOptions, deps: Pick<MoodtapeDeps, "index">, enough: (hits: SongHit[]) => boolean): Promise<SongHit[]> {
  const keep = songFilter(options);
  let k = candidateCount(options);
  for (let round = 0; ; round++) {
    const found = await deps.index.search(vector, k);
    const kept = found.filter((h) => keep(h.song));
    if (found.length < k || round === WIDEN_TIMES || enough(kept)) return kept;
    k *= WIDEN;
  }
}

/**
 * A mood vector → cosine search → filters → keep similarity ≥ threshold → sort → one per artist
 * (when asked) → limit. When none passes, the nearest songs below the threshold; when all that pass
 * were already shown, says so (`exhausted`).
 */
export async function searchByVector(
  vector: readonly number[],
  mood: readonly string[],
  options: SearchOptions,
  deps: Pick<MoodtapeDeps, "index">,
): Promise<Recommendation> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const shown = new Set(options.exclude ?? []);
  const exclude = new Set([...shown, ...(options.skipped ?? [])]);
  const order = options.sort === "similarity" ? (a: SongHit, b: SongHit) => b.similarity - a.similarity : byPopularity;
  let last: { kept: SongHit[]; songs: SongHit[] } | undefined;
  const answer = (kept: SongHit[]) => {
    if (last?.kept !== kept) last = { kept, songs: oneSongPerArtist(kept.filter((h) => h.similarity >= threshold && !exclude.has(h.song.id)).sort(order), options.diverse) };
    return last.songs;
  };
  // Enough once the answer is full, or once the nearest songs left fall under the threshold.
  const all = await nearestKept(vector, options, deps, (kept) => answer(kept).length >= limit || (kept.length > 0 && kept.at(-1)!.similarity < threshold));
  const hits = all.filter((h) => !exclude.has(h.song.id));
  const passing = answer(all);
  const songs = passing.slice(0, limit).map((h) => toResult(h.song, h.similarity, mood));
  const emotions = [...mood];
  if (songs.length > 0) return { emotions, threshold, songs, belowThreshold: [] };
  const shownFit = all.filter((h) => h.similarity >= threshold && shown.has(h.song.id)).length;
  if (shownFit > 0) {
    const message = `You have seen all ${shownFit} songs that fit this mood. Say "again" (or allow repeats) to hear them again.`;
    return { emotions, threshold, songs: [], belowThreshold: [], exhausted: true, message };
  }
  const belowThreshold = oneSongPerArtist(hits, options.diverse).slice(0, Math.min(limit, BELOW_LIMIT)).map((h) => toResult(h.song, h.similarity, mood));
  const message =
    belowThreshold.length > 0 ? `No song reaches similarity ${threshold}; the nearest ones are listed below it.` : "No song left to show for this mood.";
  return { emotions, threshold, songs: [], belowThreshold, message };
}

/** Ranked emotions → their embedding → searchByVector. */
export async function searchByEmotions(emotions: string[], options: SearchOptions, deps: SearchDeps): Promise<Recommendation> {
  if (emotions.length === 0) {
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    return { emotions: [], threshold, songs: [], belowThreshold: [], message: "No emotion found in the message." };
  }
  const [vector] = await deps.embeddings.embedTermLists([emotions]);
  return searchByVector(vector!, emotions, options, deps);
}

/** Mood sentence → emotions (the engine) → searchByEmotions. */
export async function recommend(req: RecommendRequest, deps: SearchDeps & Pick<MoodtapeDeps, "engine">): Promise<Recommendation> {
  const mood = deps.engine.readMood(req.mood);
  return searchByEmotions(mood.emotions, req, deps);
}
