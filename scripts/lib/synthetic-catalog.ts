// Deterministic synthetic catalogs for the benches: songs clustered like real ones (most of a song's
// eight emotions from one GEMS family, the rest from anywhere), popularity unknown for one in ten.
import type { Song } from "@/lib/catalog/song";
import { getVocabulary } from "@/lib/emotions/vocabulary";

/** Small deterministic PRNG so every run benches the same catalog. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const SONGS_PER_ARTIST = 12;

/** `n` synthetic songs (ids syn-0…), the same for the same n. */
export function syntheticSongs(n: number): Song[] {
  const rand = prng(n);
  const { terms } = getVocabulary();
  const byFamily = new Map<string, typeof terms>();
  for (const t of terms) byFamily.set(t.family, [...(byFamily.get(t.family) ?? []), t]);
  return Array.from({ length: n }, (_, i) => {
    const anchor = terms[Math.floor(rand() * terms.length)]!;
    const family = byFamily.get(anchor.family)!;
    const picked = new Set<string>([anchor.term]);
    while (picked.size < 8) {
      const pool = rand() < 0.7 ? family : terms;
      picked.add(pool[Math.floor(rand() * pool.length)]!.term);
    }
    const popularity = rand() < 0.1 ? null : Math.floor(rand() * 101);
    // About a dozen songs per artist, as in real catalogs (the answer keeps one song per artist).
    const artist = `Bench Artist ${Math.floor(rand() * Math.max(1, Math.round(n / SONGS_PER_ARTIST)))}`;
    return { id: `syn-${i}`, title: `Synthetic ${i}`, artists: [artist], popularity, emotions: [...picked], emotionSource: "bench" };
  });
}
