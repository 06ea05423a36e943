import { TAG_SIZE } from "@/lib/emotions/engine";
import { normalizeEmotion } from "@/lib/emotions/normalize";
import { type Vocabulary, getVocabulary } from "@/lib/emotions/vocabulary";
import type { MoodTags } from "./song";
import { emotionsPoint, measuredPoint } from "./song-point";

/**
 * Words that are moods only when someone tags a song with them (in lyrics "dark" or "light" are
 * mostly literal, so they are not engine cues). Our own mapping, to the nearest vocabulary term.
 */
const TAG_ALIASES: Readonly<Record<string, string>> = {
  dark: "melancholy", bright: "joy", light: "carefreeness", cold: "numbness", sweet: "affection",
  smooth: "relaxation", lazy: "relaxation", sleepy: "calm", flowing: "calm", understated: "calm",
  chill: "relaxation", chilled: "relaxation", "chill out": "relaxation", chillout: "relaxation", lounge: "relaxation",
  driving: "energy", dance: "energy", danceable: "energy", "high energy": "energy", workout: "energy",
  fun: "playfulness", summery: "joy", summer: "joy", sparkling: "joy", lush: "dreaminess", atmospheric: "dreaminess",
  ambient: "serenity", nocturnal: "dreaminess", autumnal: "wistfulness", wintry: "melancholy", rainy: "melancholy",
  epic: "awe", searching: "longing", serious: "reflection", savage: "rage", harsh: "anger", gritty: "intensity",
  urgent: "restlessness", volatile: "restlessness", suspenseful: "anticipation", sexual: "lust", elegant: "serenity",
  graceful: "serenity", emotional: "sentimentality", "feel good": "happiness", "feel-good": "happiness",
  "love songs": "love", "sad songs": "sadness", "break up": "heartbreak", breakup: "heartbreak",
};

// Vocabulary words repeat across 90k songs: normalise each distinct word once.
const cache = new Map<string, string | null>();

/** The vocabulary term a mood tag names (through our tag aliases first), or null. */
export function termOfTag(word: string): string | null {
  const key = word.trim().toLowerCase();
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const alias = TAG_ALIASES[key] ?? TAG_ALIASES[key.replace(/[-_]+/g, " ")];
  const r = alias ? { ok: true as const, term: alias } : normalizeEmotion(key);
  const term = r.ok ? r.term : null;
  if (cache.size < 50_000) cache.set(key, term);
  return term;
}

const FIT_WIDTH = 0.45;
const KIN_BONUS = 0.5;

/** Terms the tags do not name, nearest the point first, leaning to the families and relatives of those they do. */
function fillTerms(named: readonly string[], point: { valence: number; arousal: number }, vocab: Vocabulary, size: number): string[] {
  const families = new Set(named.map((t) => vocab.byTerm.get(t)?.family));
  const related = new Set(named.flatMap((t) => vocab.byTerm.get(t)?.related ?? []));
  return vocab.terms
    .filter((t) => !named.includes(t.term))
    .map((t) => {
      const d2 = (t.valence - point.valence) ** 2 + (t.arousal - point.arousal) ** 2;
      const kin = (families.has(t.family) ? KIN_BONUS : 0) + (related.has(t.term) ? KIN_BONUS : 0);
      return { term: t.term, score: Math.exp(-d2 / (2 * FIT_WIDTH * FIT_WIDTH)) * (1 + kin) };
    })
    .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1))
    .slice(0, size)
    .map((s) => s.term);
}

/**
 * Eight emotions from crowd mood tags: the terms the tag words name (in their order, the most tagged
 * first), filled with the terms nearest the song's valence/arousal (the crowd's ratings when given,
 * else the named terms' own point). Fewer than 8 only when no tag maps and there are no ratings.
 */
export function emotionsFromTags(tags: Pick<MoodTags, "words" | "valence" | "arousal">): { emotions: string[]; note?: string } {
  const vocab = getVocabulary();
  const named: string[] = [];
  for (const w of tags.words) {
    const term = termOfTag(w);
    if (term && !named.includes(term)) named.push(term);
  }
  const own = emotionsPoint(named);
  const measured = measuredPoint({ moodTags: tags });
  if (!own && measured.valence === null && measured.arousal === null) {
    return { emotions: [], note: tags.words.length === 0 ? "no mood tags" : "no mood tag maps to the vocabulary" };
  }
  const point = { valence: measured.valence ?? own?.valence ?? 0, arousal: measured.arousal ?? own?.arousal ?? 0 };
  const kept = named.slice(0, TAG_SIZE);
  const emotions = [...kept, ...fillTerms(kept, point, vocab, TAG_SIZE - kept.length)];
  const inferred = TAG_SIZE - kept.length;
  if (inferred === 0) return { emotions };
  const from = measured.valence !== null || measured.arousal !== null ? "the tags' valence/arousal ratings" : "the tags' valence and arousal";
  return { emotions, note: `${inferred} of ${TAG_SIZE} inferred from ${from}` };
}
