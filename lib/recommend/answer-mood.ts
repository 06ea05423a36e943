import type { Song } from "@/lib/catalog/song";
import { guessLanguage } from "@/lib/emotions/language";
import { tokenize } from "@/lib/emotions/text";
import { CARE_AVOID, type CareNote, careNote, needsCare } from "./care";
import { type MessageReading, foldHistory, readMessage } from "./conversation";
import { liftTarget, searchLifted } from "./lift";
import { applyEdits } from "./mood-edit";
import { type MoodState, stateFromEmotions, stateTerms } from "./mood-state";
import { moodVector, towardOf } from "./mood-vector";
import type { MoodReader, MoodtapeDeps, Turn } from "./ports";
import { DEFAULT_THRESHOLD, type Recommendation, type Sort, searchByVector } from "./recommend";

export interface MoodRequest {
  /** The person's message; absent to answer `state` as it is (a chip removed, a setting changed). */
  message?: string;
  history?: Turn[];
  threshold?: number;
  limit?: number;
  sort?: Sort;
  exclude?: string[];
  like?: string[];
  skip?: string[];
  shift?: "match" | "lift";
  diverse?: boolean;
  /** The mood state the last answer returned. */
  state?: MoodState;
  /** The browser's Accept-Language, to pick the helpline of the person's region. */
  acceptLanguage?: string | null;
}

export interface MoodAnswer extends Recommendation {
  /** Who read the mood: "offline", the LLM ("llm:<model>"), or "offline-fallback" when the LLM failed. */
  mode: string;
  /** True when the message refined the previous mood ("more upbeat", "only Spanish songs"). */
  refined: boolean;
  languages: string[] | null;
  /** The mood this answer was searched with; send it back with the next message. */
  state: MoodState | null;
  /** False when a follow-up could not be read: the state is kept as it was and no songs are searched. */
  understood: boolean;
  care?: CareNote;
  /** The language the message is in ("en" or "es"), so the chat can answer in it. */
  language: "en" | "es";
}

type MoodDeps = Pick<MoodtapeDeps, "engine" | "embeddings" | "index" | "mode" | "moodReader">;

/** The LLM's reading within its time budget, or undefined (and the reason logged) to fall back. */
async function readWithLlm(message: string, history: readonly Turn[], reader: MoodReader & { budgetMs: number }): Promise<string[] | undefined> {
  try {
    const emotions = await reader.read(message, history, AbortSignal.timeout(reader.budgetMs));
    return emotions.length > 0 ? emotions : undefined;
  } catch (e) {
    console.warn(`mood: LLM failed (${(e as Error)?.name ?? "error"}); answering with the offline engine`);
    return undefined;
  }
}

/**
 * Reads the message against the prior mood. In LLM mode the LLM reads new moods (and messages the
 * offline rules cannot read); follow-up edits are always applied by the same rules.
 */
async function readTurnWithMode(req: MoodRequest, prior: MoodState | null, deps: MoodDeps): Promise<{ reading: MessageReading; mode: string }> {
  if (req.message === undefined) return { reading: { kind: "edit", edits: [], emotions: [], repeat: false }, mode: deps.mode };
  const reading = readMessage(req.message, prior, deps.engine);
  if (!deps.moodReader || reading.kind === "edit") return { reading, mode: deps.mode };
  const llm = await readWithLlm(req.message, req.history ?? [], deps.moodReader);
  if (!llm) return { reading, mode: "offline-fallback" };
  // A message the rules could not read keeps the conversation's filters, likes and skips.
  const base = reading.kind === "new" ? reading.state : (prior ?? stateFromEmotions([]));
  const state = { ...base, emotions: stateFromEmotions(llm).emotions, shift: { valence: 0, arousal: 0 }, like: null };
  return { reading: { kind: "new", state, repeat: false }, mode: deps.moodReader.id };
}

async function likedSong(reading: MessageReading, prior: MoodState | null, deps: MoodDeps): Promise<Song | undefined | null> {
  const like = reading.kind === "edit" ? reading.edits.find((e) => e.kind === "like-song") : undefined;
  if (!like || like.kind !== "like-song" || !prior) return undefined;
  const id = like.position === -1 ? prior.lastSongs.at(-1) : prior.lastSongs[like.position - 1];
  return id ? ((await deps.index.songsById([id]))[0] ?? null) : null;
}

/** The list without repeats, its last `max` ids kept. */
const lastUnique = (list: readonly string[], max: number) => [...new Set(list)].slice(-max);

/**
 * One chat turn: reads the message as a new mood or an edit of the last one (`state`, or the
 * history folded when no state is sent), applies likes and skips, then searches: matching the mood
 * or lifting it gently, one song per artist unless `diverse` is false, never a skipped song, and no
 * song already shown unless the person asked again. Distress talk gets a care note first.
 */
export async function answerMood(req: MoodRequest, deps: MoodDeps): Promise<MoodAnswer> {
  const prior = req.state ?? foldHistory(req.history ?? [], deps.engine);
  const { reading, mode } = await readTurnWithMode(req, prior, deps);
  const language = req.message !== undefined ? guessLanguage(tokenize(req.message)) : "en";
  const care = req.message !== undefined && needsCare(req.message) ? careNote(language, req.acceptLanguage) : undefined;
  const threshold = req.threshold ?? DEFAULT_THRESHOLD;
  const base = { mode, threshold, belowThreshold: [], songs: [], language, ...(care ? { care } : {}) };
  const liked = await likedSong(reading, prior, deps);
  if (reading.kind === "unreadable" || liked === null) {
    const still = prior ? stateTerms(prior) : [];
    const what = liked === null ? "There is no such song in the last answer." : "I could not read that as a mood or as a change to it.";
    const message = `${what} Still on: ${still.join(", ")}. Try "less sad", "more upbeat", "only Spanish songs", "more like the 2nd one", or say how you feel.`;
    return { ...base, emotions: still, message, refined: false, languages: prior?.languages ?? null, state: prior, understood: false };
  }
  let state = reading.kind === "new" ? { ...reading.state, liked: prior?.liked ?? [], skipped: prior?.skipped ?? [] } : applyEdits(prior!, reading.edits, reading.emotions, liked);
  // like/skip, when sent, are the conversation's whole lists (so an undone like or skip is undone).
  state = { ...state, liked: lastUnique(req.like ?? state.liked, 100), skipped: lastUnique(req.skip ?? state.skipped, 500) };
  const taste = await deps.index.songsById([...state.liked, ...state.skipped]);
  const { vector, terms } = await moodVector(state, { liked: taste.filter((s) => state.liked.includes(s.id)), skipped: taste.filter((s) => state.skipped.includes(s.id)) }, deps);
  const refined = reading.kind === "edit";
  if (!vector) return { ...base, emotions: [], message: "No emotion found in the message.", refined, languages: state.languages, state: null, understood: true };
  const options = {
    threshold,
    limit: req.limit,
    sort: req.sort,
    exclude: reading.repeat ? [] : req.exclude,
    skipped: state.skipped,
    languages: state.languages ?? undefined,
    notLanguages: state.notLanguages,
    avoid: [...state.avoid, ...(care ? CARE_AVOID : [])],
    diverse: req.diverse ?? true,
    toward: towardOf(state),
  };
  const target = req.shift === "lift" ? liftTarget(state) : null;
  const result = target
    ? await searchLifted({ vector, target: (await deps.embeddings.embedTermLists([target]))[0]!, mood: terms, targetTerms: target }, options, deps)
    : await searchByVector(vector, terms, options, deps);
  const answered = { ...state, lastSongs: result.songs.map((s) => s.id) };
  const note = req.shift === "lift" && !target ? "Your mood is already bright, so these songs match it." : undefined;
  return { ...base, ...result, ...(note && !result.message ? { message: note } : {}), mode, refined, languages: state.languages, state: answered, understood: true };
}
