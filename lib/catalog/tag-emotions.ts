import { TAG_SIZE } from "@/lib/emotions/engine";
import { normalizeEmotion } from "@/lib/emotions/normalize";
import { type Vocabulary, getVocabulary } from "@/lib/emotions/vocabulary";
import { MOOD_TAG_WORDS } from "./mood-tag-words";
import type { MoodTags } from "./song";
import { emotionsPoint, measuredPoint } from "./song-point";

/**
 * Words that are moods only when someone tags a song with them (in lyrics "dark" or "light" are
 * mostly literal, so they are not engine cues). Our own mapping, to the nearest vocabulary term.
 */
const TAG_ALIASES: Readonly<Record<string, string>> = {
  // First, so that the aliases below win where both name a word.
  ...Object.fromEntries(Object.entries(MOOD_TAG_WORDS).flatMap(([term, words]) => words.map((w) => [w, term]))),
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
  // Own keys only: a tag such as "__proto__" or "constructor" is a word, not an object's property.
  const own = (k: string) => (Object.hasOwn(TAG_ALIASES, k) ? TAG_ALIASES[k] : undefined);
  const alias = own(key) ?? own(key.replace(/[-_]+/g, " "));
  const r = alias ? { ok: true as const, term: alias } : normalizeEmotion(key);
  const term = r.ok ? r.term : null;
  if (cache.size < 50_000) cache.set(key, term);
  return term;
}

const FIT_WIDTH = 0.45;
const KIN_BONUS = 0.5;

interface TermTable {
  terms: string[];
  valence: Float64Array;
  arousal: Float64Array;
  /** Each term's family as a small number, and the index of each term. */
  family: Uint8Array;
  index: Map<string, number>;
  /** Scratch space reused by every call (a 90k catalog would otherwise make 180k arrays to collect). */
  score: Float64Array;
  kin: Float64Array;
}
let table: { vocab: Vocabulary; t: TermTable } | undefined;

/** The vocabulary as flat arrays: filling runs for every song of a 90k catalog. */
function termTable(vocab: Vocabulary): TermTable {
  if (table?.vocab === vocab) return table.t;
  const n = vocab.terms.length;
  const t: TermTable = {
    terms: vocab.terms.map((x) => x.term),
    valence: Float64Array.from(vocab.terms, (x) => x.valence),
    arousal: Float64Array.from(vocab.terms, (x) => x.arousal),
    family: Uint8Array.from(vocab.terms, (x) => vocab.familyIndex.get(x.family) ?? 0),
    index: new Map(vocab.terms.map((x, i) => [x.term, i])),
    score: new Float64Array(n),
    kin: new Float64Array(n),
  };
  table = { vocab, t };
  return t;
}

const WIDTH2 = 2 * FIT_WIDTH * FIT_WIDTH;

/** Terms the tags do not name, nearest the point first, leaning to the families and relatives of those they do. */
function fillTerms(named: readonly string[], point: { valence: number; arousal: number }, vocab: Vocabulary, size: number): string[] {
  const t = termTable(vocab);
  const { score, kin } = t;
  kin.fill(0);
  let families = 0;
  for (const name of named) {
    const i = t.index.get(name);
    if (i === undefined) continue;
    families |= 1 << t.family[i]!;
    for (const r of vocab.terms[i]!.related) {
      const j = t.index.get(r);
      if (j !== undefined) kin[j] = KIN_BONUS;
    }
  }
  for (let i = 0; i < score.length; i++) {
    const dv = t.valence[i]! - point.valence;
    const da = t.arousal[i]! - point.arousal;
    const family = families & (1 << t.family[i]!) ? KIN_BONUS : 0;
    score[i] = Math.exp(-(dv * dv + da * da) / WIDTH2) * (1 + kin[i]! + family);
  }
  for (const name of named) {
    const i = t.index.get(name);
    if (i !== undefined) score[i] = -1;
  }
  // The best `size` by score, ties by term: a few linear passes beat sorting 122 terms per song.
  const out: string[] = [];
  while (out.length < size) {
    let best = -1;
    for (let i = 0; i < score.length; i++) {
      const x = score[i]!;
      if (x < 0) continue;
      if (best === -1 || x > score[best]! || (x === score[best] && t.terms[i]! < t.terms[best]!)) best = i;
    }
    if (best === -1) break;
    out.push(t.terms[best]!);
    score[best] = -1;
  }
  return out;
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
