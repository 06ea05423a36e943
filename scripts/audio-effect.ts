// npx tsx scripts/audio-effect.ts: does giving songs audio valence/energy move rankings sensibly?
// There is no real catalog here with both lyrics and audio features, so this invents the features
// for the bundled catalog (our own songs): from the mood each song was written for (data/eval/), with
// a little deterministic noise ("agreeing" audio), or the opposite of it for every fourth song
// ("contradicting" audio). It ranks the 40 calibration queries over all songs by cosine, as the index
// does, and prints P@10 (a song fits when its written mood is in the query's accept list), how much
// each top 10 changed, and where the contradicted songs went.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { AudioFeatures, Song } from "@/lib/catalog/song";
import { DEFAULT_DATA_DIR, runMain } from "@/lib/cli";
import { OfflineEmotionEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { createOfflineEngine } from "@/lib/emotions/engine";
import { normalizeEmotion } from "@/lib/emotions/normalize";
import { getVocabulary } from "@/lib/emotions/vocabulary";

interface Query {
  mood: string;
  queries: string[];
  accept: string[];
}
const K = 10;

/** Audio a mood's song would plausibly have: the mood term's valence/arousal on 0..1, ± 0.1 noise. */
function audioFor(mood: string, seed: number, flip: boolean): AudioFeatures {
  const r = normalizeEmotion(mood === "party" ? "celebration" : mood === "sleepless" ? "insomnia" : mood);
  const t = getVocabulary().byTerm.get(r.ok ? r.term : "calm")!;
  const noise = (k: number) => (((seed * 9301 + k * 49297) % 233280) / 233280 - 0.5) * 0.2;
  const clamp = (x: number) => Math.max(0, Math.min(1, x));
  const v = (t.valence + 1) / 2;
  const a = (t.arousal + 1) / 2;
  return { valence: clamp((flip ? 1 - v : v) + noise(1)), energy: clamp((flip ? 1 - a : a) + noise(2)) };
}

runMain("audio-effect", async () => {
  const songs = JSON.parse(await readFile(join(DEFAULT_DATA_DIR, "songs.json"), "utf8")) as Song[];
  const moods = JSON.parse(await readFile(join(DEFAULT_DATA_DIR, "eval", "song-moods.json"), "utf8")) as Record<string, string>;
  const queries = JSON.parse(await readFile(join(DEFAULT_DATA_DIR, "eval", "mood-queries.json"), "utf8")) as Query[];
  const engine = createOfflineEngine();
  const emb = new OfflineEmotionEmbeddings();
  const tagged = songs.map((s) => ({ ...s, emotions: s.lyrics ? engine.tagLyrics(s.lyrics).emotions : [] })).filter((s) => s.emotions.length > 0);
  const flipped = new Set(tagged.filter((_, i) => i % 4 === 0).map((s) => s.id));
  const variants: Record<string, Float32Array[]> = {
    "no audio": tagged.map((s) => emb.embedSong(s)),
    agreeing: tagged.map((s, i) => emb.embedSong({ ...s, audio: audioFor(moods[s.id] ?? "calm", i, false) })),
    "1 in 4 contradicting": tagged.map((s, i) => emb.embedSong({ ...s, audio: audioFor(moods[s.id] ?? "calm", i, flipped.has(s.id)) })),
  };
  const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);
  const rank = (vectors: Float32Array[], q: Float32Array) =>
    vectors.map((v, i) => ({ i, sim: dot(v, q) })).sort((a, b) => b.sim - a.sim).map((h) => tagged[h.i]!.id);
  const base = new Map<string, string[]>();
  for (const [name, vectors] of Object.entries(variants)) {
    let precision = 0;
    let overlap = 0;
    let runs = 0;
    let flippedIn = 0;
    let flippedBase = 0;
    for (const q of queries) {
      for (const text of q.queries) {
        const ranked = rank(vectors, emb.embedTerms(engine.readMood(text).emotions));
        const top = ranked.slice(0, K);
        if (!base.has(text)) base.set(text, top);
        precision += top.filter((id) => q.accept.includes(moods[id] ?? "")).length / K;
        overlap += top.filter((id) => base.get(text)!.includes(id)).length / K;
        flippedIn += top.filter((id) => flipped.has(id)).length;
        flippedBase += base.get(text)!.filter((id) => flipped.has(id)).length;
        runs++;
      }
    }
    console.log(
      `${name.padEnd(22)} P@${K} ${(precision / runs).toFixed(3)}  top-${K} shared with no-audio ${(overlap / runs).toFixed(2)}  ` +
        `contradicted songs in the top ${K}s: ${flippedIn} (no audio: ${flippedBase})`,
    );
  }
  console.log(`${tagged.length} songs, ${queries.reduce((n, q) => n + q.queries.length, 0)} queries; ${flipped.size} songs get contradicting audio in the last row`);
});
