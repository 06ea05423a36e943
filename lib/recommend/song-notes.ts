import { songLink } from "@/lib/catalog/playlist-file";
import type { Song } from "@/lib/catalog/song";

export interface SongLinks {
  /** The song on Spotify, when the catalog knows its id. */
  spotify?: string;
  searchSpotify: string;
  searchYouTubeMusic: string;
}

/** Where to hear a song: its Spotify link when known, and searches on Spotify and YouTube Music. */
export function songLinks(song: Pick<Song, "id" | "title" | "artists" | "spotifyUrl" | "spotifyUri">): SongLinks {
  // The same links a playlist file carries (playlist-file.ts): the track when known, else a search.
  const search = songLink({ id: song.id, title: song.title, artists: song.artists });
  const own = songLink(song);
  const query = `${song.artists.join(" ")} ${song.title}`.replace(/[\r\n]+/g, " ").trim();
  return {
    ...(own !== search ? { spotify: own } : {}),
    searchSpotify: search,
    searchYouTubeMusic: `https://music.youtube.com/search?q=${encodeURIComponent(query)}`,
  };
}

function list(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/**
 * Why a song fits, said from the song's side: "A song of jealousy and betrayal that shares your
 * anger." `shared` are the song's emotions that are the mood's own or related to them.
 */
export function whyText(song: Pick<Song, "emotions">, mood: readonly string[], shared: readonly string[]): string {
  const own = shared.filter((e) => mood.includes(e)).slice(0, 2);
  const close = shared.filter((e) => !mood.includes(e));
  const rest = song.emotions.filter((e) => !own.includes(e)).slice(0, 2);
  if (own.length > 0 && rest.length > 0) return `A song of ${list(rest)} that shares your ${list(own)}.`;
  if (own.length > 0) return `A song of ${list(own)}, as you feel it.`;
  if (close.length > 0) return `A song of ${list(close.slice(0, 2))}, close to your ${mood[0]}.`;
  return `A song of ${list(song.emotions.slice(0, 2))}, near your mood as a whole.`;
}

/** The lyric line that carries the strongest emotion the song shares with the mood, or null. */
export function lineFor(song: Pick<Song, "emotions" | "lines">, shared: readonly string[]): string | null {
  for (const term of [...shared, ...song.emotions]) {
    const line = song.lines?.[term];
    if (line) return line;
  }
  return null;
}
