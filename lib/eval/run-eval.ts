import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { readCatalog } from "@/lib/catalog/files";
import { tagIntoCatalog } from "@/lib/catalog/tag-catalog";
import type { Song } from "@/lib/catalog/song";
import { VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import type { MoodtapeDeps } from "@/lib/recommend/ports";

type Services = Omit<MoodtapeDeps, "index">;
import { buildSongIndex, openSongIndex, type SongIndex } from "@/lib/store/song-index";
import { type LabelledSong, type Quadrant, QUADRANTS, labelQuadrants } from "./dataset";
import { songPosition } from "./emotion-map";
import { buildLyricsSearch } from "./lyrics-search";
import { QUADRANT_QUERIES } from "./mood-queries";
import { PlainTermEmbeddings } from "./plain-embeddings";

export const APPROACHES = ["lyrics", "emotions", "dedup"] as const;
export type Approach = (typeof APPROACHES)[number];
export const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8];

export interface LabelFigures {
  label: string;
  songs: number;
  /** Share of the label's songs whose tags fall in one of its quadrants; null when the label has none. */
  quadrantAccuracy: number | null;
  /** Mean precision@10 and @20 of the label's mood queries, per approach. */
  precision: Partial<Record<Approach, { at10: number; at20: number }>>;
}

export interface EvalReport {
  songs: number;
  engine: string;
  labels: LabelFigures[];
  macro: { quadrantAccuracy: number; precision: Partial<Record<Approach, { at10: number; at20: number }>> };
  /** Scores of the top-10 songs each approach returned, per label (for the box plots). */
  scores: Partial<Record<Approach, Record<string, number[]>>>;
  /** dedup only: for each threshold, the precision of the songs passing it and how many pass per query. */
  thresholds: { threshold: number; precision: number; passing: number; empty: number }[];
  /** Songs that got fewer than 8 emotions. */
  untagged: number;
  /** The tagged songs with their labels, named by id and label only (for the emotion map). */
  tagged: { id: string; title: string; artists: string[]; emotions: string[]; label: string }[];
}

type Ranker = (sentence: string, emotions: string[], k: number) => Promise<{ id: string; score: number }[]>;

/** The quadrant a song's tags point to, from the vocabulary's valence/arousal; null without tags. */
export function tagQuadrant(emotions: readonly string[]): Quadrant | null {
  const p = songPosition(emotions);
  if (!p) return null;
  if (p.valence >= 0) return p.arousal >= 0 ? "happy" : "relaxed";
  return p.arousal >= 0 ? "angry" : "sad";
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

async function rankerFor(approach: Approach, dir: string, songs: Song[], services: Services) {
  if (approach === "lyrics") {
    const fts = await buildLyricsSearch(join(dir, "lyrics"), songs);
    return { rank: ((s, _e, k) => fts.search(s, k)) as Ranker, close: () => fts.close() };
  }
  const embeddings = approach === "dedup" ? services.embeddings : new PlainTermEmbeddings();
  const indexDir = join(dir, `index-${approach}`);
  await buildSongIndex({ indexDir, songs, embeddings, vocabularyVersion: VOCABULARY_VERSION });
  const index: SongIndex = await openSongIndex({ indexDir, embeddings, vocabularyVersion: VOCABULARY_VERSION });
  const rank: Ranker = async (_s, emotions, k) => {
    if (emotions.length === 0) return [];
    const [vector] = await embeddings.embedTermLists([emotions]);
    const hits = await index.search(vector!, k);
    return hits.map((h) => ({ id: h.song.id, score: h.similarity }));
  };
  return { rank, close: () => index.close() };
}

async function readMood(sentence: string, services: Services): Promise<string[]> {
  if (services.moodReader) {
    const terms = await services.moodReader.read(sentence, []).catch((e: unknown) => {
      console.warn(`eval: the LLM could not read "${sentence}" (${(e as Error)?.name ?? "error"}); the offline engine reads it`);
      return [];
    });
    if (terms.length > 0) return terms;
  }
  return services.engine.readMood(sentence).emotions;
}

/**
 * Tags the songs with the environment's engine into `dir`, indexes them per approach, runs the
 * canonical mood queries of every quadrant the labels map to, and scores retrieval and placement.
 */
export async function runEval(input: {
  songs: readonly LabelledSong[];
  approaches: readonly Approach[];
  services: Services;
  dir: string;
}): Promise<EvalReport> {
  const { services, dir } = input;
  await mkdir(dir, { recursive: true });
  const catalogFile = join(dir, "catalog.json");
  await tagIntoCatalog({ songs: input.songs.map((s) => s.song), catalogFile, tagger: services.tagger });
  const tagged = await readCatalog(catalogFile);
  const labelOf = new Map(input.songs.map((s) => [s.song.id, s.label]));
  const labelSet = new Set(input.songs.map((s) => s.label));
  const labels = [...labelSet].sort();
  const quadrantsOf = (label: string) => labelQuadrants(label, labelSet);
  const all = tagged.length;
  const moods = new Map<string, string[]>();
  for (const q of QUADRANTS) for (const sentence of QUADRANT_QUERIES[q]) moods.set(sentence, await readMood(sentence, services));
  const report: EvalReport = {
    songs: tagged.length,
    engine: services.tagger.id,
    labels: labels.map((label) => placement(label, quadrantsOf(label), tagged, labelOf)),
    macro: { quadrantAccuracy: 0, precision: {} },
    scores: {},
    thresholds: [],
    untagged: tagged.filter((s) => s.emotions.length < 8).length,
    // Dataset titles stay out of the plots: a song is its id and its label there.
    tagged: tagged.map((s) => ({ id: s.id, title: `${labelOf.get(s.id)} #${s.id}`, artists: [], emotions: s.emotions, label: labelOf.get(s.id)! })),
  };
  for (const approach of input.approaches) {
    const { rank, close } = await rankerFor(approach, join(dir, approach), tagged, services);
    try {
      report.scores[approach] = {};
      const runs: { score: number; fits: boolean }[][] = [];
      for (const figures of report.labels) {
        const quadrants = quadrantsOf(figures.label);
        if (quadrants.length === 0) continue;
        const at10: number[] = [];
        const at20: number[] = [];
        const scores: number[] = [];
        for (const q of quadrants) {
          for (const sentence of QUADRANT_QUERIES[q]) {
            // Every song ranked once: the top 10 and 20 for precision, all of them for the threshold table.
            const hits = await rank(sentence, moods.get(sentence)!, all);
            const fits = (h: { id: string }) => labelOf.get(h.id) === figures.label;
            at10.push(hits.slice(0, 10).filter(fits).length / 10);
            at20.push(hits.slice(0, 20).filter(fits).length / 20);
            scores.push(...hits.slice(0, 10).map((h) => h.score));
            runs.push(hits.map((h) => ({ score: h.score, fits: fits(h) })));
          }
        }
        figures.precision[approach] = { at10: mean(at10), at20: mean(at20) };
        report.scores[approach]![figures.label] = scores;
      }
      if (approach === "dedup") report.thresholds = thresholdTable(runs);
    } finally {
      close();
    }
  }
  const scored = report.labels.filter((l) => l.quadrantAccuracy !== null);
  report.macro.quadrantAccuracy = mean(scored.map((l) => l.quadrantAccuracy!));
  for (const approach of input.approaches) {
    const withP = scored.map((l) => l.precision[approach]).filter((p) => p !== undefined);
    report.macro.precision[approach] = { at10: mean(withP.map((p) => p.at10)), at20: mean(withP.map((p) => p.at20)) };
  }
  return report;
}

function placement(label: string, quadrants: readonly Quadrant[], songs: Song[], labelOf: Map<string, string>): LabelFigures {
  const mine = songs.filter((s) => labelOf.get(s.id) === label);
  const right = mine.filter((s) => {
    const q = tagQuadrant(s.emotions);
    return q !== null && quadrants.includes(q);
  }).length;
  return { label, songs: mine.length, quadrantAccuracy: quadrants.length > 0 ? right / Math.max(1, mine.length) : null, precision: {} };
}

/** For each threshold: the precision of the songs passing it, how many pass per query, queries left empty. */
function thresholdTable(runs: { score: number; fits: boolean }[][]) {
  return THRESHOLDS.map((threshold) => {
    const kept = runs.map((run) => run.filter((h) => h.score >= threshold));
    const withAny = kept.filter((k) => k.length > 0);
    return {
      threshold,
      precision: mean(withAny.map((k) => k.filter((h) => h.fits).length / k.length)),
      passing: mean(kept.map((k) => k.length)),
      empty: kept.length - withAny.length,
    };
  });
}
