// Reads the list of emotions out of a chat model's free-text answer. Written without backtracking-
// prone regular expressions: trimming and marker stripping are character scans, and every regex
// left is either anchored to a few characters or run on a string capped at LABEL_SCAN.
const MAX_INPUT = 20_000;
const MAX_ITEMS = 20;
const MAX_ITEM_CHARS = 40;
const MAX_ITEM_WORDS = 3;
const LABEL_SCAN = 80;

const BULLETS = new Set(["-", "*", "•", "–", "—", "·", "+", "◦", "▪"]);
// Stripped from the start of an item: wrapping quotes, markdown emphasis, brackets.
const LEAD = new Set([..." \t\"'`“”‘’«»*_[({.,;:…"]);
// Stripped from the end: the same plus sentence punctuation ("Sadness." "hope,").
const TRAIL = new Set([..." \t\"'`“”‘’«»*_])}.!?;:,…"]);
// Words of sentences around a list ("Hope this helps!", "Let me know..."), never of emotion names.
const PROSE_WORDS = new Set(
  "i i'm me my you your this that these those here there is are was were it it's let know helps sure certainly okay ok please thanks thank course following".split(" "),
);
const LABEL = /\b(?:emotions?|feelings?|moods?|answer|result|output|list|tags?)\b|\bhere(?:'s|’s| is| are)\b/;

function trimChars(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && LEAD.has(s[start]!)) start++;
  while (end > start && TRAIL.has(s[end - 1]!)) end--;
  return s.slice(start, end);
}

/** The line without its bullet or number ("- ", "1. ", "1) ", "(1) "); undefined when it has none. */
function stripMarker(line: string): string | undefined {
  if (BULLETS.has(line[0] ?? "") && line[1] !== line[0]) return line.slice(1);
  const open = line[0] === "(" ? 1 : 0;
  let i = open;
  while (i < line.length && i - open < 3 && line[i]! >= "0" && line[i]! <= "9") i++;
  if (i === open) return undefined;
  const close = line[i];
  if (open ? close === ")" : close === "." || close === ")") {
    const next = line[i + 1];
    if (next === undefined || !(next >= "0" && next <= "9")) return line.slice(i + 1);
  }
  return undefined;
}

/** "Emotions: a, b" → "a, b"; a line that only introduces the list ("...:") → "". */
function stripLabel(line: string): string {
  if (line.endsWith(":")) return "";
  const colon = line.indexOf(":");
  if (colon < 0 || colon > LABEL_SCAN) return line;
  return LABEL.test(line.slice(0, colon).toLowerCase()) ? line.slice(colon + 1) : line;
}

/** Cuts a description after the name: "Sadness: over the loss", "Hope (faint)", "Fear - of change". */
function nameOnly(item: string): string {
  let cut = item.length;
  for (const sep of [":", " (", " - ", " – ", " — "]) {
    const at = item.indexOf(sep);
    if (at > 0 && at < cut) cut = at;
  }
  return item.slice(0, cut);
}

function cleanItem(raw: string): string | undefined {
  let bare = trimChars(raw);
  // "- 1. Sadness", and markers left inside one line ("1. joy, 2. calm"); each pass eats a marker.
  for (let unmarked = stripMarker(bare); unmarked !== undefined; unmarked = stripMarker(bare)) bare = trimChars(unmarked);
  const words = trimChars(nameOnly(bare).replace(/^(?:and|or|&)\s/i, ""))
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  const item = words.join(" ");
  if (item === "" || item.length > MAX_ITEM_CHARS || words.length > MAX_ITEM_WORDS) return undefined;
  if (!/\p{L}/u.test(item) || words.some((w) => PROSE_WORDS.has(w))) return undefined;
  return item;
}

/** The JSON value between the first `open` and the last `close`, or undefined. */
function jsonBetween(text: string, open: string, close: string): unknown {
  const first = text.indexOf(open);
  const last = text.lastIndexOf(close);
  if (first < 0 || last <= first) return undefined;
  try {
    return JSON.parse(text.slice(first, last + 1));
  } catch {
    return undefined;
  }
}

/** The raw items of a JSON array or {emotions: [...]} anywhere in the text (a fenced block too). */
function jsonItems(text: string): string[] | undefined {
  const object = jsonBetween(text, "{", "}") as { emotions?: unknown } | undefined;
  const list = Array.isArray(object?.emotions) ? object.emotions : jsonBetween(text, "[", "]");
  if (!Array.isArray(list)) return typeof object?.emotions === "string" ? textItems(object.emotions) : undefined;
  const strings = list.filter((x): x is string => typeof x === "string");
  // `[]` or `[1, 2]` inside prose is not the answer; the text around it may be.
  return strings.length > 0 ? strings.flatMap((x) => x.split(/[,;|]/)) : undefined;
}

/** Items of a comma/newline list; when some lines are bulleted or numbered, only those lines count. */
function textItems(text: string): string[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\*\*|__/g, "").trim())
    .filter((l) => l !== "");
  const marked = lines.map(stripMarker).filter((l): l is string => l !== undefined);
  const listLines = marked.length > 0 ? marked : lines.map(stripLabel);
  return listLines.flatMap((l) => l.split(/[,;|]/));
}

/**
 * Reads the emotions in a chat model's answer: a JSON array or `{"emotions": [...]}`, or a comma /
 * newline list with bullets, numbering, an "Emotions:" prefix, quotes and prose around it.
 * Returns at most 20 unique, trimmed, lower-case items in the order first written; prose lines
 * (over 40 characters, over 3 words, sentence words) and items without letters are dropped.
 * Never throws; linear in the input, of which only the first 20,000 characters are read.
 */
export function parseEmotionList(text: string): string[] {
  if (typeof text !== "string") return [];
  const input = text.slice(0, MAX_INPUT);
  const raw = jsonItems(input) ?? textItems(input);
  const out = new Set<string>();
  for (const piece of raw) {
    const item = cleanItem(piece);
    if (item !== undefined) out.add(item);
    if (out.size >= MAX_ITEMS) break;
  }
  return [...out];
}
