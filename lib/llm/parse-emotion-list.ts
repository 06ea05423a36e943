const MAX_INPUT = 20_000;
const MAX_ITEMS = 20;
const MAX_ITEM_CHARS = 40;
const MAX_ITEM_WORDS = 3;
const PREFIX = /^(?:here (?:are|is) (?:the )?(?:emotions?|list)|emotions?(?: list)?|the emotions (?:are|would be))\s*[:\-–]\s*/i;
// Words of sentences, not of emotion names: "Hope this helps", "Let me know".
const PROSE = /\b(?:this|that|these|here|are|is|it|you|me|let|know|helps?|sure|certainly|list|following)\b/;
const MARKER = /^(?:[-*•–·]+|\(?\d{1,3}[.)]|\d{1,3}\s*[-:])\s*/;

function fromJson(text: string): string[] | undefined {
  const start = text.search(/[[{]/);
  if (start < 0) return undefined;
  try {
    const value: unknown = JSON.parse(text.slice(start, text.lastIndexOf(text[start] === "[" ? "]" : "}") + 1));
    const list = Array.isArray(value) ? value : (value as { emotions?: unknown })?.emotions;
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : undefined;
  } catch {
    return undefined;
  }
}

function clean(item: string): string {
  return item
    .replace(MARKER, "")
    .replace(PREFIX, "")
    .replace(/["'`*_]/g, "")
    .replace(/[.!?;:]+$/, "")
    .trim()
    .toLowerCase();
}

/**
 * The lines that hold the list: the bulleted or numbered ones when there are any, else the ones
 * with commas, else every line; headers ("...:") and sentences ("!", "?") are prose.
 */
function listLines(input: string): string[] {
  const lines = input
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !/[:：]$/.test(l) && !/[!?]/.test(l.replace(PREFIX, "")));
  const marked = lines.filter((l) => MARKER.test(l));
  if (marked.length > 0) return marked;
  const listed = lines.filter((l) => l.includes(","));
  return listed.length > 0 ? listed : lines;
}

/**
 * Reads the emotions in a chat model's free-text answer: a JSON array or {emotions: [...]}, or a
 * comma / newline list with bullets, numbering, an "Emotions:" prefix and prose around it. Returns
 * lower-case unique items in order (prose lines are dropped); never throws; linear time.
 */
export function parseEmotionList(text: string): string[] {
  if (typeof text !== "string") return [];
  const input = text.slice(0, MAX_INPUT);
  const json = fromJson(input);
  const pieces = json ?? listLines(input).flatMap((line) => clean(line).split(/\s*[,;]\s*|\s+\/\s+/));
  const out: string[] = [];
  for (const piece of pieces) {
    const item = clean(piece);
    if (item === "" || item.length > MAX_ITEM_CHARS || !/\p{L}/u.test(item)) continue;
    if (item.split(/\s+/).length > MAX_ITEM_WORDS || PROSE.test(item) || out.includes(item)) continue;
    out.push(item);
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}
