import type { Song } from "./song";

/** What a playlist file needs of a song. */
export type PlaylistSong = Pick<Song, "id" | "title" | "artists"> & Partial<Pick<Song, "album" | "durationMs" | "spotifyUrl" | "spotifyUri">>;

// One line per field: a CR or LF inside a title would start a new (bogus) entry.
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, " ").trim();

/** Where a player finds the song: its Spotify link, else a Spotify search for "artists title" (never a guessed track). */
export function songLink(song: PlaylistSong): string {
  if (song.spotifyUrl) return song.spotifyUrl;
  const id = /^spotify:track:([A-Za-z0-9]+)$/.exec(song.spotifyUri ?? "")?.[1];
  if (id) return `https://open.spotify.com/track/${id}`;
  return `https://open.spotify.com/search/${encodeURIComponent(oneLine(`${song.artists.join(" ")} ${song.title}`))}`;
}

/**
 * An extended M3U playlist (UTF-8, `.m3u8`): `#EXTM3U`, `#PLAYLIST:<title>`, then per song
 * `#EXTINF:<seconds or -1>,<Artists> - <Title>` and its link (songLink). Lines end in "\n".
 */
export function toM3u(playlist: { title: string; songs: readonly PlaylistSong[] }): string {
  const lines = ["#EXTM3U", `#PLAYLIST:${oneLine(playlist.title)}`];
  for (const s of playlist.songs) {
    const seconds = typeof s.durationMs === "number" ? Math.round(s.durationMs / 1000) : -1;
    lines.push(`#EXTINF:${seconds},${oneLine(s.artists.join(", "))} - ${oneLine(s.title)}`, songLink(s));
  }
  return `${lines.join("\n")}\n`;
}

/** A playlist as JSON: its title and, per song, id, title, artists, album, duration and links. */
export function toPlaylistJson(playlist: { title: string; songs: readonly PlaylistSong[] }): string {
  const songs = playlist.songs.map((s) => ({
    id: s.id,
    title: s.title,
    artists: s.artists,
    ...(s.album ? { album: s.album } : {}),
    ...(typeof s.durationMs === "number" ? { durationMs: s.durationMs } : {}),
    ...(s.spotifyUri ? { spotifyUri: s.spotifyUri } : {}),
    link: songLink(s),
  }));
  return `${JSON.stringify({ title: playlist.title, songs }, null, 2)}\n`;
}
