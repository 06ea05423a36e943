/**
 * Guards against storing lyrics of the wrong song: a lyrics provider's best hit is accepted only when its
 * title and artist, with versions, credits, accents and punctuation folded away, are close to what we asked for.
 */

/** Minimum title and artist similarity (normalised Levenshtein) for a hit to count as the same song. */
export const MATCH_THRESHOLD = 0.8;

// Bounds the work on hostile input; real titles and artist credits are far shorter.
const MAX_INPUT = 1000;
const MAX_COMPARE = 300;
const MAX_ARTISTS = 10;

const VERSION_WORDS = new Set([
  "remaster", "remastered", "remix", "remixed", "mix", "edit", "version", "acoustic",
  "mono", "stereo", "demo", "unplugged", "instrumental",
]);
const CREDIT_WORDS = new Set(["feat", "ft", "featuring"]);
const BRACKETED = / ?[([]([^()[\]]*)[)\]]/g;
const DASHED = / [-–—] /;
const LOOSE_FEAT = / (?:feat\.?|ft\.|featuring)(?= |$)/;
// " x (?!x )" keeps "Lil Nas X x Billy Ray Cyrus" split after the X that belongs to the name.
const ARTIST_SEPARATOR = / (?:&|vs\.?|feat\.?|ft\.|featuring) | x (?!x )|, |; | \/ | [([](?:feat|ft|with)\b/;

/** Lower case, accents removed, whitespace collapsed; letters of any script are kept. */
function fold(s: string): string {
  return s
    .slice(0, MAX_INPUT)
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
}

/** Words only: apostrophes dropped ("don't" → "dont"), other punctuation and symbols become spaces. */
function toWords(s: string): string {
  return s.replace(/['’`´]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** True for "feat. X", "Live at …", "2011 Remaster", "Radio Edit", "From “Frozen”" and the like. */
function isVersionTag(part: string, inBrackets: boolean): boolean {
  const tokens = toWords(part).split(" ");
  const first = tokens[0] ?? "";
  if (CREDIT_WORDS.has(first) || first === "live" || first === "from") return true;
  if (inBrackets && first === "with") return true;
  return tokens.some((t) => VERSION_WORDS.has(t));
}

function stripVersions(folded: string): string {
  const unbracketed = folded.replace(BRACKETED, (whole, inner: string) => (isVersionTag(inner, true) ? " " : whole));
  const [head = "", ...tail] = unbracketed.split(DASHED);
  const joined = [head, ...tail.filter((part) => !isVersionTag(part, false))].join(" ");
  const feat = LOOSE_FEAT.exec(joined);
  return feat !== null && feat.index > 0 ? joined.slice(0, feat.index) : joined;
}

/**
 * The title reduced to what identifies the song: lower case, no accents, no "feat." credits and no version
 * suffixes ("- Remastered 2011", "(Live at …)", "(… Remix)", "(Radio Edit)", "- Single Version", "(Acoustic)"),
 * punctuation turned into single spaces. Falls back to the plain folded title when nothing would be left.
 */
export function normalizeTitle(title: string): string {
  const folded = fold(title);
  const words = (s: string): string => toWords(s.replace(/&/g, " and "));
  return words(stripVersions(folded)) || words(folded) || folded;
}

/** Every credited artist, folded, without a leading "the", primary first. */
function splitArtists(artist: string): string[] {
  return fold(artist)
    .split(ARTIST_SEPARATOR)
    .map((name) => toWords(name).replace(/^the (?=.)/, ""))
    .filter((name) => name !== "")
    .slice(0, MAX_ARTISTS);
}

/**
 * The primary artist, folded like a title: the part before " & ", ", ", " x " or " feat", without
 * "feat. X" and without a leading "the" ("The Beatles" → "beatles").
 */
export function normalizeArtist(artist: string): string {
  return splitArtists(artist)[0] ?? fold(artist);
}

function levenshtein(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, substitution));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * How alike two strings are, in [0, 1]: 1 − Levenshtein distance / longer length, over code points of the
 * folded words (each side truncated to 300 code points, so at most O(300²)). 1 when both are empty.
 */
export function similarity(a: string, b: string): number {
  const prepare = (s: string): string[] => {
    const folded = fold(s);
    return Array.from(toWords(folded) || folded).slice(0, MAX_COMPARE);
  };
  const x = prepare(a);
  const y = prepare(b);
  const longer = Math.max(x.length, y.length);
  if (longer === 0) return 1;
  return 1 - levenshtein(x, y) / longer;
}

/** Best similarity between any artist credited on one side and any on the other. */
function artistSimilarity(a: string, b: string): number {
  let best = 0;
  for (const x of splitArtists(a)) {
    for (const y of splitArtists(b)) best = Math.max(best, similarity(x, y));
  }
  return best;
}

export interface MatchResult {
  ok: boolean;
  /** The lower of the title and artist similarities. */
  score: number;
  /** Why the hit was rejected, e.g. `title "yesterday" ≠ "tomorrow" (0.42)`. */
  reason?: string;
}

/**
 * Whether `found` is the song we `wanted`: both the normalised titles and the artists (best pair among the
 * credited artists) must reach MATCH_THRESHOLD. Returns the lower score and, when rejected, the reason.
 */
export function matchSong(
  wanted: { title: string; artist: string },
  found: { title: string; artist: string },
): MatchResult {
  const [wantedTitle, foundTitle] = [normalizeTitle(wanted.title), normalizeTitle(found.title)];
  const titleScore = wantedTitle === "" || foundTitle === "" ? 0 : similarity(wantedTitle, foundTitle);
  const artistScore = artistSimilarity(wanted.artist, found.artist);
  const score = Math.min(titleScore, artistScore);
  if (titleScore < MATCH_THRESHOLD) {
    return { ok: false, score, reason: `title "${wantedTitle}" ≠ "${foundTitle}" (${titleScore.toFixed(2)})` };
  }
  if (artistScore < MATCH_THRESHOLD) {
    const [w, f] = [normalizeArtist(wanted.artist), normalizeArtist(found.artist)];
    return { ok: false, score, reason: `artist "${w}" ≠ "${f}" (${artistScore.toFixed(2)})` };
  }
  return { ok: true, score };
}
