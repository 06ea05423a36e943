import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { writeFileAtomic } from "@/lib/fs/atomic-file";
import { AppError } from "@/lib/errors";

export interface TokenProvider {
  /** A valid access token (fetched or refreshed when needed). */
  get(): Promise<string>;
  /** Forces a new token, after a 401. */
  refresh(): Promise<string>;
}

interface CachedToken {
  accessToken: string;
  refreshToken?: string;
  expiresAt: number;
}

const EARLY_MS = 60_000;
export const SCOPES = "playlist-read-private playlist-read-collaborative";
/** What saving playlists asks for on top of reading: private playlists, and public ones when asked. */
export function saveScopes(publicToo: boolean): string {
  return `${SCOPES} playlist-modify-private${publicToo ? " playlist-modify-public" : ""}`;
}

async function tokenRequest(accountsBase: string, form: Record<string, string>, basic?: string): Promise<CachedToken & { raw: unknown }> {
  const res = await fetch(`${accountsBase}/api/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(basic ? { authorization: `Basic ${basic}` } : {}) },
    body: new URLSearchParams(form),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await res.json().catch(() => ({}))) as { access_token?: string; refresh_token?: string; expires_in?: number; error?: string };
  if (!res.ok || !body.access_token) {
    // The body's error code is safe to show (never the secret or the token).
    throw new AppError("upstream_unavailable", `Spotify refused the login (${res.status}${body.error ? ` ${body.error}` : ""}); check SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET, or log in again`);
  }
  return { accessToken: body.access_token, refreshToken: body.refresh_token, expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000, raw: body };
}

/** App-only tokens (client credentials): public playlists the app may read. */
export function clientCredentials(opts: { accountsBase: string; clientId: string; clientSecret: string }): TokenProvider {
  let token: CachedToken | undefined;
  const basic = Buffer.from(`${opts.clientId}:${opts.clientSecret}`).toString("base64");
  const refresh = async () => {
    token = await tokenRequest(opts.accountsBase, { grant_type: "client_credentials" }, basic);
    return token.accessToken;
  };
  return { refresh, get: async () => (token && token.expiresAt - EARLY_MS > Date.now() ? token.accessToken : refresh()) };
}

async function saveToken(file: string, token: CachedToken): Promise<void> {
  // Only the user may read the cached login (0600).
  await writeFileAtomic(file, JSON.stringify({ accessToken: token.accessToken, refreshToken: token.refreshToken, expiresAt: token.expiresAt }), 0o600);
}

/** Reads a token cached by `loginWithPkce`, or undefined when there is none. */
export async function readCachedToken(file: string): Promise<CachedToken | undefined> {
  try {
    const t = JSON.parse(await readFile(file, "utf8")) as CachedToken;
    return typeof t.accessToken === "string" ? t : undefined;
  } catch {
    return undefined;
  }
}

/** A user's login from the cache file, refreshed (and re-saved) when it expires or after a 401. */
export function userToken(opts: { accountsBase: string; clientId: string; cacheFile: string; cached: CachedToken }): TokenProvider {
  let token = opts.cached;
  const refresh = async () => {
    if (!token.refreshToken) throw new AppError("upstream_unavailable", "The Spotify login expired; run `npm run scrape -- --login` again");
    const next = await tokenRequest(opts.accountsBase, { grant_type: "refresh_token", refresh_token: token.refreshToken, client_id: opts.clientId });
    token = { ...next, refreshToken: next.refreshToken ?? token.refreshToken };
    await saveToken(opts.cacheFile, token);
    return token.accessToken;
  };
  return { refresh, get: async () => (token.expiresAt - EARLY_MS > Date.now() ? token.accessToken : refresh()) };
}

function base64url(buf: Buffer): string {
  return buf.toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Authorization Code + PKCE on a loopback redirect: prints the URL to open (through `onUrl`), waits
 * for http://127.0.0.1:<port>/callback, exchanges the code and caches the token (0600).
 */
export async function loginWithPkce(opts: {
  accountsBase: string;
  clientId: string;
  port: number;
  cacheFile: string;
  onUrl: (url: string) => void;
  timeoutMs?: number;
  /** Space-separated scopes; reading playlists (SCOPES) unless asked for more. */
  scopes?: string;
}): Promise<void> {
  const verifier = base64url(randomBytes(48));
  const challenge = base64url(createHash("sha256").update(verifier).digest());
  const state = base64url(randomBytes(12));
  const redirectUri = `http://127.0.0.1:${opts.port}/callback`;
  const code = await new Promise<string>((resolve, reject) => {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? "/", redirectUri);
      if (url.pathname !== "/callback") return void res.writeHead(404).end();
      const ok = url.searchParams.get("state") === state && url.searchParams.get("code");
      res.writeHead(ok ? 200 : 400, { "content-type": "text/plain; charset=utf-8" });
      res.end(ok ? "Moodtape is logged in to Spotify. You can close this tab." : "Login failed: wrong state or no code.");
      server.close();
      clearTimeout(timer);
      if (ok) resolve(url.searchParams.get("code")!);
      else reject(new AppError("upstream_unavailable", `Spotify login failed: ${url.searchParams.get("error") ?? "wrong state"}`));
    });
    const timer = setTimeout(() => {
      server.close();
      reject(new AppError("upstream_unavailable", "Spotify login timed out; run it again"));
    }, opts.timeoutMs ?? 300_000);
    server.listen(opts.port, "127.0.0.1", () => {
      const params = new URLSearchParams({
        client_id: opts.clientId,
        response_type: "code",
        redirect_uri: redirectUri,
        code_challenge_method: "S256",
        code_challenge: challenge,
        state,
        scope: opts.scopes ?? SCOPES,
      });
      opts.onUrl(`${opts.accountsBase}/authorize?${params}`);
    });
  });
  const token = await tokenRequest(opts.accountsBase, {
    grant_type: "authorization_code",
    code,
    redirect_uri: redirectUri,
    client_id: opts.clientId,
    code_verifier: verifier,
  });
  await saveToken(opts.cacheFile, token);
}
