import * as lancedb from "@lancedb/lancedb";
import { Field, FixedSizeList, Float32, Int32, Schema, Utf8 } from "apache-arrow";
import { isDemoSong } from "@/lib/catalog/demo";
import type { Song } from "@/lib/catalog/song";
import type { IndexEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { AppError } from "@/lib/errors";
import type { IndexLocation } from "./index-location";
import { locateIndex } from "./locate-index";
import { MANIFEST_FILE, type IndexManifest, assertCompatible, readManifest } from "./manifest";
import { type MemoryIndex, loadMemoryIndex } from "./memory-index";

const TABLE = "songs";
const BATCH = 10_000;
const SEARCH_CACHE_SIZE = 512;

export interface SongHit {
  song: Song;
  /** Cosine similarity in [-1, 1] (LanceDB's cosine _distance is 1 − cos). */
  similarity: number;
}

export interface SongIndex {
  readonly manifest: IndexManifest;
  /** The version folder's name (v-<time>-<random>), which health reports. */
  readonly version: string;
  search(vector: ArrayLike<number>, k: number): Promise<SongHit[]>;
  /** The indexed songs with these ids, in the order asked; ids not in the index are left out. */
  songsById(ids: readonly string[]): Promise<Song[]>;
  /** Runs one real small query; throws data_invalid when the version cannot answer it. */
  probe(): Promise<void>;
  close(): void;
}

export interface BuildHooks {
  /** Called after each batch is written; tests use it to crash a build half-way. */
  afterBatch?: (written: number) => Promise<void> | void;
  /** Called when the new version is built and verified, just before it is swapped in. */
  beforeSwap?: (buildDir: string) => Promise<void> | void;
}

function tableSchema(dimension: number): Schema {
  return new Schema([
    new Field("id", new Utf8(), false),
    new Field("vector", new FixedSizeList(dimension, new Field("item", new Float32(), true)), false),
    new Field("popularity", new Int32(), true),
    new Field("language", new Utf8(), true),
    new Field("song", new Utf8(), false),
  ]);
}

async function embedSongs(songs: Song[], embeddings: IndexEmbeddings) {
  // Songs, not just their emotions: audio features and crowd ratings move a song's valence/arousal.
  const vectors = embeddings.embedSongs ? await embeddings.embedSongs(songs) : await embeddings.embedTermLists(songs.map((s) => s.emotions));
  return songs.map((s, i) => ({
    id: s.id,
    vector: vectors[i]!,
    popularity: s.popularity,
    language: s.language ?? null,
    // Lyrics stay in the catalog (a smaller row scans faster), except our own demo songs' lyrics,
    // which the chat shows in place of a player.
    song: JSON.stringify({ ...s, lyrics: isDemoSong(s) ? s.lyrics : undefined }),
  }));
}

async function verify(table: lancedb.Table, first: Song, expected: number, embeddings: IndexEmbeddings) {
  const rows = await table.countRows();
  if (rows !== expected) throw new AppError("internal", `index check failed: ${rows} rows, expected ${expected}`);
  const [vector] = await embeddings.embedTermLists([first.emotions]);
  const hits = await table.vectorSearch(vector!).distanceType("cosine").limit(1).toArray();
  if ((hits[0] as { _distance?: number } | undefined)?._distance === undefined) {
    throw new AppError("internal", "index check failed: search returned no distance");
  }
}

/**
 * Builds a new index version beside the one being served, verifies it (row count, a search) and
 * swaps it in atomically. Songs without emotions are skipped and counted.
 */
export async function buildSongIndex(
  input: { indexDir: string | IndexLocation; songs: readonly Song[]; embeddings: IndexEmbeddings; vocabularyVersion: string },
  hooks: BuildHooks = {},
): Promise<IndexManifest> {
  const { embeddings } = input;
  const location = locateIndex(input.indexDir);
  const songs = input.songs.filter((s) => s.emotions.length > 0);
  if (songs.length === 0) throw new AppError("bad_request", "no tagged songs to index: run `npm run tag` first");
  const buildDir = await location.startBuild();
  const { uri, storageOptions } = location.connection(buildDir);
  const db = await lancedb.connect(uri, { storageOptions });
  // No LanceDB vector index: searches run on the in-memory column store (memory-index.ts), which is
  // exact and faster than LanceDB's flat scan or a fully probed IVF (measured in npm run bench).
  const partitions = 0;
  try {
    const table = await db.createEmptyTable(TABLE, tableSchema(embeddings.dimension));
    for (let i = 0; i < songs.length; i += BATCH) {
      await table.add(await embedSongs(songs.slice(i, i + BATCH), embeddings));
      await hooks.afterBatch?.(Math.min(i + BATCH, songs.length));
    }
    await verify(table, songs[0]!, songs.length, embeddings);
    table.close();
  } finally {
    db.close();
  }
  const manifest: IndexManifest = {
    formatVersion: 1,
    embeddingModel: embeddings.modelId,
    dimension: embeddings.dimension,
    vocabularyVersion: input.vocabularyVersion,
    songCount: songs.length,
    skipped: input.songs.length - songs.length,
    partitions,
    builtAt: new Date().toISOString(),
  };
  await location.writeText(buildDir, MANIFEST_FILE, JSON.stringify(manifest, null, 2));
  await hooks.beforeSwap?.(buildDir);
  await location.publish(buildDir);
  await location.clean();
  return manifest;
}

function searchMemory(memory: MemoryIndex, vector: ArrayLike<number>, k: number): SongHit[] {
  return memory.topK(vector, k).map((r) => ({ song: memory.song(r.row), similarity: r.similarity }));
}

/**
 * Opens the version CURRENT names. Throws index_missing when there is none and index_mismatch
 * when it was built with other embeddings or another vocabulary.
 */
export async function openSongIndex(input: {
  indexDir: string | IndexLocation;
  embeddings: IndexEmbeddings;
  vocabularyVersion: string;
}): Promise<SongIndex> {
  const location = locateIndex(input.indexDir);
  const version = await location.currentVersion();
  if (!version) throw new AppError("index_missing", "The song index has not been built yet. Run `npm run index`.");
  return openSongIndexVersion({ ...input, location, version });
}

/** Opens one version of an index, in a folder or on S3 (its manifest checked like openSongIndex's). */
export async function openSongIndexVersion(input: {
  location: IndexLocation;
  version: string;
  embeddings: IndexEmbeddings;
  vocabularyVersion: string;
}): Promise<SongIndex> {
  const versionDir = input.version;
  const manifest = await readManifest(input.location, versionDir);
  assertCompatible(manifest, {
    embeddingModel: input.embeddings.modelId,
    dimension: input.embeddings.dimension,
    vocabularyVersion: input.vocabularyVersion,
  });
  const { uri, storageOptions } = input.location.connection(versionDir);
  const db = await lancedb.connect(uri, { storageOptions });
  const table = await db.openTable(TABLE).catch((e: unknown) => {
    db.close();
    throw new AppError("data_invalid", `index version ${versionDir} cannot be opened`, { cause: e });
  });
  const memory = await loadMemoryIndex(table, manifest.dimension).catch((e: unknown) => {
    table.close();
    db.close();
    throw new AppError("data_invalid", `index version ${versionDir} cannot be read`, { cause: e });
  });
  if (memory.size !== manifest.songCount) {
    table.close();
    db.close();
    throw new AppError("data_invalid", `index version ${versionDir} has ${memory.size} rows, its manifest says ${manifest.songCount}`);
  }
  // A mood becomes one of relatively few emotion sets, so the same vectors come back often; an
  // index version never changes, so its answers can be kept (bounded, least recently used out).
  const cache = new Map<string, SongHit[]>();
  return {
    manifest,
    version: versionDir,
    async search(vector, k) {
      const key = `${k}:${Buffer.from(Float32Array.from(vector).buffer).toString("base64")}`;
      const cached = cache.get(key);
      if (cached) {
        cache.delete(key);
        cache.set(key, cached);
        return cached.map((h) => ({ ...h }));
      }
      const hits = searchMemory(memory, vector, k);
      cache.set(key, hits);
      if (cache.size > SEARCH_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return hits.map((h) => ({ ...h }));
    },
    async songsById(ids) {
      if (ids.length === 0) return [];
      // Ids are ours or the caller's: quote them as SQL string literals ('' escapes a quote).
      const list = [...new Set(ids)].map((id) => `'${id.replaceAll("'", "''")}'`).join(", ");
      const rows = await table.query().where(`id IN (${list})`).select(["id", "song"]).toArray();
      const byId = new Map(rows.map((r: { id: string; song: string }) => [r.id, JSON.parse(r.song) as Song]));
      return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    },
    async probe() {
      const unit = new Array<number>(manifest.dimension).fill(0);
      unit[0] = 1;
      try {
        const hits = searchMemory(memory, unit, 1);
        if (hits.length !== 1 || !Number.isFinite(hits[0]!.similarity)) throw new Error(`probe returned ${hits.length} rows`);
      } catch (e) {
        throw new AppError("data_invalid", `index version ${versionDir} does not answer queries`, { cause: e });
      }
    },
    close() {
      table.close();
      db.close();
    },
  };
}
