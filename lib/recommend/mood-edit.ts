import type { Song } from "@/lib/catalog/song";
import { getVocabulary } from "@/lib/emotions/vocabulary";
import type { Edit } from "./follow-up";
import { type MoodState, clampShift, round, stateFromEmotions } from "./mood-state";

const LESS_SELF = 0.3;
const LESS_FAMILY = 0.6;
const LESS_SHIFT = 0.5;
const MORE_OTHERS = 0.85;
const ADDED_WEIGHT = 0.8;

function addTerm(state: MoodState, term: string, weight: number): MoodState {
  const others = state.emotions.filter((e) => e.term !== term);
  const kept = others.length >= 8 ? [...others].sort((a, b) => b.weight - a.weight).slice(0, 7) : others;
  return { ...state, emotions: [{ term, weight }, ...kept], avoid: state.avoid.filter((t) => t !== term) };
}

function less(state: MoodState, term: string): MoodState {
  const { byTerm } = getVocabulary();
  const data = byTerm.get(term);
  const emotions = state.emotions.map((e) =>
    e.term === term ? { ...e, weight: round(e.weight * LESS_SELF) } : data && byTerm.get(e.term)?.family === data.family ? { ...e, weight: round(e.weight * LESS_FAMILY) } : e,
  );
  // Away from where the emotion sits: "less sad" is also a little brighter.
  const shift = data
    ? { valence: clampShift(state.shift.valence - LESS_SHIFT * data.valence), arousal: clampShift(state.shift.arousal - (Math.abs(data.arousal) > 0.5 ? LESS_SHIFT / 2 : 0) * data.arousal) }
    : state.shift;
  return { ...state, emotions, shift };
}

function avoid(state: MoodState, term: string): MoodState {
  const emotions = state.emotions.filter((e) => e.term !== term);
  const opposite = getVocabulary().byTerm.get(term)?.opposite;
  // "not angry" when anger was all there was: its opposite is what is left to search for.
  const kept = emotions.length > 0 || !opposite ? emotions : [{ term: opposite, weight: 1 }];
  return { ...state, emotions: kept, avoid: [...new Set([...state.avoid, term])].slice(0, 16) };
}

// "More upbeat" also quiets the emotions on the other side of the move (sadness, when brightening).
const AGAINST_SHARE = 0.6;
const AGAINST_MIN = 0.2;

function shifted(state: MoodState, valence: number, arousal: number): MoodState {
  const { byTerm } = getVocabulary();
  const against = (term: string) => {
    const t = byTerm.get(term);
    return !!t && (valence * t.valence < 0 && Math.abs(t.valence) > AGAINST_MIN || arousal * t.arousal < 0 && Math.abs(t.arousal) > AGAINST_MIN);
  };
  return {
    ...state,
    emotions: state.emotions.map((e) => (against(e.term) ? { ...e, weight: round(e.weight * AGAINST_SHARE) } : e)),
    shift: { valence: clampShift(state.shift.valence + valence), arousal: clampShift(state.shift.arousal + arousal) },
  };
}

/**
 * Applies a follow-up's edits to the mood state. `likedSong` is the song a "more like the 2nd one"
 * edit points to (looked up by the caller); without it that edit is ignored.
 */
export function applyEdits(state: MoodState, edits: readonly Edit[], added: readonly string[], likedSong?: Song): MoodState {
  let next: MoodState = { ...state };
  for (const edit of edits) {
    if (edit.kind === "like-song" && likedSong) {
      next = { ...stateFromEmotions(likedSong.emotions), languages: next.languages, notLanguages: next.notLanguages, avoid: next.avoid, liked: next.liked, skipped: next.skipped, lastSongs: next.lastSongs, like: { id: likedSong.id, title: likedSong.title } };
    } else if (edit.kind === "less") next = less(next, edit.term);
    else if (edit.kind === "more") {
      next = { ...next, emotions: next.emotions.map((e) => ({ ...e, weight: round(e.weight * MORE_OTHERS) })) };
      next = addTerm(next, edit.term, 1);
    } else if (edit.kind === "avoid") next = avoid(next, edit.term);
    else if (edit.kind === "shift") next = shifted(next, edit.valence, edit.arousal);
    else if (edit.kind === "only-language") next = { ...next, languages: edit.languages, notLanguages: next.notLanguages.filter((l) => !edit.languages.includes(l)) };
    else if (edit.kind === "no-language") {
      next = { ...next, notLanguages: [...new Set([...next.notLanguages, edit.language])], languages: next.languages?.filter((l) => l !== edit.language) ?? null };
      if (next.languages?.length === 0) next.languages = null;
    } else if (edit.kind === "any-language") next = { ...next, languages: null, notLanguages: [] };
  }
  for (const term of added) if (!next.emotions.some((e) => e.term === term) && !next.avoid.includes(term)) next = addTerm(next, term, ADDED_WEIGHT);
  return next;
}
