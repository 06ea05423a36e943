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
