import { z } from "zod";
import { readText } from "@/lib/fs/files";
import type { Song } from "@/lib/catalog/song";
import { guessLanguage } from "@/lib/emotions/language";
import { tokenize } from "@/lib/emotions/text";
import { AppError } from "@/lib/errors";

/** The valence/arousal quadrants every dataset label is scored against. */
export const QUADRANTS = ["happy", "angry", "sad", "relaxed"] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/**
 * How a dataset label maps to quadrants. A song is placed right when its tags fall in one of its
 * label's quadrants, and a mood query for a quadrant counts the songs of labels that map to it.
 * Polarity labels only say which side of valence a song is on: pos = happy or relaxed, neg = sad or
 * angry. `neu` (neutral) has no side, so it is neither scored for placement nor relevant to a query.
 * A set labelled only happy/sad is a valence set (see `labelQuadrants`).
 */
export const LABEL_QUADRANTS: Readonly<Record<string, readonly Quadrant[]>> = {
  happy: ["happy"],
  angry: ["angry"],
  sad: ["sad"],
  relaxed: ["relaxed"],
  calm: ["relaxed"],
  pos: ["happy", "relaxed"],
  positive: ["happy", "relaxed"],
  neg: ["sad", "angry"],
  negative: ["sad", "angry"],
  neu: [],
  neutral: [],
};

/**
 * The quadrants a label stands for within its dataset. In a set whose only labels are happy and
 * sad (MusicMood), the labels say which side of valence a song is on, as pos/neg do: happy = happy
 * or relaxed, sad = sad or angry. In a four-quadrant set (NJU-MusicMood) they are quadrants.
 */
export function labelQuadrants(label: string, labels: ReadonlySet<string>): readonly Quadrant[] {
  const valenceOnly = labels.size === 2 && labels.has("happy") && labels.has("sad");
  if (valenceOnly) return label === "happy" ? LABEL_QUADRANTS.pos! : LABEL_QUADRANTS.neg!;
  return LABEL_QUADRANTS[label] ?? [];
}

const RecordSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string().optional(),
  artist: z.string().optional(),
  lyrics: z.string(),
  label: z.string().min(1),
  split: z.string().optional(),
});

export interface LabelledSong {
  song: Song;
  label: string;
  split?: string;
}

/** Reads a labelled JSONL dataset (`{id, title?, artist?, lyrics, label, split?}` a line) into songs. */
export async function readLabelledDataset(file: string): Promise<LabelledSong[]> {
  const text = await readText(file);
  const out: LabelledSong[] = [];
  const ids = new Set<string>();
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new AppError("bad_request", `${file}: line ${i + 1}: not valid JSON`);
    }
    const parsed = RecordSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new AppError("bad_request", `${file}: line ${i + 1}: ${issue.path.join(".") || "record"}: ${issue.message}`);
    }
    const r = parsed.data;
    if (!(r.label in LABEL_QUADRANTS)) {
      throw new AppError("bad_request", `${file}: line ${i + 1}: unknown label "${r.label}" (known: ${Object.keys(LABEL_QUADRANTS).join(", ")})`);
    }
    const id = ids.has(r.id) ? `${r.id}#${i + 1}` : r.id;
    ids.add(id);
    const song: Song = {
      id,
      title: r.title?.trim() || `song ${id}`,
      artists: [r.artist?.trim() || "unknown"],
      popularity: null,
      lyrics: r.lyrics.slice(0, 100_000),
      language: guessLanguage(tokenize(r.lyrics)),
      emotions: [],
    };
    out.push({ song, label: r.label, ...(r.split ? { split: r.split } : {}) });
  });
  if (out.length === 0) throw new AppError("bad_request", `${file}: no songs`);
  return out;
}
