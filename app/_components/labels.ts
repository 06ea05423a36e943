// The chat's words in the two languages people write to it in. Emotion names stay English terms.
export type Lang = "en" | "es";

const EN = {
  placeholder: "How do you feel? / ¿Cómo te sientes?",
  send: "Send",
  finding: "Finding songs…",
  newChat: "New chat",
  tryThese: "Try",
  like: "Like",
  liked: "Liked",
  skip: "Skip",
  skipped: "Skipped",
  moreLikeThis: "More like this",
  why: "Why",
  listen: "Listen",
  onSpotify: "Spotify",
  searchSpotify: "Search on Spotify",
  searchYouTube: "Search on YouTube Music",
  demoSong: "An original demo song written for Moodtape: it is on no streaming service.",
  showLyrics: "Show lyrics",
  hideLyrics: "Hide lyrics",
  exportM3u: "Download M3U",
  exportJson: "Download JSON",
  allowRepeats: "Show them again",
  removeChip: "Remove",
  activeMood: "Current mood",
  similarTo: "Songs like",
  retry: "Retry",
  unreachable: "Moodtape could not be reached. Your message is back in the box: try again.",
  lowerTo: "Lower the threshold to",
  nearestBelow: "Nearest songs below the threshold:",
  match: "match",
  only: "only",
  no: "no",
  not: "not",
  likeSong: "like",
  lift: "lift me gently",
  songs: "songs",
  map: "Emotion map of the catalog",
  saveSpotify: "Save to Spotify",
  savedSpotify: "Saved to Spotify",
  skippedNoId: "skipped (no Spotify id)",
  pleasant: "pleasant",
  energetic: "energetic",
} as const;

export type Labels = { [K in keyof typeof EN]: string };

const ES: Labels = {
  placeholder: "¿Cómo te sientes? / How do you feel?",
  send: "Enviar",
  finding: "Buscando canciones…",
  newChat: "Nueva conversación",
  tryThese: "Prueba",
  like: "Me gusta",
  liked: "Te gusta",
  skip: "Saltar",
  skipped: "Saltada",
  moreLikeThis: "Más como esta",
  why: "Por qué",
  listen: "Escuchar",
  onSpotify: "Spotify",
  searchSpotify: "Buscar en Spotify",
  searchYouTube: "Buscar en YouTube Music",
  demoSong: "Una canción de demostración original escrita para Moodtape: no está en ningún servicio de streaming.",
  showLyrics: "Ver letra",
  hideLyrics: "Ocultar letra",
  exportM3u: "Descargar M3U",
  exportJson: "Descargar JSON",
  allowRepeats: "Mostrarlas otra vez",
  removeChip: "Quitar",
  activeMood: "Estado de ánimo actual",
  similarTo: "Canciones como",
  retry: "Reintentar",
  unreachable: "No se pudo conectar con Moodtape. Tu mensaje sigue en la caja: inténtalo de nuevo.",
  lowerTo: "Bajar el umbral a",
  nearestBelow: "Las canciones más cercanas bajo el umbral:",
  match: "coincide",
  only: "solo",
  no: "sin",
  not: "no",
  likeSong: "como",
  lift: "levántame poco a poco",
  songs: "canciones",
  map: "Mapa emocional del catálogo",
  saveSpotify: "Guardar en Spotify",
  savedSpotify: "Guardada en Spotify",
  skippedNoId: "omitidas (sin id de Spotify)",
  pleasant: "agradable",
  energetic: "enérgica",
};

const LANGUAGE_NAMES: Record<Lang, Record<string, string>> = { en: { en: "English", es: "Spanish" }, es: { en: "inglés", es: "español" } };

export function labelsFor(lang: Lang): Labels {
  return lang === "es" ? ES : EN;
}

export function languageName(code: string, lang: Lang): string {
  return LANGUAGE_NAMES[lang][code] ?? code;
}
