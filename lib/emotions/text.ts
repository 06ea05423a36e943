import { cleanLyrics } from "./lyrics-clean";

/** Marks a clause boundary inside a token list (comma, "but", "pero", ...). */
export const BOUNDARY = "|";

const CLAUSE_WORDS = new Set(["but", "pero", "though", "aunque", "sino", "yet"]);

/**
 * Lower-cases, removes accents and apostrophes: "Corazón" → "corazon", "can't" → "cant".
 * Keeps ñ distinct from n only through its base letter (both fold to "n"), which is how people type
 * without a Spanish keyboard anyway.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’‘`´]/g, "");
}

/**
 * Splits text into folded word tokens; punctuation that ends a clause becomes BOUNDARY so that a
 * negation or intensifier does not reach across it.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of foldText(text).matchAll(/[\p{L}\p{N}]+|[,;.:!?¡¿()"—–]+/gu)) {
    const word = match[0];
    if (/^[\p{L}\p{N}]/u.test(word)) {
      if (CLAUSE_WORDS.has(word)) tokens.push(BOUNDARY);
      else tokens.push(word);
    } else if (tokens.length > 0 && tokens[tokens.length - 1] !== BOUNDARY) {
      tokens.push(BOUNDARY);
    }
  }
  return tokens;
}

// A lyric that lost its line breaks is one long line; a chorus in it cannot be counted as repeated.
const INLINE_HEADER = /\[[^\]]{0,40}\]/g;
const LONG_LINE = 160;

/**
 * The sung lines of a lyric: page junk removed by `cleanLyrics` (the same cleaner ingest uses), a
 * section header left inside a line ("... [Chorus] ...") dropped, and a flattened lyric split back
 * into lines at sentence ends and where a capital starts a new line mid-text ("...tonight Now I...").
 */
export function lyricLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of cleanLyrics(text).split("\n")) {
    const line = (raw.includes("[") ? raw.replace(INLINE_HEADER, " ") : raw).trim();
    if (line === "") continue;
    if (line.length <= LONG_LINE) {
      out.push(line);
      continue;
    }
    for (const part of line.split(/(?<=[.!?;])\s+|(?<=[\p{Ll},])\s+(?=\p{Lu}(?!\s)(?!['’]))/u)) {
      if (part.trim() !== "") out.push(part.trim());
    }
  }
  return out;
}
