import { type Vocabulary, getVocabulary } from "@/lib/emotions/vocabulary";
import { rankWeight, weightedPoint } from "@/lib/catalog/song-point";
import { scatterSvg } from "./scatter-svg";

export interface SongPosition {
  valence: number;
  arousal: number;
  family: string;
}

export interface MapSong {
  id: string;
  title: string;
  artists: string[];
  emotions: string[];
}

// Enough to separate songs with identical tags, small next to the distance between two terms.
const JITTER = 0.03;
const QUADRANTS: [string, string, string, string] = ["happy / energetic", "angry / tense", "sad / low", "calm / relaxed"];

/**
 * Where a song's tags sit in valence × arousal: the mean of the known terms' coordinates, each weighted
 * 1 / (1 + 0.25 · rank) by its position in the list; family is the first known term's. Unknown terms
 * are skipped (they keep their rank slot); null when no term is known.
 */
export function songPosition(emotions: readonly string[], vocab: Pick<Vocabulary, "byTerm"> = getVocabulary()): SongPosition | null {
  const terms = emotions.map((t) => t.trim().toLowerCase());
  const family = terms.map((t) => vocab.byTerm.get(t)?.family).find((f) => f !== undefined);
  const point = weightedPoint(terms.map((term, rank) => ({ term, weight: rankWeight(rank) })), vocab.byTerm);
  return point && family ? { ...point, family } : null;
}

/** FNV-1a, 32 bits: a stable hash so a song's jitter is the same on every run. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Two offsets in [-JITTER, JITTER] derived from the song id. */
export function jitterOf(id: string): [number, number] {
  const h = hash32(id);
  const unit = (bits: number) => ((bits & 0xffff) / 0xffff) * 2 - 1;
  return [unit(h) * JITTER, unit(h >>> 16) * JITTER];
}

const clamp = (v: number) => Math.min(1, Math.max(-1, v));

/**
 * The catalog's songs as an SVG scatter over valence (x) × arousal (y), coloured by emotion family,
 * each nudged by a small id-derived jitter. Returns the SVG and how many songs were placed or skipped
 * (no known emotion).
 */
export function emotionMapSvg<S extends MapSong>(
  songs: readonly S[],
  title: string,
  /** Colour groups: the first term's GEMS family unless given (the eval colours by dataset label). */
  groupOf?: (song: S) => string,
): { svg: string; placed: number; skipped: number } {
  const points = songs.flatMap((song) => {
    const p = songPosition(song.emotions);
    if (!p) return [];
    const [jx, jy] = jitterOf(song.id);
    const by = song.artists.length > 0 ? ` — ${song.artists.join(", ")}` : "";
    const label = `${song.title}${by}: ${song.emotions.slice(0, 3).join(", ")}`;
    const group = groupOf ? groupOf(song) : p.family.replace(/_/g, " ");
    return [{ x: clamp(p.valence + jx), y: clamp(p.arousal + jy), group, label }];
  });
  const svg = scatterSvg({
    title,
    xLabel: "valence (unpleasant → pleasant)",
    yLabel: "arousal (calm → energetic)",
    points,
    xRange: [-1, 1],
    yRange: [-1, 1],
    quadrantLabels: QUADRANTS,
  });
  return { svg, placed: points.length, skipped: songs.length - points.length };
}
