import { forEachBounded } from "@/lib/concurrency";
import { emotionLines } from "@/lib/emotions/emotion-lines";
import { type EmotionEngine, TAG_SIZE } from "@/lib/emotions/engine";
import { fileExists } from "@/lib/fs/files";
import { readCatalog, writeCatalog } from "./files";
import { type Song, SongSchema, TAGS_SOURCE } from "./song";
import { emotionsFromTags } from "./tag-emotions";

export interface TagSummary {
  total: number;
  tagged: number;
  /** Already tagged by this engine and vocabulary with the same lyrics: kept as they were. */
  unchanged: number;
  /** Tagged songs that got fewer than 8 emotions (no lyrics, instrumental, no evidence). */
  withoutEvidence: number;
  /** Songs whose tagging failed; they are kept with the reason and retried by the next run. */
  failed: number;
}

export type TagOutcome = { emotions: string[]; note?: string } | { error: string };

/** What a paid tagger used: calls, tokens, and the distinct terms before and after normalisation. */
export interface TaggerUsage {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  /** Distinct terms as the model wrote them (lower-cased), and after normalisation. */
  rawTerms: Set<string>;
  keptTerms: Set<string>;
}

/** Anything that tags lyrics: the offline engine or an LLM chain. Its id names engine and vocabulary. */
export interface SongTagger {
  id: string;
  /** Present for taggers that call a model (the dry run and the run summary print it). */
  usage?: TaggerUsage;
  /** Songs tagged at once; the offline engine needs no more than one. */
  concurrency: number;
  tag(lyrics: string, inUse: ReadonlyMap<string, number>): Promise<TagOutcome>;
}

const CHECKPOINT_MS = 2_000;

/** The offline engine as a SongTagger. */
export function offlineTagger(engine: EmotionEngine): SongTagger {
  return {
    id: engine.id,
    concurrency: 1,
    tag: async (lyrics) => engine.tagLyrics(lyrics),
  };
}

async function tagOne(song: Song, tagger: SongTagger, inUse: ReadonlyMap<string, number>): Promise<Song> {
  const base: Song = { ...song, emotionSource: tagger.id };
  delete base.lines;
  delete base.emotionNote;
  delete base.emotionError;
  if (song.instrumental) return { ...base, emotions: [], emotionNote: "instrumental" };
  if (!song.lyrics || song.lyrics.trim() === "") return { ...base, emotions: [], emotionNote: "no lyrics" };
  const result = await tagger.tag(song.lyrics, inUse);
  if ("error" in result) return { ...base, emotions: [], emotionError: result.error };
  return withLines({ ...base, emotions: result.emotions, ...(result.note ? { emotionNote: result.note } : {}) });
}

/** The song with the lyric line of each of its emotions (the chat quotes the one that matches). */
function withLines(song: Song): Song {
  if (!song.lyrics || song.emotions.length === 0) return song;
  const lines = emotionLines(song.lyrics, song.emotions);
  return Object.keys(lines).length > 0 ? { ...song, lines } : song;
}

const hasLyrics = (song: Song) => Boolean(song.lyrics && song.lyrics.trim() !== "") && !song.instrumental;

/**
 * A song with no lyrics whose emotions come from crowd mood tags: derived from its `moodTags`, or
 * kept as they are (on the song, or in the catalog from an earlier run) when it has emotions from
 * tags but not the tags themselves. Undefined for every other song.
 */
function tagsOnly(song: Song, prev: Song | undefined): Song | undefined {
  // Instrumentals too: crowd tags are the only mood data they can have.
  if (hasLyrics(song)) return undefined;
  if (song.moodTags) {
    const { emotions, note } = emotionsFromTags(song.moodTags);
    const base: Song = { ...song, emotions, emotionSource: TAGS_SOURCE };
    delete base.emotionNote;
    delete base.emotionError;
    return note ? { ...base, emotionNote: note } : base;
  }
  if (song.instrumental) return undefined;
  if (song.emotionSource === TAGS_SOURCE && song.emotions.length > 0) return song;
  if (prev?.emotionSource === TAGS_SOURCE && prev.emotions.length > 0) {
    return { ...song, emotions: prev.emotions, emotionSource: TAGS_SOURCE, ...(prev.emotionNote ? { emotionNote: prev.emotionNote } : {}) };
  }
  return undefined;
}

// Through the schema, so both sides list their keys in the same order.
const sameTagging = (a: Song, b: Song) => JSON.stringify(SongSchema.parse(a)) === JSON.stringify(SongSchema.parse(b));

function usageOf(songs: Iterable<Song>): Map<string, number> {
  const usage = new Map<string, number>();
  for (const s of songs) for (const e of s.emotions) usage.set(e, (usage.get(e) ?? 0) + 1);
  return usage;
}

/**
 * Tags songs into a catalog file, merging by id with what it holds. Resumable: a song already
 * tagged by the same tagger (whose id names the vocabulary version) with the same lyrics is skipped;
 * failures are retried. The file is rewritten atomically every few seconds, at the end, and before
 * an error that stops the run (such as an exhausted LLM quota) is rethrown.
 */
export async function tagIntoCatalog(input: {
  songs: readonly Song[];
  catalogFile: string;
  tagger: SongTagger;
  onProgress?: (done: number, total: number) => void;
}): Promise<TagSummary> {
  const { songs, catalogFile, tagger } = input;
  const existing = (await fileExists(catalogFile)) ? await readCatalog(catalogFile) : [];
  const byId = new Map(existing.map((s) => [s.id, s]));
  const summary: TagSummary = { total: songs.length, tagged: 0, unchanged: 0, withoutEvidence: 0, failed: 0 };
  let linesAdded = false;
  const todo = songs.filter((song) => {
    const prev = byId.get(song.id);
    const fromTags = tagsOnly(song, prev);
    if (fromTags) {
      // Deterministic and cheap: derived again every run, so new cues reach them; never wiped for want of lyrics.
      const unchanged = prev !== undefined && sameTagging(prev, fromTags);
      if (unchanged) summary.unchanged++;
      else {
        byId.set(song.id, fromTags);
        summary.tagged++;
        if (fromTags.emotions.length < TAG_SIZE) summary.withoutEvidence++;
      }
      return false;
    }
    const same = prev && prev.emotionSource === tagger.id && !prev.emotionError && (prev.lyrics ?? null) === (song.lyrics ?? null);
    if (same) summary.unchanged++;
    // Tagged before lines were kept: add them (cheap, offline) without tagging again.
    if (same && !prev.lines && prev.lyrics) {
      byId.set(prev.id, withLines(prev));
      linesAdded = true;
    }
    return !same;
  });
  const inUse = usageOf(byId.values());
  let lastCheckpoint = Date.now();
  try {
    await forEachBounded(todo, tagger.concurrency, async (song) => {
      const tagged = await tagOne(song, tagger, inUse);
      byId.set(tagged.id, tagged);
      for (const e of tagged.emotions) inUse.set(e, (inUse.get(e) ?? 0) + 1);
      summary.tagged++;
      if (tagged.emotionError) summary.failed++;
      else if (tagged.emotions.length < TAG_SIZE) summary.withoutEvidence++;
      if (Date.now() - lastCheckpoint > CHECKPOINT_MS) {
        lastCheckpoint = Date.now();
        await writeCatalog(catalogFile, [...byId.values()]);
        input.onProgress?.(summary.tagged + summary.unchanged, songs.length);
      }
    });
  } finally {
    if (summary.tagged > 0 || existing.length === 0 || linesAdded) await writeCatalog(catalogFile, [...byId.values()]);
  }
  return summary;
}
