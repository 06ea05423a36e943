import { basename } from "node:path";
import type { IndexEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { type SongIndex, openSongIndexVersion } from "@/lib/store/song-index";
import { currentVersionDir, markServing, unmarkServing } from "@/lib/store/versions";
import { AppError } from "@/lib/errors";

/** How often a server looks at index/CURRENT; it switches within this plus the time to open. */
export const FOLLOW_MS = 2_000;
/** How long a version a server has left stays open for the queries still running on it. */
export const CLOSE_DELAY_MS = 30_000;

export interface LiveIndex extends SongIndex {
  /** Looks at CURRENT now and switches when it names another version (the timer does this too). */
  follow(): Promise<void>;
}

/**
 * A SongIndex that follows index/CURRENT: every FOLLOW_MS it checks the pointer, opens and probes a
 * new version beside the one serving, then swaps the reference (one assignment, so a query runs
 * wholly on one version) and closes the old one CLOSE_DELAY_MS later. A version that fails to open
 * or to answer is logged and skipped; the old one keeps serving.
 */
export async function openLiveIndex(input: {
  indexDir: string;
  embeddings: IndexEmbeddings;
  vocabularyVersion: string;
  log?: (line: string) => void;
}): Promise<LiveIndex> {
  const log = input.log ?? ((line: string) => console.log(line));
  const open = async (versionDir: string) => {
    const index = await openSongIndexVersion({ ...input, versionDir });
    try {
      await index.probe();
    } catch (e) {
      index.close();
      throw e;
    }
    return index;
  };
  const first = await currentVersionDir(input.indexDir);
  if (!first) throw new AppError("index_missing", "The song index has not been built yet. Run `npm run index`.");
  let serving = await open(first);
  const mark = () => markServing(input.indexDir, serving.version).catch((e: unknown) => console.error("moodtape: cannot record the served index version:", e));
  await mark();
  let failed: string | undefined;
  let following: Promise<void> | undefined;
  const switchTo = async () => {
    const dir = await currentVersionDir(input.indexDir);
    if (!dir || basename(dir) === serving.version || basename(dir) === failed) return;
    try {
      const next = await open(dir);
      const old = serving;
      serving = next;
      failed = undefined;
      await mark();
      log(`moodtape: now serving index ${next.version} (${next.manifest.songCount} songs)`);
      setTimeout(() => old.close(), CLOSE_DELAY_MS).unref();
    } catch (e) {
      failed = basename(dir);
      console.error(`moodtape: index ${failed} was not switched to; still serving ${serving.version}:`, e);
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
      void unmarkServing(input.indexDir);
      serving.close();
    },
  };
}
