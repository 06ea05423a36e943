import type { Turn } from "./ports";
import type { EmotionEngine } from "@/lib/emotions/engine";
import { normalizeEmotion } from "@/lib/emotions/normalize";
import { BOUNDARY, foldText, tokenize } from "@/lib/emotions/text";
import type { EmotionFamily } from "@/lib/emotions/types";
import { getVocabulary } from "@/lib/emotions/vocabulary";

export type { Turn } from "./ports";

/** What a conversation asks for so far: the emotions, a language filter, and whether to repeat songs. */
export interface ConversationMood {
  emotions: string[];
  languages: string[] | null;
  /** True when the last message refined an earlier mood instead of stating a new one. */
  refined: boolean;
  /** True when the person asked to see songs again ("again", "otra vez"). */
  repeat: boolean;
}

// Direction words: "something more upbeat", "más alegre", "calmer", "más triste".
const DIRECTIONS: { words: string[]; add: string[]; dropFamilies: EmotionFamily[] }[] = [
  {
    words: ["upbeat", "happier", "happy", "cheerful", "energetic", "livelier", "faster", "alegre", "alegres", "feliz", "animado", "animada", "movido", "movida", "bailable", "brighter"],
    add: ["joy", "energy", "excitement"],
    dropFamilies: ["sadness"],
  },
  {
    words: ["calmer", "calm", "chill", "softer", "slower", "quieter", "relaxed", "tranquilo", "tranquila", "suave", "relajado", "relajada", "lento"],
    add: ["calm", "serenity", "relaxation"],
    dropFamilies: ["tension"],
  },
  { words: ["sadder", "triste", "tristes", "darker", "melancholic"], add: ["sadness", "melancholy"], dropFamilies: ["joyful_activation"] },
];
const MORE = new Set(["more", "mas", "extra", "even"]);
const LESS = new Set(["less", "menos", "not", "no", "sin", "without", "nothing", "nada"]);
const REFINE_OPENERS = /^(something|anything|algo|another|other|otra|otras|otro|otros|only|just|solo|and|y|but|pero|now|ahora)\b/;
const SPANISH = /\b(spanish|espanol|castellano|latin[oa]?)\b/;
const ENGLISH = /\b(english|ingles)\b/;
const AGAIN = /\b(again|otra vez|de nuevo|repeat|same songs)\b/;

function familyOf(term: string): EmotionFamily | undefined {
  return getVocabulary().byTerm.get(term)?.family;
}

function parseRefinement(message: string) {
  const folded = foldText(message);
  const tokens = tokenize(message).filter((t) => t !== BOUNDARY);
  const add: string[] = [];
  const drop = new Set<EmotionFamily>();
  let matched = false;
  tokens.forEach((tok, i) => {
    const prev = tokens[i - 1] ?? "";
    const direction = DIRECTIONS.find((d) => d.words.includes(tok));
    if (LESS.has(prev)) {
      const r = normalizeEmotion(tok);
      const family = direction ? direction.add.map(familyOf)[0] : r.ok ? familyOf(r.term) : undefined;
      if (family) {
        drop.add(family);
        const opposite = r.ok ? getVocabulary().byTerm.get(r.term)?.opposite : undefined;
        if (opposite) add.push(opposite);
        matched = true;
      }
      return;
    }
    if (direction) {
      add.push(...direction.add);
      direction.dropFamilies.forEach((f) => drop.add(f));
      matched = true;
    } else if (MORE.has(prev)) {
      const r = normalizeEmotion(tok);
      if (r.ok) {
        add.push(r.term);
        matched = true;
      }
    }
  });
  const languages = SPANISH.test(folded) ? ["es"] : ENGLISH.test(folded) ? ["en"] : null;
  const repeat = AGAIN.test(folded);
  const opener = REFINE_OPENERS.test(folded.trim());
  return { add, drop, languages, repeat, isRefinement: matched || languages !== null || repeat || opener };
}

/**
 * Reads the person's messages in order. A message that states a mood starts over; a follow-up
 * ("something more upbeat", "less sad", "más alegre", "only Spanish songs", "not angry") adjusts the
 * mood before it. Works with the offline engine alone.
 */
export function readConversation(message: string, history: readonly Turn[], engine: EmotionEngine): ConversationMood {
  const messages = [...history.filter((t) => t.role === "user").map((t) => t.content), message];
  let state: ConversationMood = { emotions: [], languages: null, refined: false, repeat: false };
  for (const text of messages) {
    const own = engine.readMood(text);
    const r = parseRefinement(text);
    if (state.emotions.length === 0 || !r.isRefinement) {
      state = { emotions: own.emotions, languages: r.languages, refined: false, repeat: r.repeat };
      if (!own.noEmotion) continue;
      // A first message like "something upbeat" has no emotion words but a direction: use it.
      state.emotions = [...new Set(r.add)].slice(0, 8);
      continue;
    }
    const kept = state.emotions.filter((e) => !r.drop.has(familyOf(e)!));
    const added = [...r.add, ...own.emotions.filter((e) => !r.drop.has(familyOf(e)!))];
    state = {
      emotions: [...new Set([...added, ...kept])].slice(0, 8),
      languages: r.languages ?? state.languages,
      refined: true,
      repeat: r.repeat,
    };
  }
  return state;
}
