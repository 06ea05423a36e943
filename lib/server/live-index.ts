import type { IndexEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { type SongIndex, openSongIndexVersion } from "@/lib/store/song-index";
import type { IndexLocation } from "@/lib/store/index-location";
import { locateIndex } from "@/lib/store/locate-index";
import { LEASE_RENEW_MS } from "@/lib/store/versions";
import { AppError } from "@/lib/errors";

/** How often a server looks at CURRENT; it switches within this plus the time to open (a GET of a few bytes on S3). */
export const FOLLOW_MS = 2_000;
/** How long a version a server has left stays open for the queries still running on it. */
export const CLOSE_DELAY_MS = 30_000;
/** A version that failed to open is tried again after this long (object storage can fail for a moment). */
export const RETRY_FAILED_MS = 30_000;

export interface LiveIndex extends SongIndex {
  /** Looks at CURRENT now and switches when it names another version (the timer does this too). */
  follow(): Promise<void>;
}

/**
 * A SongIndex that follows CURRENT of a folder or an s3:// prefix: every FOLLOW_MS it reads the
 * pointer, opens and probes a new version beside the one serving, then swaps the reference (one
 * assignment, so a query runs wholly on one version) and closes the old one CLOSE_DELAY_MS later.
 * Every version it has open (or is opening) is listed in its lease before it is read, until it is
 * closed, so cleaning never removes it. A version that fails to open or to answer, or a pointer that
 * cannot be read, is logged and skipped; the old one keeps serving.
 */
export async function openLiveIndex(input: {
  indexDir: string | IndexLocation;
  embeddings: IndexEmbeddings;
  vocabularyVersion: string;
  log?: (line: string) => void;
}): Promise<LiveIndex> {
  const log = input.log ?? ((line: string) => console.log(line));
  const location = locateIndex(input.indexDir);
  const inUse = new Map<string, number>();
  let renewed = 0;
  const lease = async () => {
    renewed = Date.now();
    await location.markServing([...inUse.keys()]).catch((e: unknown) => console.error("moodtape: cannot record the served index version:", e));
  };
  const release = (version: string) => {
    const left = (inUse.get(version) ?? 1) - 1;
    if (left > 0) inUse.set(version, left);
    else inUse.delete(version);
  };
  const open = async (version: string) => {
    inUse.set(version, (inUse.get(version) ?? 0) + 1);
    await lease();
    try {
      const index = await openSongIndexVersion({ ...input, location, version });
      await index.probe().catch((e: unknown) => {
        index.close();
        throw e;
      });
      return index;
    } catch (e) {
      release(version);
      await lease();
      throw e;
    }
  };
  const first = await location.currentVersion();
  if (!first) throw new AppError("index_missing", "The song index has not been built yet. Run `npm run index`.");
  let serving = await open(first);
  let failed: { version: string; at: number } | undefined;
  let following: Promise<void> | undefined;
  let pointerErrorAt = 0;
  const switchTo = async () => {
    const version = await location.currentVersion().catch((e: unknown) => {
      // During an outage of the store this fails every FOLLOW_MS: say it once per RETRY_FAILED_MS.
      if (Date.now() - pointerErrorAt >= RETRY_FAILED_MS) {
        pointerErrorAt = Date.now();
        console.error(`moodtape: cannot read the index pointer; still serving ${serving.version}:`, e);
      }
      return undefined;
    });
    const skip = failed !== undefined && failed.version === version && Date.now() - failed.at < RETRY_FAILED_MS;
    if (!version || version === serving.version || skip) {
      if (Date.now() - renewed >= LEASE_RENEW_MS) await lease();
      return;
    }
    try {
      const next = await open(version);
      const old = serving;
      serving = next;
      failed = undefined;
      log(`moodtape: now serving index ${next.version} (${next.manifest.songCount} songs)`);
      setTimeout(() => {
        old.close();
        release(old.version);
        void lease();
      }, CLOSE_DELAY_MS).unref();
    } catch (e) {
      failed = { version, at: Date.now() };
      console.error(`moodtape: index ${version} was not switched to; still serving ${serving.version}:`, e);
    }
  };
  const follow = () => (following ??= switchTo().finally(() => (following = undefined)));
  const timer = setInterval(() => void follow(), FOLLOW_MS);
  timer.unref();
  return {
    get manifest() {
      return serving.manifest;
    },
    get version() {
      return serving.version;
    },
    search: (vector, k) => serving.search(vector, k),
    songsById: (ids) => serving.songsById(ids),
    probe: () => serving.probe(),
    follow,
    close() {
      clearInterval(timer);
      void location.unmarkServing().catch((e: unknown) => console.error("moodtape: cannot remove the serving lease:", e));
      serving.close();
    },
  };
}
