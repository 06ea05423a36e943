import type { Song } from "@/lib/catalog/song";

/** A tagged song for tests; emotions must be vocabulary terms. */
export function song(id: string, emotions: string[], popularity: number | null = 50, extra: Partial<Song> = {}): Song {
  return {
    id,
    title: `Song ${id}`,
    artists: ["Test Artist"],
    popularity,
    emotions,
    emotionSource: "test",
    ...extra,
  };
}

export const SMALL_CATALOG: Song[] = [
  song("sad-1", ["sadness", "heartbreak", "loneliness", "grief"], 80),
  song("sad-2", ["heartbreak", "sadness", "longing", "despair"], 30),
  song("sad-3", ["loneliness", "sadness", "emptiness"], null),
  song("joy-1", ["joy", "excitement", "euphoria", "celebration"], 90),
  song("joy-2", ["excitement", "joy", "playfulness"], 60),
  song("calm-1", ["serenity", "calm", "contentment"], 40),
  song("rage-1", ["anger", "rage", "frustration"], 70),
];
