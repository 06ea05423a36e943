import { TAGS_SOURCE } from "@/lib/catalog/song";
import { emotionsFromTags } from "@/lib/catalog/tag-emotions";

const MAX_TAGS = 100;
const MAX_TAG_CHARS = 100;

/**
 * The words of a tag cell: a Python-style list as MuSe writes it (`['sad', "rock 'n' roll"]`), a JSON
 * array, or words separated by commas, semicolons or pipes (Last.fm style). Trimmed, empty ones and
 * repeats dropped, at most 100 of at most 100 characters. Never throws.
 */
export function parseTagList(cell: string): string[] {
  const text = cell.trim();
  let words: string[];
  if (text.startsWith("[") && text.endsWith("]")) {
    words = [];
    // Each quoted item; \' and \" inside are escapes (Python repr and JSON both write them so).
    for (const m of text.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) {
      words.push((m[1] ?? m[2] ?? "").replace(/\\(.)/g, "$1"));
    }
    if (words.length === 0) words = text.slice(1, -1).split(",");
  } else {
    words = text.split(/[,;|]/);
  }
  const out: string[] = [];
  for (const w of words) {
    const word = w.trim().slice(0, MAX_TAG_CHARS).trim();
    if (word !== "" && !out.includes(word)) out.push(word);
    if (out.length === MAX_TAGS) break;
  }
  return out;
}

/** Last.fm-style tags as they come in JSON: strings, or objects with a `name`. */
function tagWords(tags: unknown): string[] {
  if (typeof tags === "string") return parseTagList(tags);
  if (!Array.isArray(tags)) return [];
  const names = tags.map((t) => (typeof t === "object" && t !== null && "name" in t ? (t as { name: unknown }).name : t));
  return parseTagList(JSON.stringify(names.filter((n): n is string => typeof n === "string")));
}

/** A JSON record with a free `tags` field (a list or a comma list) and none of our `moodTags`. */
export function isTagRecord(raw: unknown): raw is Record<string, unknown> & { tags: unknown } {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return false;
  const r = raw as Record<string, unknown>;
  return "tags" in r && !("moodTags" in r) && (typeof r.tags === "string" || Array.isArray(r.tags));
}

/**
 * Moves a record's free `tags` into `moodTags.words` and, for a song with no lyrics, derives its
 * emotions from them (emotionSource "tags"). Popularity absent means unknown (null).
 */
export function fromTagRecord(r: Record<string, unknown> & { tags: unknown }): Record<string, unknown> {
  const { tags, ...rest } = r;
  const song: Record<string, unknown> = { popularity: null, ...rest, moodTags: { words: tagWords(tags) } };
  return withTagEmotions(song);
}

/** A song record with mood tags and no lyrics gets its emotions from the tags (emotionSource "tags"). */
export function withTagEmotions(song: Record<string, unknown>): Record<string, unknown> {
  const tags = song.moodTags as { words: string[]; valence?: number; arousal?: number } | undefined;
  const lyrics = song.lyrics;
  if (!tags || (typeof lyrics === "string" && lyrics.trim() !== "")) return song;
  const { emotions, note } = emotionsFromTags(tags);
  return { ...song, emotions, emotionSource: TAGS_SOURCE, ...(note ? { emotionNote: note } : {}) };
}
