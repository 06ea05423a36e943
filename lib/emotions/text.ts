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

// Scraped lyrics carry page furniture and lose their line breaks; none of it is the song's words.
const SECTION_HEADER =
  /^\s*(?:\[[^\]]{0,60}\]|\(\s*(?:repeat|x\s*\d+|\d+\s*x|intro|verse|pre-?chorus|chorus|hook|bridge|refrain|outro|interlude)\b[^)]{0,40}\))\s*:?\s*$/i;
const JUNK_LINE = /^\s*(?:you might also like|\d+\s*contributors?.*|.*\blyrics$|see .* live|get tickets as low as.*|embed)\s*$/i;
const INLINE_HEADER = /\[[^\]]{0,40}\]/g;
const LONG_LINE = 160;

const YMAL_TAIL = "you might also like";

/**
 * A line without the "…12Embed" (and "You might also likeEmbed") a lyrics page glues to its end.
 * Plain string steps, no backtracking regex: the cost stays linear however long the line.
 */
function withoutTrailingEmbed(line: string): string {
  if (!line.toLowerCase().endsWith("embed")) return line;
  let end = line.length - "embed".length;
  const skip = (re: RegExp) => {
    while (end > 0 && re.test(line[end - 1]!)) end--;
  };
  skip(/[\s\d]/);
  if (line.slice(Math.max(0, end - YMAL_TAIL.length), end).toLowerCase() === YMAL_TAIL) end -= YMAL_TAIL.length;
  skip(/[\s\d]/);
  return line.slice(0, end).trim();
}

/**
 * The sung lines of a lyric: section headers ("[Chorus]"), site junk ("You might also like",
 * "12Embed", "3 Contributors") removed, and a flattened lyric (line breaks lost) split back into
 * lines at sentence ends and where a capital starts a new line mid-text ("...tonight Now I...").
 */
export function lyricLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n|\r/)) {
    if (SECTION_HEADER.test(raw) || JUNK_LINE.test(raw)) continue;
    let line = raw.includes("[") ? raw.replace(INLINE_HEADER, " ") : raw;
    line = withoutTrailingEmbed(line.trim());
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
