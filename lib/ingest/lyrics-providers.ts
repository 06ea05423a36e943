import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { cleanLyrics, isInstrumental } from "@/lib/emotions/lyrics-clean";
import { matchSong, normalizeArtist, normalizeTitle } from "./match";

export interface LyricsQuery {
  title: string;
  artist: string;
  album?: string;
  durationMs?: number;
}

export type LyricsResult = { lyrics: string | null; instrumental: boolean } | { missing: string };

export interface LyricsProvider {
  name: string;
  find(q: LyricsQuery): Promise<LyricsResult>;
}

const UA = "Moodtape/0.1 (personal playlist tool)";

async function getJson(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { headers: { "user-agent": UA, ...headers }, signal: AbortSignal.timeout(15_000) });
  return { status: res.status, body: res.ok ? await res.json().catch(() => undefined) : undefined };
}

function found(text: string | null | undefined, instrumentalFlag = false): LyricsResult {
  if (instrumentalFlag || isInstrumental(text)) return { lyrics: null, instrumental: true };
  const lyrics = cleanLyrics(text ?? "");
  return lyrics === "" ? { missing: "empty lyrics" } : { lyrics, instrumental: false };
}

/** `<artist> - <title>.txt` files in a folder (names compared after normalisation). */
export function localFolderProvider(dir: string): LyricsProvider {
  let index: Promise<Map<string, string>> | undefined;
  const key = (artist: string, title: string) => `${normalizeArtist(artist)}|${normalizeTitle(title)}`;
  const load = async () => {
    const files = await readdir(dir).catch(() => [] as string[]);
    const map = new Map<string, string>();
    for (const f of files) {
      const m = /^(.+?) - (.+)\.txt$/i.exec(f);
      if (m) map.set(key(m[1]!, m[2]!), f);
    }
    return map;
  };
  return {
    name: "local",
    async find(q) {
      index ??= load();
      const file = (await index).get(key(q.artist, q.title));
      return file ? found(await readFile(join(dir, file), "utf8")) : { missing: "no local file" };
    },
  };
}

interface LrclibRecord {
  trackName?: string;
  artistName?: string;
  instrumental?: boolean;
  plainLyrics?: string | null;
}

/** LRCLIB: the exact-match endpoint first, then its search; every hit passes the wrong-song guard. */
export function lrclibProvider(base: string): LyricsProvider {
  return {
    name: "lrclib",
    async find(q) {
      const params = new URLSearchParams({ track_name: q.title, artist_name: q.artist });
      if (q.album) params.set("album_name", q.album);
      if (q.durationMs) params.set("duration", String(Math.round(q.durationMs / 1000)));
      const exact = await getJson(`${base}/api/get?${params}`);
      let candidates: LrclibRecord[] = exact.status === 200 && exact.body ? [exact.body as LrclibRecord] : [];
      if (candidates.length === 0) {
        const search = await getJson(`${base}/api/search?${new URLSearchParams({ track_name: q.title, artist_name: q.artist })}`);
        candidates = Array.isArray(search.body) ? (search.body as LrclibRecord[]) : [];
      }
      if (candidates.length === 0) return { missing: "not on LRCLIB" };
      let reason = "";
      for (const c of candidates.slice(0, 10)) {
        const m = matchSong({ title: q.title, artist: q.artist }, { title: c.trackName ?? "", artist: c.artistName ?? "" });
        if (m.ok) return found(c.plainLyrics, c.instrumental === true);
        reason ||= m.reason ?? "different song";
      }
      return { missing: `LRCLIB hit rejected: ${reason}` };
    },
  };
}

interface GeniusHit {
  result?: { title?: string; primary_artist?: { name?: string }; url?: string; instrumental?: boolean };
}

/** The lyrics in a Genius song page: its data-lyrics-container blocks, as text. */
export function lyricsFromGeniusPage(html: string): string {
  const blocks = html.split(/<div[^>]*data-lyrics-container="true"[^>]*>/).slice(1);
  return blocks
    // A container holds text, <br>, links and spans; it ends at its first closing div.
    .map((b) => b.split("</div>")[0] ?? "")
    .join("\n")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** Genius: search (API with a token, or the site's public search), guard the hit, read the page. */
export function geniusProvider(opts: { apiBase: string; webBase: string; token?: string }): LyricsProvider {
  return {
    name: "genius",
    async find(q) {
      const query = encodeURIComponent(`${q.artist} ${q.title}`);
      const search = opts.token
        ? await getJson(`${opts.apiBase}/search?q=${query}`, { authorization: `Bearer ${opts.token}` })
        : await getJson(`${opts.webBase}/api/search/song?q=${query}`);
      const response = (search.body as { response?: { hits?: GeniusHit[]; sections?: { hits?: GeniusHit[] }[] } })?.response;
      const hits = response?.hits ?? response?.sections?.flatMap((s) => s.hits ?? []) ?? [];
      if (hits.length === 0) return { missing: search.status === 200 ? "not on Genius" : `Genius search answered ${search.status}` };
      let reason = "";
      for (const h of hits.slice(0, 5)) {
        const r = h.result;
        const m = matchSong({ title: q.title, artist: q.artist }, { title: r?.title ?? "", artist: r?.primary_artist?.name ?? "" });
        if (!m.ok || !r?.url) {
          reason ||= m.reason ?? "no page";
          continue;
        }
        if (r.instrumental) return { lyrics: null, instrumental: true };
        const page = await fetch(r.url, { headers: { "user-agent": UA }, signal: AbortSignal.timeout(15_000) });
        if (!page.ok) return { missing: `Genius page answered ${page.status}` };
        return found(lyricsFromGeniusPage(await page.text()));
      }
      return { missing: `Genius hit rejected: ${reason}` };
    },
  };
}

/** Tries providers in order; the first that finds lyrics (or an instrumental) wins, else all reasons. */
export async function findLyrics(q: LyricsQuery, providers: readonly LyricsProvider[]) {
  const reasons: string[] = [];
  for (const p of providers) {
    try {
      const r = await p.find(q);
      if (!("missing" in r)) return { ...r, source: p.name };
      reasons.push(`${p.name}: ${r.missing}`);
    } catch (e) {
      reasons.push(`${p.name}: ${(e as Error)?.name === "TimeoutError" ? "timeout" : "request failed"}`);
    }
  }
  return { lyrics: null, instrumental: false, missing: reasons.join("; ") || "no lyrics provider" };
}
