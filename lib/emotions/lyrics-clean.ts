/**
 * Removes the page furniture that lyrics sites wrap around lyrics (Genius in particular).
 *
 * Works line by line with anchored patterns and plain string checks, so the cost stays linear in the
 * input. Every rule only deletes or shortens text, which keeps the output no longer than the input,
 * and every kept line is re-checked by the same rules, which makes cleaning idempotent.
 */

const SECTION_WORDS =
  "intro|verse|pre-?chorus|chorus|post-?chorus|hook|pre-?hook|post-?hook|bridge|refrain|outro|interlude|breakdown|coda";
// Parentheses need a known section word: "(Oh, oh, oh)" is a sung backing line, not a header.
const PAREN_HEADER = new RegExp(
  `^\\((?:repeat )?(?:${SECTION_WORDS})(?: \\d+)?(?: ?[x×] ?\\d+| \\d+ ?[x×])?(?: ?[:\\-–—] ?[^()]*)?\\)$`,
  "i",
);
const TICKETS = /^Get tickets as low as \$\d+(?:[.,]\d\d)?/i;
const CONTRIBUTORS = /^\d+ Contributors?/i;
const YMAL = "You might also like";
const INLINE_SPACE = /[ \t\f\v\u00a0]+/g;
// A glued prefix is junk only when the lyric starts straight after it ("You might also likeI walk").
const GLUED_START = /^[^\sa-z]/;

const LANGUAGES =
  "English|Español|Spanish|Português|Portuguese|Français|French|Deutsch|German|Italiano|Italian|Русский|Russian|" +
  "Українська|Ukrainian|Polski|Polish|Türkçe|Turkish|Nederlands|Dutch|Svenska|Swedish|Norsk|Norwegian|Dansk|" +
  "Danish|Suomi|Finnish|Română|Romanian|Magyar|Hungarian|Čeština|Czech|Slovenčina|Slovak|Српски|Srpski|Serbian|" +
  "Hrvatski|Croatian|Ελληνικά|Greek|עברית|Hebrew|العربية|Arabic|فارسی|Persian|हिन्दी|Hindi|日本語|Japanese|" +
  "한국어|Korean|简体中文|繁體中文|中文|Chinese|ไทย|Thai|Tiếng Việt|Vietnamese|Bahasa Indonesia|Indonesian|" +
  "Filipino|Tagalog|Azərbaycanca|Български|Bulgarian|Català|Catalan|Romanization|Transliteration";

// Bucketed by first character so scanning a language list costs a handful of checks per position.
const LANGUAGES_BY_FIRST = new Map<string, string[]>();
for (const name of LANGUAGES.split("|").sort((a, b) => b.length - a.length)) {
  const first = name.charAt(0);
  LANGUAGES_BY_FIRST.set(first, [...(LANGUAGES_BY_FIRST.get(first) ?? []), name]);
}

function isLanguageSeparator(ch: string): boolean {
  return ch === " " || ch === "," || ch === "·" || ch === "•" || ch === "|" || ch === "/";
}

/** True when `s` is one or more language names, glued or separated ("EnglishEspañol", "English, Deutsch"). */
function isLanguageList(s: string): boolean {
  let pos = 0;
  let names = 0;
  while (pos < s.length) {
    if (isLanguageSeparator(s.charAt(pos))) {
      pos += 1;
      continue;
    }
    const name = LANGUAGES_BY_FIRST.get(s.charAt(pos))?.find((n) => s.startsWith(n, pos));
    if (name === undefined) return false;
    pos += name.length;
    names += 1;
  }
  return names > 0;
}

function isTranslationsHeader(s: string): boolean {
  const withoutCount = s.replace(CONTRIBUTORS, "").trimStart();
  if (!/^translations/i.test(withoutCount)) return false;
  const rest = withoutCount.slice("translations".length).trimStart();
  return rest === "" || isLanguageList(rest);
}

function isBracketHeader(s: string): boolean {
  if (!s.startsWith("[") || !s.endsWith("]") || s.length < 2) return false;
  const inner = s.slice(1, -1);
  // "[Instrumental]" is the whole song's content, which isInstrumental needs to see.
  return !inner.includes("[") && !inner.includes("]") && inner.trim().toLowerCase() !== "instrumental";
}

function isAllDigits(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isJunk(s: string): boolean {
  if (s === "") return false;
  const lower = s.toLowerCase();
  if (lower === YMAL.toLowerCase()) return true;
  if (s.endsWith("Embed") && isAllDigits(s.slice(0, -5))) return true;
  if (isBracketHeader(s) || PAREN_HEADER.test(s)) return true;
  if (CONTRIBUTORS.test(s) && s.replace(CONTRIBUTORS, "") === "") return true;
  if (isTranslationsHeader(s)) return true;
  if (s.startsWith("See ") && s.endsWith(" Live") && s.length > 9) return true;
  return TICKETS.test(s) && s.replace(TICKETS, "") === "";
}

/** The text after a junk prefix glued onto a lyric line, or null when the line has no such prefix. */
function stripGluedPrefix(s: string): string | null {
  let rest: string | null = null;
  if (s.startsWith(YMAL)) rest = s.slice(YMAL.length);
  else if (TICKETS.test(s)) rest = s.replace(TICKETS, "");
  else if (s.startsWith("See ")) {
    const at = s.indexOf(" LiveGet tickets as low as $");
    if (at > 3) rest = s.slice(at + " Live".length);
  }
  return rest !== null && (rest === "" || GLUED_START.test(rest)) ? rest : null;
}

/** The line to keep (possibly shortened), or null to drop it. Idempotent: keepLine(keepLine(x)) === keepLine(x). */
function keepLine(line: string): string | null {
  let rest = line;
  for (let next = stripGluedPrefix(rest); next !== null; next = stripGluedPrefix(rest)) rest = next;
  if (rest === "" && line !== "") return null;
  return isJunk(rest) ? null : rest;
}

function normalizeLine(raw: string): string {
  return raw.trim().replace(INLINE_SPACE, " ");
}

function lastContentIndex(lines: string[]): number {
  let i = lines.length - 1;
  while (i >= 0 && lines[i] === "") i -= 1;
  return i;
}

/** Genius glues "123Embed" onto the last lyric line; strip it until the last line is clean. */
function dropTrailingEmbed(lines: string[]): void {
  for (;;) {
    const i = lastContentIndex(lines);
    const last = lines[i];
    if (last === undefined || !last.endsWith("Embed")) return;
    // All glued suffixes at once ("…2Embed 3Embed"), so a long run costs one pass, not one per suffix.
    let end = last.length;
    while (last.endsWith("Embed", end)) {
      end -= "Embed".length;
      while (end > 0 && isAllDigits(last.charAt(end - 1))) end -= 1;
      while (end > 0 && last.charAt(end - 1) === " ") end -= 1;
    }
    const kept = keepLine(last.slice(0, end).trimEnd());
    lines.length = i;
    if (kept !== null && kept !== "") lines.push(kept);
  }
}

/** Drops a leading "<Title> Lyrics" line; repeated so the result never starts with one. */
function dropLeadingTitle(lines: string[]): string[] {
  let start = 0;
  for (;;) {
    while (start < lines.length && lines[start] === "") start += 1;
    if (!(lines[start]?.endsWith(" Lyrics") ?? false)) return lines.slice(start);
    start += 1;
  }
}

/**
 * Lyrics with lyrics-page junk removed: section headers on their own line ("[Chorus]", "(Verse 2)"),
 * "You might also like", trailing "123Embed", "NN Contributors", a first "<Title> Lyrics" line,
 * "Translations" and language-list lines, "See <Artist> Live" and "Get tickets as low as $NN".
 * Lines are trimmed, runs of spaces/tabs collapsed, blank runs reduced to one, CRLF turned into LF.
 * Non-Latin text is kept as is. Idempotent, never longer than the input, linear time.
 */
export function cleanLyrics(text: string): string {
  const kept: string[] = [];
  let inLanguages = false;
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = normalizeLine(raw);
    if (inLanguages && line !== "" && isLanguageList(line)) continue;
    inLanguages = isTranslationsHeader(line);
    const keep = keepLine(line);
    if (keep !== null) kept.push(keep);
  }
  dropTrailingEmbed(kept);
  const out: string[] = [];
  for (const line of dropLeadingTitle(kept)) {
    if (line === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line);
  }
  if (out[out.length - 1] === "") out.pop();
  return out.join("\n");
}

const INSTRUMENTAL = /^[\s[\]()♪♫*._~-]*instrumental[\s[\]()♪♫*._~-]*$/i;

/**
 * True when the lyrics, once cleaned, say only that the song is instrumental
 * ("[Instrumental]", "(instrumental)", "♪ Instrumental ♪"); false for null, empty or real lyrics.
 */
export function isInstrumental(text: string | null | undefined): boolean {
  if (typeof text !== "string") return false;
  const cleaned = cleanLyrics(text);
  return cleaned.length <= 64 && INSTRUMENTAL.test(cleaned);
}
