import { isDemoSong } from "@/lib/catalog/demo";
import { AppError } from "@/lib/errors";
import type { MoodtapeDeps } from "./ports";
import { DEFAULT_LIMIT, type RecommendedSong, oneSongPerArtist, toResult } from "./recommend";

type Deps = Pick<MoodtapeDeps, "embeddings" | "index">;

async function songOrNotFound(id: string, deps: Deps) {
  const [song] = await deps.index.songsById([id]);
  if (!song) throw new AppError("not_found", `There is no song with id "${id.slice(0, 200)}" in the catalog.`);
  return song;
}

/** One song as answers show it, with its lyrics when it is one of our own demo songs (else null). */
export async function songDetails(id: string, deps: Deps): Promise<{ song: RecommendedSong; lyrics: string | null }> {
  const song = await songOrNotFound(id, deps);
  return { song: toResult(song, 1, song.emotions), lyrics: isDemoSong(song) && song.lyrics ? song.lyrics : null };
}

/**
 * "More like this": the songs nearest one song's emotions (itself left out), by similarity, at most
 * one per artist unless `diverse` is false. Throws not_found for an id the catalog does not hold.
 */
export async function similarSongs(
  input: { id: string; limit?: number; diverse?: boolean },
  deps: Deps,
): Promise<{ song: RecommendedSong; songs: RecommendedSong[] }> {
  const song = await songOrNotFound(input.id, deps);
  const limit = input.limit ?? DEFAULT_LIMIT;
  // The song's own vector (its audio features or crowd ratings count, as in the index).
  const [vector] = deps.embeddings.embedSongs ? await deps.embeddings.embedSongs([song]) : await deps.embeddings.embedTermLists([song.emotions]);
  const hits = await deps.index.search(vector!, Math.max(50, limit * 10));
  const others = hits.filter((h) => h.song.id !== song.id);
  const picked = oneSongPerArtist([{ song, similarity: 1 }, ...others], input.diverse ?? true).slice(1, limit + 1);
  const songs = picked.map((h) => {
    const s = toResult(h.song, h.similarity, song.emotions);
    const shared = s.sharedEmotions.slice(0, 2).join(" and ");
    return { ...s, why: shared ? `Shares ${shared} with “${song.title}”.` : `Near “${song.title}” as a whole.` };
  });
  return { song: toResult(song, 1, song.emotions), songs };
}
