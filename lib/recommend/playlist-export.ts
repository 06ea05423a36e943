import { AppError } from "@/lib/errors";
import type { MoodtapeDeps } from "./ports";
import { type RecommendedSong, toResult } from "./recommend";

export const EXPORT_FORMATS = ["m3u", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface PlaylistFile {
  filename: string;
  contentType: string;
  body: string;
}

// M3U lines end at a newline; a title or name must not start a line of its own.
const oneLine = (text: string) => text.replace(/[\r\n]+/g, " ").trim();

/** Extended M3U: #EXTM3U, a #PLAYLIST title, and per song #EXTINF (seconds or -1, "Artists - Title") and its link. */
export function toM3u(title: string, songs: readonly RecommendedSong[]): string {
  const lines = ["#EXTM3U", `#PLAYLIST:${oneLine(title)}`];
  for (const s of songs) {
    const seconds = s.durationMs !== undefined ? Math.round(s.durationMs / 1000) : -1;
    lines.push(`#EXTINF:${seconds},${oneLine(s.artists.join(", "))} - ${oneLine(s.title)}`, s.links.spotify ?? s.links.searchSpotify);
  }
  return `${lines.join("\n")}\n`;
}

function slug(title: string): string {
  return (
    title
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "moodtape"
  );
}

/**
 * The songs with these ids as a playlist file (M3U or JSON), in the order given. Throws bad_request
 * naming the ids the catalog does not hold.
 */
export async function exportPlaylist(
  input: { songIds: readonly string[]; format: ExportFormat; title?: string },
  deps: Pick<MoodtapeDeps, "index">,
): Promise<PlaylistFile> {
  const title = input.title?.trim() || "Moodtape playlist";
  const found = await deps.index.songsById(input.songIds);
  const known = new Set(found.map((s) => s.id));
  const unknown = [...new Set(input.songIds.filter((id) => !known.has(id)))];
  if (unknown.length > 0) {
    throw new AppError("bad_request", `Unknown song ids: ${unknown.slice(0, 20).join(", ")}${unknown.length > 20 ? ` and ${unknown.length - 20} more` : ""}.`);
  }
  const songs = found.map((s) => toResult(s, 1, s.emotions));
  if (input.format === "m3u") return { filename: `${slug(title)}.m3u`, contentType: "audio/x-mpegurl; charset=utf-8", body: toM3u(title, songs) };
  const json = {
    title,
    exportedAt: new Date().toISOString(),
    songs: songs.map(({ id, title: t, artists, album, releaseDate, durationMs, emotions, spotifyUrl, links, demo }) => ({ id, title: t, artists, album, releaseDate, durationMs, emotions, spotifyUrl, links, demo })),
  };
  return { filename: `${slug(title)}.json`, contentType: "application/json; charset=utf-8", body: `${JSON.stringify(json, null, 2)}\n` };
}
