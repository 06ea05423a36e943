import type { Song } from "./song";

/** Songs written for Moodtape's bundled catalog carry this lyrics source: they exist nowhere else. */
export const DEMO_LYRICS_SOURCE = "moodtape-demo";

/** True for our own demo songs: no player or search finds them, so the chat shows their lyrics. */
export function isDemoSong(song: Pick<Song, "lyricsSource">): boolean {
  return song.lyricsSource === DEMO_LYRICS_SOURCE;
}
