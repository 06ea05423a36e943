import { foldText } from "@/lib/emotions/text";

export interface CareResource {
  name: string;
  contact: string;
  region: string;
}

/** A short, warm note and where to find help now, shown before any song. */
export interface CareNote {
  message: string;
  resources: CareResource[];
}

// Phrases of wanting to die or to hurt oneself, on folded text (accents and apostrophes removed).
// Specific on purpose: "this song kills me", "me muero de risa", "dying to dance" must not match.
const DISTRESS = [
  /\b(i|im|i am|ive|i have)\b[^.!?]{0,20}\b(want|wanna|going|gonna|need|plan|planning|thinking about|thought about|tried|trying) (to )?(die|kill myself|end (my life|it all)|hurt myself|cut myself|disappear forever)\b/,
  /\b(kill|killing|hurt|hurting|cut|cutting) myself\b/,
  /\bsuicid/,
  /\b(end|ending) (my life|it all)\b/,
  /\b(take|taking) my (own )?life\b/,
  /\b(dont|do not|no longer) want to (live|be alive|be here|exist|wake up)\b/,
  /\bno reason to (live|go on)\b/,
  /\b(better off dead|wish i (was|were) dead|want to be dead|self[- ]?harm)\b/,
  /\bcant go on\b(?! without)/,
  /\b(wish|want|hope) (i could |i would |i do |to )?(never|not) wake up\b/,
  /\b(quiero|quisiera|ganas de|pienso en|voy a) (morir|morirme|matarme|suicidarme|desaparecer para siempre|quitarme la vida|hacerme dano)\b/,
  /\bme quiero (morir|matar)\b/,
  /\bno (quiero|puedo) (vivir|seguir viviendo|seguir aqui)\b(?! sin)/,
  /\bcansad[oa] de vivir\b/,
  /\bojala (estuviera|estar|me muriera|muriera)\b/,
  /\b(quisiera|quiero) no despertar\b/,
  /\b(quitarme la vida|acabar con todo|acabar con mi vida|hacerme dano|autolesion)/,
  /\b(mejor|preferiria estar) muert[oa]\b/,
  /\bno vale la pena (vivir|seguir)\b/,
];
// Saying one does NOT want to die ("I don't want to die") is not distress talk by itself.
const DENIAL =
  /\b(dont|do not|never) want to (die|kill myself)\b|\bno quiero morir(me)?\b|\bnot suicidal\b|\bsuicide prevention\b|\b(never|not going to|wont|would never|d never|will never) (hurt|kill|cut) myself\b/g;

/** True when a message speaks of wanting to die or to hurt oneself (English or Spanish). */
export function needsCare(message: string): boolean {
  const text = foldText(message).replace(/\s+/g, " ");
  const cleared = text.replace(DENIAL, " ");
  return DISTRESS.some((re) => re.test(cleared));
}

const FIND_A_HELPLINE: CareResource = { name: "Find A Helpline", contact: "https://findahelpline.com", region: "Worldwide" };
const BY_REGION: Record<string, CareResource> = {
  US: { name: "988 Suicide & Crisis Lifeline", contact: "Call or text 988", region: "United States" },
  GB: { name: "Samaritans", contact: "Call 116 123", region: "UK and Ireland" },
  IE: { name: "Samaritans", contact: "Call 116 123", region: "UK and Ireland" },
  ES: { name: "Línea 024", contact: "Llama al 024", region: "España" },
  MX: { name: "Línea de la Vida", contact: "Llama al 800 911 2000", region: "México" },
};
const BY_LANGUAGE: Record<"en" | "es", string[]> = { en: ["US", "GB"], es: ["ES", "MX"] };
const MESSAGES = {
  en: "That sounds really heavy, and I'm glad you said it. You don't have to carry it alone: if you might hurt yourself, please talk to someone now. These people are there for exactly this, any time:",
  es: "Eso suena muy pesado, y me alegra que lo hayas dicho. No tienes que cargarlo a solas: si pudieras hacerte daño, por favor habla con alguien ahora. Estas personas están para esto, a cualquier hora:",
};

/**
 * The care note for a message in `language`, with the helpline of the person's region first when
 * their browser names one (Accept-Language "es-MX"), else the main ones for the language, and
 * findahelpline.com for everywhere else.
 */
export function careNote(language: "en" | "es", acceptLanguage?: string | null): CareNote {
  const region = acceptLanguage?.match(/^[a-z]{2,3}-([A-Z]{2})\b/i)?.[1]?.toUpperCase();
  const regions = region && BY_REGION[region] ? [region] : BY_LANGUAGE[language];
  const resources = [...new Set(regions.map((r) => BY_REGION[r]!))];
  return { message: MESSAGES[language], resources: [...resources, FIND_A_HELPLINE] };
}

/** Emotions a song must not lead with when the person is in distress. */
export const CARE_AVOID = ["despair", "hopelessness", "emptiness"];
