import { songPoint } from "@/lib/catalog/song-point";
import { getVocabulary } from "@/lib/emotions/vocabulary";
import type { MoodtapeDeps } from "./ports";

/** The most songs a map shows: enough for any hand-made catalog, light enough for a phone. */
export const MAP_MAX = 2000;

export interface MapPoint {
  id: string;
  title: string;
  artists: string[];
  valence: number;
  arousal: number;
  /** The GEMS family of the song's first emotion. */
  family: string;
}

/**
 * The catalog in valence × arousal, one point per song, coloured by family. Catalogs larger than
 * MAP_MAX show the MAP_MAX songs nearest the centre of the emotion space (`total` says how many
 * there are in all).
 */
export async function catalogMap(deps: Pick<MoodtapeDeps, "index">): Promise<{ total: number; points: MapPoint[] }> {
  const { dimension, songCount } = deps.index.manifest;
  const centre = new Array<number>(dimension).fill(1 / Math.sqrt(dimension));
  const hits = await deps.index.search(centre, Math.min(songCount, MAP_MAX));
  const { byTerm } = getVocabulary();
  const points = hits.flatMap(({ song }) => {
    const p = songPoint(song);
    const family = song.emotions.map((e) => byTerm.get(e)?.family).find(Boolean);
    if (!p || !family) return [];
    const round = (x: number) => Math.round(x * 1000) / 1000;
    return [{ id: song.id, title: song.title, artists: song.artists, valence: round(p.valence), arousal: round(p.arousal), family }];
  });
  return { total: songCount, points };
}
