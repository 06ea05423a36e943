import type { EmotionEngine } from "@/lib/emotions/engine";
import { normalizeEmotion } from "@/lib/emotions/normalize";
import { BOUNDARY, foldText, tokenize } from "@/lib/emotions/text";

/** One change a follow-up asks for. */
export type Edit =
  | { kind: "less"; term: string }
  | { kind: "more"; term: string }
  | { kind: "avoid"; term: string }
  | { kind: "shift"; valence: number; arousal: number; label: string }
  | { kind: "only-language"; languages: ("en" | "es")[] }
  | { kind: "no-language"; language: "en" | "es" }
  | { kind: "any-language" }
  | { kind: "like-song"; position: number }
  | { kind: "again" };

/** What a message says: a new mood, changes to the current one, or neither. */
export interface TurnReading {
  edits: Edit[];
  /** The words left once the edits are read ("and angry too" → "and angry too"); emotionsOf reads them. */
  rest: string;
  /** True when the message reads as a follow-up (edits, or an opener like "and", "but", "something"). */
  followUp: boolean;
}

interface Direction {
  words: string[];
  valence: number;
  arousal: number;
  label: string;
}
// "more upbeat", "calmer", "más alegre": moves in valence/arousal rather than named emotions.
const DIRECTIONS: Direction[] = [
  { label: "more upbeat", valence: 0.6, arousal: 0.4, words: ["upbeat", "happier", "cheerful", "cheerier", "energetic", "livelier", "lively", "faster", "brighter", "danceable", "alegre", "alegres", "animado", "animada", "animados", "animadas", "movido", "movida", "movidas", "bailable", "bailables", "rapido", "rapidas", "energico", "energica"] },
  { label: "calmer", valence: 0.15, arousal: -0.5, words: ["calmer", "chill", "chiller", "softer", "slower", "quieter", "mellower", "mellow", "tranquilo", "tranquila", "tranquilas", "suave", "suaves", "relajado", "relajada", "relajadas", "lento", "lenta", "lentas", "calmado", "calmada"] },
  { label: "sadder", valence: -0.5, arousal: -0.15, words: ["sadder", "darker", "gloomier", "moodier", "oscuro", "oscura", "oscuras"] },
  { label: "more intense", valence: -0.1, arousal: 0.5, words: ["harder", "heavier", "louder", "intense", "intenso", "intensa", "fuerte", "fuertes"] },
];
const LESS = [["less"], ["menos"], ["not", "so"], ["not", "as"], ["no", "tan"], ["not", "too"], ["no", "muy"]];
const MORE = [["more"], ["mas"], ["even", "more"], ["aun", "mas"], ["extra"]];
const NOT = [["not"], ["no"], ["nothing"], ["without"], ["sin"], ["nada"], ["dont", "want"], ["no", "quiero"], ["no", "more"]];
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, "1st": 1, primera: 1, primero: 1, second: 2, "2nd": 2, segunda: 2, segundo: 2, third: 3, "3rd": 3, tercera: 3, tercero: 3,
  fourth: 4, "4th": 4, cuarta: 4, cuarto: 4, fifth: 5, "5th": 5, quinta: 5, quinto: 5, sixth: 6, "6th": 6, sexta: 6, sexto: 6,
  seventh: 7, "7th": 7, septima: 7, septimo: 7, eighth: 8, "8th": 8, octava: 8, octavo: 8, ninth: 9, "9th": 9, novena: 9, noveno: 9,
  tenth: 10, "10th": 10, decima: 10, decimo: 10, this: 1, that: 1, esta: 1, esa: 1, este: 1, ese: 1, top: 1, last: -1, ultima: -1, ultimo: -1,
};
const FILLERS = new Set(["de", "of", "that", "the", "any", "la", "el", "lo"]);
const LIKE_WORDS = new Set(["like", "como", "parecida", "parecido", "parecidas", "parecidos", "similar", "similares"]);
const SKIP_BEFORE_ORDINAL = new Set(["the", "la", "el", "a", "al", "one", "song", "cancion", "number", "numero", "no", "to", "de"]);
const LANGUAGE_WORDS: Record<string, "en" | "es"> = { spanish: "es", espanol: "es", castellano: "es", latin: "es", latino: "es", latina: "es", english: "en", ingles: "en" };
// Maps, not object lookups: a message may say "constructor" or "__proto__".
const ORDINALS = new Map(Object.entries(ORDINAL_WORDS));
const LANG = new Map(Object.entries(LANGUAGE_WORDS));
const ONLY = new Set(["only", "just", "solo", "solamente", "unicamente", "puras", "solo"]);
const AGAIN = /\b(again|otra vez|de nuevo|repeat|same songs|repite|repetir|las mismas)\b/;
const ANY_LANGUAGE = /\b(any language|all languages|cualquier idioma|todos los idiomas|any languages)\b/;
const OPENER = /^(and|also|but|plus|something|anything|algo|another|other|otra|otras|otro|otros|y|pero|tambien|maybe|make it|hazlo|ponme)\b/;
// Words a follow-up carries that say nothing about the mood ("calmer please", "gracias").
const FILLER_WORDS = new Set(["please", "pls", "plz", "thanks", "thank", "you", "ty", "lol", "ok", "okay", "porfa", "por", "favor", "gracias", "songs", "song", "canciones", "cancion", "music", "musica", "something", "algo", "a", "bit", "little", "un", "poco", "maybe", "now", "ahora", "just", "some", "the", "one", "ones", "give", "me", "dame", "ponme", "make", "it"]);
// "like" names a song to be like only after these (or first): not in "I don't like this one" or "I feel like this".
const LIKE_AFTER = new Set(["more", "mas", "something", "algo", "songs", "song", "canciones", "cancion", "otra", "otras", "otro", "otros", "just", "solo", "something", "anything"]);

const startsWith = (tokens: string[], at: number, seq: string[]) => seq.every((w, k) => tokens[at + k] === w);
const longest = (tokens: string[], at: number, seqs: string[][]) =>
  Math.max(0, ...seqs.filter((s) => startsWith(tokens, at, s)).map((s) => s.length));

/** A word as an emotion term: English through the normaliser, Spanish through the engine's cues. */
function emotionOf(word: string, engine: EmotionEngine): string | undefined {
  const r = normalizeEmotion(word);
  if (r.ok) return r.term;
  const mood = engine.readMood(word);
  return mood.noEmotion ? undefined : mood.emotions[0];
}

function directionOf(word: string): Direction | undefined {
  return DIRECTIONS.find((d) => d.words.includes(word));
}

/** "more like the 2nd one", "como la tercera", "more like this": the song's position (1-based, -1 = last). */
function likePosition(tokens: string[], at: number): { position: number; used: number } | undefined {
  if (!LIKE_WORDS.has(tokens[at]!)) return undefined;
  if (at > 0 && !LIKE_AFTER.has(tokens[at - 1]!)) return undefined;
  let j = at + 1;
  if (tokens[j] === "a" || tokens[j] === "to") j++;
  while (j < tokens.length && SKIP_BEFORE_ORDINAL.has(tokens[j]!) && !ORDINALS.has(tokens[j]!) && !/^\d+$/.test(tokens[j]!)) j++;
  const word = tokens[j];
  if (word === undefined) return undefined;
  const position = /^\d{1,2}$/.test(word) ? Number(word) : ORDINALS.get(word);
  if (position === undefined || position === 0) return undefined;
  return { position, used: j - at + 1 };
}

function languageEdits(folded: string, tokens: string[]): Edit[] {
  if (ANY_LANGUAGE.test(folded)) return [{ kind: "any-language" }];
  const edits: Edit[] = [];
  const only: ("en" | "es")[] = [];
  tokens.forEach((tok, i) => {
    const lang = LANG.get(tok);
    if (!lang) return;
    const before = tokens.slice(Math.max(0, i - 4), i);
    const negated = before.some((w) => ["no", "not", "sin", "without", "nothing", "nada", "dont", "never", "avoid", "nunca", "ni"].includes(w));
    if (negated && !before.some((w) => ONLY.has(w))) edits.push({ kind: "no-language", language: lang });
    else only.push(lang);
  });
  if (only.length > 0) edits.push({ kind: "only-language", languages: [...new Set(only)] });
  return edits;
}

/**
 * Reads one message as edits to the mood a conversation is at: more/less of an emotion ("not so
 * sad" = less sadness), directions ("more upbeat", "calmer"), language filters, "not X", "more like
 * the 2nd one", "again"; plus any emotions it names beyond them. English and Spanish.
 */
export function readTurn(message: string, engine: EmotionEngine): TurnReading {
  // (The engine reads single words here; emotionsBeyondEdits reads what is left, only when needed.)
  const folded = foldText(message).trim();
  const tokens = tokenize(message).filter((t) => t !== BOUNDARY);
  const edits: Edit[] = languageEdits(folded, tokens);
  const rest: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const like = likePosition(tokens, i);
    if (like) {
      edits.push({ kind: "like-song", position: like.position });
      i += like.used;
      continue;
    }
    const less = longest(tokens, i, LESS);
    const more = less ? 0 : longest(tokens, i, MORE);
    const not = less || more ? 0 : longest(tokens, i, NOT);
    let lead = less || more || not;
    // "nada de rabia", "none of that anger", "less of the sadness"
    while (lead && lead < 4 && FILLERS.has(tokens[i + lead]!)) lead++;
    const word = tokens[i + lead];
    if (lead && word !== undefined && !LANG.has(word)) {
      const direction = directionOf(word);
      const term = direction ? undefined : emotionOf(word, engine);
      if (direction) {
        const sign = less || not ? -1 : 1;
        edits.push({ kind: "shift", valence: sign * direction.valence, arousal: sign * direction.arousal, label: less || not ? `less ${direction.words[0]}` : direction.label });
      } else if (term) edits.push({ kind: less ? "less" : more ? "more" : "avoid", term });
      if (direction || term) {
        i += lead + 1;
        continue;
      }
    }
    const direction = directionOf(tokens[i]!);
    if (direction) edits.push({ kind: "shift", valence: direction.valence, arousal: direction.arousal, label: direction.label });
    else if (!LANG.has(tokens[i]!) && !FILLER_WORDS.has(tokens[i]!)) rest.push(tokens[i]!);
    i++;
  }
  if (AGAIN.test(folded)) edits.push({ kind: "again" });
  return { edits, rest: rest.join(" "), followUp: edits.length > 0 || OPENER.test(folded) };
}

/** The emotions a message names beyond its edits ("and angry too" → anger). */
export function emotionsBeyondEdits(turn: TurnReading, engine: EmotionEngine): string[] {
  if (turn.rest === "") return [];
  const own = engine.readMood(turn.rest);
  return own.noEmotion ? [] : own.emotions;
}
