// Fake Spotify (accounts + Web API), LRCLIB and Genius on one loopback server, in their real
// response shapes, scripted per test. Every request is recorded with the time it arrived.
import { createHash } from "node:crypto";
import { type IncomingMessage, createServer } from "node:http";
import type { Socket } from "node:net";

export interface Reply {
  status: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

export interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  /** The request body as sent (empty for GET). */
  body: string;
  at: number;
}

/** A playlist created through POST /v1/me/playlists, with the URIs added to it. */
export interface CreatedPlaylist {
  name: string;
  public: boolean;
  description?: string;
  uris: string[];
}

export interface FakeTrack {
  id: string;
  name: string;
  artist: string;
  popularity?: number;
  type?: "track" | "episode";
  isLocal?: boolean;
}

export interface LrclibEntry {
  trackName: string;
  artistName: string;
  plainLyrics: string | null;
  instrumental?: boolean;
}

export interface FakeMusic {
  base: string;
  seen: Seen[];
  /** playlist id → entries (null = an empty entry); `itemsPath: false` answers 404 on /items (older API). */
  playlists: Map<string, { entries: (FakeTrack | null)[]; itemsPath?: boolean }>;
  /** Replies used first for a path (exact pathname), in order. */
  script(path: string, ...replies: Reply[]): void;
  lrclib: LrclibEntry[];
  genius: { title: string; artist: string; html: string }[];
  /** Every answer on this path waits this long first. */
  slow(path: string, ms: number): void;
  /** Playlists made by POST /v1/me/playlists, by id. */
  created: Map<string, CreatedPlaylist>;
  /** Makes every issued access token invalid (as when it expires early). */
  revokeTokens(): void;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

const PAGE = 2;

function trackJson(t: FakeTrack, base: string) {
  if (t.type === "episode") return { type: "episode", id: t.id, name: t.name };
  return {
    type: "track",
    id: t.isLocal ? null : t.id,
    name: t.name,
    is_local: Boolean(t.isLocal),
    uri: t.isLocal ? `spotify:local:${t.name}` : `spotify:track:${t.id}`,
    duration_ms: 200_000,
    ...(t.popularity === undefined ? {} : { popularity: t.popularity }),
    external_urls: { spotify: `https://open.spotify.com/track/${t.id}` },
    artists: [{ name: t.artist, id: `ar-${t.artist}` }],
    album: { name: `${t.name} (single)`, release_date: "2021-05-07", href: `${base}/v1/albums/x` },
  };
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startFakeMusic(): Promise<FakeMusic> {
  const scripts = new Map<string, Reply[]>();
  const delays = new Map<string, number>();
  const validTokens = new Set<string>();
  const refreshTokens = new Set<string>();
  const codes = new Map<string, string>();
  const sockets = new Set<Socket>();
  let n = 0;
  const fake = {
    seen: [] as Seen[],
    playlists: new Map(),
    created: new Map(),
    lrclib: [] as LrclibEntry[],
    genius: [] as FakeMusic["genius"],
    clientId: "fake-client-id",
    clientSecret: "fake-client-secret",
    script: (path: string, ...replies: Reply[]) => void scripts.set(path, [...(scripts.get(path) ?? []), ...replies]),
    revokeTokens: () => validTokens.clear(),
    slow: (path: string, ms: number) => void delays.set(path, ms),
  } as unknown as FakeMusic;

  const issue = (withRefresh: boolean) => {
    const access = `tok-${++n}`;
    validTokens.add(access);
    const refresh = withRefresh ? `ref-${n}` : undefined;
    if (refresh) refreshTokens.add(refresh);
    return { access_token: access, token_type: "Bearer", expires_in: 3600, ...(refresh ? { refresh_token: refresh } : {}), scope: "playlist-read-private" };
  };

  async function route(req: IncomingMessage, url: URL, text: string): Promise<Reply> {
    const path = url.pathname;
    const scripted = scripts.get(path)?.shift();
    if (scripted) return scripted;
    if (path.startsWith("/v1/") && req.method === "POST") return writeRoute(req, path, text);
    if (path === "/api/token" && req.method === "POST") {
      const form = new URLSearchParams(text);
      const grant = form.get("grant_type");
      if (grant === "client_credentials") {
        const ok = req.headers.authorization === `Basic ${Buffer.from(`${fake.clientId}:${fake.clientSecret}`).toString("base64")}`;
        return ok ? { status: 200, json: issue(false) } : { status: 400, json: { error: "invalid_client" } };
      }
      if (grant === "authorization_code") {
        const challenge = codes.get(form.get("code") ?? "");
        const verifier = form.get("code_verifier") ?? "";
        const computed = createHash("sha256").update(verifier).digest("base64url");
        return challenge && computed === challenge && form.get("client_id") === fake.clientId
          ? { status: 200, json: issue(true) }
          : { status: 400, json: { error: "invalid_grant" } };
      }
      if (grant === "refresh_token") {
        return refreshTokens.has(form.get("refresh_token") ?? "") ? { status: 200, json: issue(false) } : { status: 400, json: { error: "invalid_grant" } };
      }
      return { status: 400, json: { error: "unsupported_grant_type" } };
    }
    if (path === "/authorize") {
      // The person approves at once: redirect back with a code bound to the PKCE challenge.
      const code = `code-${++n}`;
      codes.set(code, url.searchParams.get("code_challenge") ?? "");
      const back = `${url.searchParams.get("redirect_uri")}?code=${code}&state=${url.searchParams.get("state")}`;
      return { status: 302, headers: { location: back } };
    }
    const playlist = /^\/v1\/playlists\/([^/]+)\/(items|tracks)$/.exec(path);
    if (playlist) {
      const token = (req.headers.authorization ?? "").replace("Bearer ", "");
      if (!validTokens.has(token)) return { status: 401, json: { error: { status: 401, message: "The access token expired" } } };
      const p = fake.playlists.get(playlist[1]!);
      if (!p || (playlist[2] === "items" && p.itemsPath === false)) return { status: 404, json: { error: { status: 404, message: "Resource not found" } } };
      const offset = Number(url.searchParams.get("offset") ?? 0);
      const slice = p.entries.slice(offset, offset + PAGE);
      const key = playlist[2] === "items" ? "item" : "track";
      const nextUrl = offset + PAGE < p.entries.length ? `${fake.base}${path}?offset=${offset + PAGE}&limit=${PAGE}` : null;
      return {
        status: 200,
        json: {
          href: `${fake.base}${path}`,
          limit: PAGE,
          offset,
          total: p.entries.length,
          next: nextUrl,
          previous: null,
          items: slice.map((t) => (t === null ? { added_at: null, is_local: false, [key]: null } : { added_at: "2026-01-01T00:00:00Z", is_local: Boolean(t.isLocal), [key]: trackJson(t, fake.base) })),
        },
      };
    }
    if (path === "/api/get") {
      const hit = fake.lrclib.find((e) => e.trackName === url.searchParams.get("track_name") && e.artistName === url.searchParams.get("artist_name"));
      return hit ? { status: 200, json: { id: 1, albumName: "x", duration: 200, syncedLyrics: null, instrumental: false, ...hit } } : { status: 404, json: { code: 404, name: "TrackNotFound", message: "Failed to find specified track" } };
    }
    if (path === "/api/search") {
      const q = (url.searchParams.get("track_name") ?? "").toLowerCase();
      return { status: 200, json: fake.lrclib.filter((e) => e.trackName.toLowerCase().includes(q.split(" ")[0] ?? "")).map((e, i) => ({ id: i + 2, instrumental: false, ...e })) };
    }
    if (path === "/search" || path === "/api/search/song") {
      const q = (url.searchParams.get("q") ?? "").toLowerCase();
      const hits = fake.genius
        .filter((g) => q.includes(g.title.toLowerCase().split(" ")[0]!))
        .map((g, i) => ({ type: "song", result: { id: i, title: g.title, primary_artist: { name: g.artist }, url: `${fake.base}/songs/${i}` } }));
      return { status: 200, json: path === "/search" ? { meta: { status: 200 }, response: { hits } } : { meta: { status: 200 }, response: { sections: [{ type: "song", hits }] } } };
    }
    const page = /^\/songs\/(\d+)$/.exec(path);
    if (page && fake.genius[Number(page[1])]) return { status: 200, text: fake.genius[Number(page[1])]!.html, headers: { "content-type": "text/html" } };
    return { status: 404, json: { error: "not found" } };
  }

  const apiError = (status: number, message: string): Reply => ({ status, json: { error: { status, message } } });

  /** The write API as Spotify answers it in 2026: create on /me/playlists, add on /playlists/{id}/items. */
  function writeRoute(req: IncomingMessage, path: string, text: string): Reply {
    if (!validTokens.has((req.headers.authorization ?? "").replace("Bearer ", ""))) return apiError(401, "The access token expired");
    // Development-mode apps may no longer create playlists through the user's id.
    if (/^\/v1\/users\/[^/]+\/playlists$/.test(path)) return apiError(403, "Forbidden");
    if (req.headers["content-type"] !== "application/json") return apiError(400, "Content-Type must be application/json");
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return apiError(400, "Error parsing JSON.");
    }
    if (path === "/v1/me/playlists") {
      if (typeof json.name !== "string" || json.name === "") return apiError(400, "Missing required field: name");
      const id = `pl${String(++n).padStart(20, "0")}`;
      fake.created.set(id, { name: json.name, public: json.public === true, ...(typeof json.description === "string" ? { description: json.description } : {}), uris: [] });
      return { status: 201, json: { id, name: json.name, public: json.public === true, type: "playlist", uri: `spotify:playlist:${id}`, external_urls: { spotify: `https://open.spotify.com/playlist/${id}` }, tracks: { total: 0 } } };
    }
    const items = /^\/v1\/playlists\/([^/]+)\/items$/.exec(path);
    const playlist = items ? fake.created.get(items[1]!) : undefined;
    if (!playlist) return apiError(404, "Resource not found");
    const uris = json.uris;
    if (!Array.isArray(uris) || uris.length === 0) return apiError(400, "No uris provided");
    if (uris.length > 100) return apiError(400, "Too many ids requested");
    if (!uris.every((u) => typeof u === "string" && /^spotify:track:[A-Za-z0-9]{22}$/.test(u))) return apiError(400, "Invalid base62 id");
    playlist.uris.push(...(uris as string[]));
    return { status: 201, json: { snapshot_id: `snap-${++n}` } };
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", fake.base);
    const text = await body(req);
    fake.seen.push({ method: req.method ?? "", path: url.pathname, query: url.searchParams, headers: req.headers, body: text, at: Date.now() });
    const reply = await route(req, url, text);
    const wait = delays.get(url.pathname);
    if (wait) await new Promise((r) => setTimeout(r, wait));
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (res.destroyed) return;
    res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
    res.end(reply.text ?? (reply.json === undefined ? "" : JSON.stringify(reply.json)));
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  fake.base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  fake.close = () =>
    new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    });
  return fake;
}

/**
 * Logs in to the fake through its PKCE code flow and writes the token cache `npm run export --
 * --login` would write (`{accessToken, refreshToken, expiresAt}`) to `file`; returns the tokens.
 */
export async function logInToFake(fake: FakeMusic, file: string): Promise<{ accessToken: string; refreshToken: string }> {
  const { createHash } = await import("node:crypto");
  const { writeFile } = await import("node:fs/promises");
  const verifier = "w".repeat(50);
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const auth = await fetch(`${fake.base}/authorize?code_challenge=${challenge}&redirect_uri=http://x/cb&state=s`, { redirect: "manual" });
  const code = new URL(auth.headers.get("location")!).searchParams.get("code")!;
  const form = new URLSearchParams({ grant_type: "authorization_code", code, code_verifier: verifier, client_id: fake.clientId });
  const t = (await (await fetch(`${fake.base}/api/token`, { method: "POST", body: form })).json()) as { access_token: string; refresh_token: string };
  const tokens = { accessToken: t.access_token, refreshToken: t.refresh_token };
  await writeFile(file, JSON.stringify({ ...tokens, expiresAt: Date.now() + 3_600_000 }));
  return tokens;
}
