import { AppError } from "@/lib/errors";

const ID = /^[A-Za-z0-9]{16,32}$/;

/** The playlist id in a Spotify URL (open.spotify.com/playlist/ID?si=...), URI (spotify:playlist:ID) or a bare id. */
export function parsePlaylistId(input: string): string {
  const text = input.trim();
  const fromUrl = /^https?:\/\/open\.spotify\.com\/(?:intl-[a-z-]+\/)?playlist\/([A-Za-z0-9]+)/.exec(text)?.[1];
  const fromUri = /^spotify:(?:user:[^:]+:)?playlist:([A-Za-z0-9]+)$/.exec(text)?.[1];
  const id = fromUrl ?? fromUri ?? text;
  if (!ID.test(id)) {
    throw new AppError("bad_request", `"${input.slice(0, 100)}" is not a Spotify playlist URL, URI or id`);
  }
  return id;
}

/** Editorial and algorithmic playlists (ids starting 37i9) are not readable by apps created since 2024-11. */
export function isEditorialPlaylist(id: string): boolean {
  return id.startsWith("37i9");
}
