import { z } from "zod";
import { rankWeight } from "@/lib/catalog/song-point";

/** How strongly a follow-up may move the mood in valence or arousal, in total. */
export const SHIFT_MAX = 0.9;
const ID = z.string().min(1).max(200);
const TERM = z.string().min(1).max(60);

/**
 * The mood a conversation is at: what the last answer was searched with. A follow-up edits it
 * ("not so sad", "more upbeat", "only Spanish songs", "more like the 2nd one"); the chat shows it
 * as chips and sends it back with the next message, so nothing has to be guessed from the history.
 */
export const MoodStateSchema = z
  .object({
    /** 1-8 vocabulary terms, strongest first, each weighing 0..1. */
    emotions: z.array(z.object({ term: TERM, weight: z.number().min(0).max(1) }).strict()).max(8),
    /** Where the person asked to move: + valence = more upbeat, + arousal = more energy. */
    shift: z.object({ valence: z.number().min(-SHIFT_MAX).max(SHIFT_MAX), arousal: z.number().min(-SHIFT_MAX).max(SHIFT_MAX) }).strict(),
    /** Only songs in these languages (null: any). */
    languages: z.array(z.enum(["en", "es"])).max(2).nullable(),
    /** Never songs in these languages ("no Spanish songs"). */
    notLanguages: z.array(z.enum(["en", "es"])).max(2),
    /** Emotions the person does not want ("not angry"): songs led by them are left out. */
    avoid: z.array(TERM).max(16),
    /** "More like this one": the song the mood was taken from. */
    like: z.object({ id: ID, title: z.string().max(300) }).strict().nullable(),
    /** Songs liked and skipped in this conversation: liked ones pull, skipped ones push away and never return. */
    liked: z.array(ID).max(100),
    skipped: z.array(ID).max(500),
    /** The last answer's songs in order, so "the second one" can be found. */
    lastSongs: z.array(ID).max(50),
  })
  .strict();

export type MoodState = z.infer<typeof MoodStateSchema>;
export type WeightedEmotion = MoodState["emotions"][number];

/** A fresh state for a mood read as ranked emotions (weighed by rank, as a song's tags are). */
export function stateFromEmotions(emotions: readonly string[]): MoodState {
  return {
    emotions: emotions.slice(0, 8).map((term, rank) => ({ term, weight: round(rankWeight(rank)) })),
    shift: { valence: 0, arousal: 0 },
    languages: null,
    notLanguages: [],
    avoid: [],
    like: null,
    liked: [],
    skipped: [],
    lastSongs: [],
  };
}

/** The state's emotions strongest first, as plain terms. */
export function stateTerms(state: MoodState): string[] {
  return [...state.emotions].sort((a, b) => b.weight - a.weight).map((e) => e.term);
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function clampShift(x: number): number {
  return round(Math.max(-SHIFT_MAX, Math.min(SHIFT_MAX, x)));
}
