import type { Song } from "@/lib/catalog/song";
import { getVocabulary } from "@/lib/emotions/vocabulary";
import type { SongHit } from "@/lib/store/song-index";
import { DEFAULT_LIMIT, DEFAULT_THRESHOLD, type Sort } from "./defaults";
import type { MoodtapeDeps } from "./ports";

export { DEFAULT_LIMIT, DEFAULT_THRESHOLD, SORTS, type Sort } from "./defaults";

const MIN_CANDIDATES = 50;
const BELOW_LIMIT = 5;

export interface SearchOptions {
  threshold?: number;
  limit?: number;
  sort?: Sort;
  /** Song ids not to return again (already shown). */
  exclude?: readonly string[];
  /** Keep only songs in these languages ("mixed" songs count for both en and es). */
  languages?: readonly string[];
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
}

export interface Recommendation {
  emotions: string[];
  threshold: number;
  songs: RecommendedSong[];
  /** The nearest songs under the threshold, filled only when no song passes it. */
  belowThreshold: RecommendedSong[];
  /** Set when the mood showed no emotion or no song passed, saying so in words. */
  message?: string;
}

function sharedEmotions(songEmotions: readonly string[], mood: readonly string[]): string[] {
  const { byTerm } = getVocabulary();
  const exact = songEmotions.filter((e) => mood.includes(e));
  const close = songEmotions.filter(
    (e) => !exact.includes(e) && mood.some((m) => byTerm.get(m)?.related.includes(e) || byTerm.get(e)?.related.includes(m)),
  );
  return [...exact, ...close];
}

function toResult(hit: SongHit, mood: readonly string[]): RecommendedSong {
  const s: Song = hit.song;
  return {
    id: s.id,
    title: s.title,
    artists: s.artists,
    popularity: s.popularity,
    similarity: Math.round(hit.similarity * 1000) / 1000,
    emotions: s.emotions,
    sharedEmotions: sharedEmotions(s.emotions, mood),
    spotifyUrl: s.spotifyUrl ?? null,
    ...(s.album ? { album: s.album } : {}),
    ...(s.releaseDate ? { releaseDate: s.releaseDate } : {}),
    ...(s.language ? { language: s.language } : {}),
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

function inLanguages(song: Song, languages: readonly string[] | undefined): boolean {
  if (!languages || languages.length === 0) return true;
  return song.language !== undefined && (languages.includes(song.language) || song.language === "mixed");
}

/**
 * Emotions → cosine search → keep similarity ≥ threshold → sort → limit. Returns the songs, and the
 * nearest songs below the threshold when none passes.
 */
export async function searchByEmotions(
  emotions: string[],
  options: SearchOptions,
  deps: SearchDeps,
): Promise<Recommendation> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (emotions.length === 0) {
    return { emotions: [], threshold, songs: [], belowThreshold: [], message: "No emotion found in the message." };
  }
  const [vector] = await deps.embeddings.embedTermLists([emotions]);
  const exclude = new Set(options.exclude ?? []);
  const filtered = (options.languages?.length ?? 0) > 0;
  const k = Math.max(MIN_CANDIDATES, (limit + exclude.size) * (filtered ? 20 : 5));
  const hits = (await deps.index.search(vector!, k)).filter((h) => !exclude.has(h.song.id) && inLanguages(h.song, options.languages));
  const passing = hits.filter((h) => h.similarity >= threshold);
  const order = options.sort === "similarity" ? (a: SongHit, b: SongHit) => b.similarity - a.similarity : byPopularity;
  const songs = passing.sort(order).slice(0, limit).map((h) => toResult(h, emotions));
  if (songs.length > 0) return { emotions, threshold, songs, belowThreshold: [] };
  const belowThreshold = hits.slice(0, Math.min(limit, BELOW_LIMIT)).map((h) => toResult(h, emotions));
  return {
    emotions,
    threshold,
    songs: [],
    belowThreshold,
    message:
      belowThreshold.length > 0
        ? `No song reaches similarity ${threshold}; the nearest ones are listed below it.`
        : "No song left to show for this mood.",
  };
}

/** Mood sentence → emotions (the engine) → searchByEmotions. */
export async function recommend(req: RecommendRequest, deps: SearchDeps & Pick<MoodtapeDeps, "engine">): Promise<Recommendation> {
  const mood = deps.engine.readMood(req.mood);
  return searchByEmotions(mood.emotions, req, deps);
}
