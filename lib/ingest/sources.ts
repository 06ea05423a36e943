import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { IngestConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { type LyricsProvider, geniusProvider, localFolderProvider, lrclibProvider } from "./lyrics-providers";
import { type TokenProvider, clientCredentials, loginWithPkce, readCachedToken, userToken } from "./spotify-auth";

/** The lyrics providers in the configured order (local only when a folder is set). */
export function lyricsProviders(config: IngestConfig["lyrics"]): LyricsProvider[] {
  return config.order.flatMap((name): LyricsProvider[] => {
    if (name === "local") return config.localDir ? [localFolderProvider(config.localDir)] : [];
    if (name === "lrclib") return [lrclibProvider(config.lrclibBase)];
    return [geniusProvider({ apiBase: config.geniusApiBase, webBase: config.geniusWebBase, token: config.geniusToken })];
  });
}

/** Logs in with PKCE (prints the URL to open) and caches the token for later runs. */
export async function spotifyLogin(config: IngestConfig["spotify"], print: (line: string) => void, scopes?: string): Promise<void> {
  if (!config.clientId) throw new AppError("bad_request", "set SPOTIFY_CLIENT_ID (your Spotify app's client id) to log in");
  await mkdir(dirname(config.tokenFile), { recursive: true });
  await loginWithPkce({
    accountsBase: config.accountsBase,
    clientId: config.clientId,
    port: config.redirectPort,
    cacheFile: config.tokenFile,
    ...(scopes ? { scopes } : {}),
    onUrl: (url) => print(`Open this URL to log in to Spotify (redirect http://127.0.0.1:${config.redirectPort}/callback):\n${url}`),
  });
}

/** The user's cached login when there is one, else app-only client credentials. */
export async function spotifyTokens(config: IngestConfig["spotify"]): Promise<TokenProvider> {
  const cached = await readCachedToken(config.tokenFile);
  if (cached && config.clientId) return userToken({ accountsBase: config.accountsBase, clientId: config.clientId, cacheFile: config.tokenFile, cached });
  if (config.clientId && config.clientSecret) {
    return clientCredentials({ accountsBase: config.accountsBase, clientId: config.clientId, clientSecret: config.clientSecret });
  }
  throw new AppError(
    "bad_request",
    "no Spotify credentials: set SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET, or SPOTIFY_CLIENT_ID and run `npm run scrape -- --login`",
  );
}

/** The user's cached login, which saving a playlist needs (app-only tokens have no user). */
export async function spotifyUserTokens(config: IngestConfig["spotify"]): Promise<TokenProvider> {
  const cached = await readCachedToken(config.tokenFile);
  if (!cached || !config.clientId) {
    throw new AppError("bad_request", "saving to Spotify needs your login: set SPOTIFY_CLIENT_ID and run `npm run export -- --login`");
  }
  return userToken({ accountsBase: config.accountsBase, clientId: config.clientId, cacheFile: config.tokenFile, cached });
}
