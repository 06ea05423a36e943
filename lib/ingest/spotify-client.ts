import type { Song } from "@/lib/catalog/song";
import { AppError } from "@/lib/errors";
import type { TokenProvider } from "./spotify-auth";
import { isEditorialPlaylist } from "./spotify-ids";

/**
 * One 429 pause shared by every worker: when Spotify says "retry after N s", nobody sends until then.
 */
export class RateGate {
  private until = 0;
  waits = 0;
  constructor(private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))) {}
  async pass(): Promise<void> {
    while (Date.now() < this.until) await this.sleep(this.until - Date.now());
  }
  pause(ms: number): void {
    this.waits++;
    this.until = Math.max(this.until, Date.now() + ms);
  }
}

export interface PlaylistRead {
  songs: Song[];
  skipped: { local: number; episodes: number; empty: number };
  /** Which path answered: "items" (2026 API) or "tracks" (the older one). */
  path: "items" | "tracks";
}

interface SpotifyTrack {
  type?: string;
  id?: string | null;
  name?: string;
  is_local?: boolean;
  uri?: string;
  duration_ms?: number;
  popularity?: number;
  external_urls?: { spotify?: string };
  artists?: { name?: string }[];
  album?: { name?: string; release_date?: string };
}

interface PageEntry {
  is_local?: boolean;
  item?: SpotifyTrack | null;
  track?: SpotifyTrack | null;
}

const MAX_RETRIES = 3;
const MAX_WAIT_MS = 60_000;

function toSong(t: SpotifyTrack): Song {
  return {
    id: t.id!,
    title: t.name ?? "",
    artists: (t.artists ?? []).map((a) => a.name ?? "").filter((n) => n !== ""),
    ...(t.album?.name ? { album: t.album.name } : {}),
    ...(t.album?.release_date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(t.album.release_date) ? { releaseDate: t.album.release_date } : {}),
    // Spotify stopped sending popularity to development-mode apps: unknown, never 0.
    popularity: typeof t.popularity === "number" ? t.popularity : null,
    ...(t.external_urls?.spotify ? { spotifyUrl: t.external_urls.spotify } : {}),
    ...(t.uri?.startsWith("spotify:track:") ? { spotifyUri: t.uri } : {}),
    ...(typeof t.duration_ms === "number" ? { durationMs: t.duration_ms } : {}),
    emotions: [],
  };
}

function statusError(status: number, playlistId: string): AppError {
  if (status === 401) return new AppError("upstream_unavailable", "Spotify rejected the token twice (401); log in again with `npm run scrape -- --login`");
  if (status === 403) {
    return new AppError(
      "upstream_unavailable",
      "Spotify answered 403: since early 2026 development-mode apps can read only playlists the logged-in user owns or collaborates on. Log in with `npm run scrape -- --login` as that user.",
    );
  }
  if (status === 404) {
    return new AppError(
      "not_found",
      isEditorialPlaylist(playlistId)
        ? `Playlist ${playlistId} is an editorial or algorithmic Spotify playlist (id 37i9…); new apps cannot read those. Copy its songs into a playlist of your own.`
        : `Playlist ${playlistId} was not found (or is private to another user).`,
    );
  }
  return new AppError("upstream_unavailable", `Spotify answered ${status}`);
}

/** What saving a playlist needs from the client: one request with the retry rules. */
export interface SpotifySender {
  send(method: "GET" | "POST", url: string, json?: unknown): Promise<{ status: number; body: unknown }>;
}

/** A small typed Spotify Web API client for playlist items, with the 2026 rules and bounded retries. */
export function createSpotifyClient(opts: {
  apiBase: string;
  tokens: TokenProvider;
  gate?: RateGate;
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
}) {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const gate = opts.gate ?? new RateGate(sleep);

  /**
   * One Web API request with the house rules: 401 refreshes the token once, 429 waits for
   * Retry-After (shared by every request), 5xx and network errors retry with backoff. Returns the
   * final status and, when it succeeded, the parsed JSON body.
   */
  async function send(method: "GET" | "POST", url: string, json?: unknown): Promise<{ status: number; body: unknown }> {
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      await gate.pass();
      let res: Response;
      try {
        const headers: Record<string, string> = { authorization: `Bearer ${await opts.tokens.get()}` };
        if (json !== undefined) headers["content-type"] = "application/json";
        res = await fetch(url, {
          method,
          headers,
          ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
          signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
        });
      } catch (e) {
        if (attempt >= MAX_RETRIES) throw new AppError("upstream_unavailable", "Spotify could not be reached (network error or timeout)", { cause: e });
        await sleep(500 * 2 ** attempt);
        continue;
      }
      if (res.ok) return { status: res.status, body: await res.json().catch(() => ({})) };
      if (res.status === 401 && !refreshed) {
        refreshed = true;
        await opts.tokens.refresh();
        continue;
      }
      if (res.status === 429) {
        const seconds = Number(res.headers.get("retry-after"));
        gate.pause(Math.min(MAX_WAIT_MS, (Number.isFinite(seconds) ? seconds * 1000 : 1000 * 2 ** attempt) + Math.random() * 250));
        if (attempt < MAX_RETRIES + 3) continue;
      }
      if (res.status >= 500 && attempt < MAX_RETRIES) {
        await sleep(500 * 2 ** attempt);
        continue;
      }
      return { status: res.status, body: undefined };
    }
  }

  const get = (url: string, _playlistId: string) => send("GET", url);

  /** Every track of a playlist, following `next`; local files, episodes and empty entries are skipped and counted. */
  async function playlistTracks(playlistId: string, onPage?: (read: number, total: number) => void): Promise<PlaylistRead> {
    const read: PlaylistRead = { songs: [], skipped: { local: 0, episodes: 0, empty: 0 }, path: "items" };
    let url: string | null = `${opts.apiBase}/playlists/${playlistId}/items?limit=50`;
    let first = await get(url, playlistId);
    if (first.status === 404) {
      read.path = "tracks";
      url = `${opts.apiBase}/playlists/${playlistId}/tracks?limit=50`;
      first = await get(url, playlistId);
    }
    let page: { status: number; body: unknown } | undefined = first;
    while (page) {
      if (page.status >= 300 || !page.body) throw statusError(page.status, playlistId);
      const body = page.body as { items?: (PageEntry | null)[]; next?: string | null; total?: number };
      for (const entry of body.items ?? []) {
        const t = entry?.item ?? entry?.track;
        if (!t) read.skipped.empty++;
        else if (entry?.is_local || t.is_local || !t.id) read.skipped.local++;
        else if (t.type === "episode") read.skipped.episodes++;
        else read.songs.push(toSong(t));
      }
      onPage?.(read.songs.length, body.total ?? read.songs.length);
      page = body.next ? await get(body.next, playlistId) : undefined;
    }
    return read;
  }

  return { playlistTracks, send, gate };
}
