import { Embeddings, type EmbeddingsParams } from "@langchain/core/embeddings";
import { type PointInput, emotionsPoint, songPoint } from "@/lib/catalog/song-point";
import { normalizeEmotions } from "@/lib/emotions/normalize";
import { EMOTION_FAMILIES } from "@/lib/emotions/types";
import { type Vocabulary, getVocabulary } from "@/lib/emotions/vocabulary";

/**
 * What the index and recommend need from embeddings: vectors for ranked lists of emotion terms (a
 * song's 8 tags, a mood's 1-8), and a model id and dimension the index records in its manifest so a
 * mismatch is caught on open. Term lists stay lists: an adapter for a text model joins them itself.
 */
export interface IndexEmbeddings {
  readonly modelId: string;
  readonly dimension: number;
  embedTermLists(lists: readonly (readonly string[])[]): Promise<number[][]>;
  /**
   * Vectors for songs, when the embeddings can place a song by more than its emotions (audio
   * features, crowd valence/arousal). Absent: callers embed `song.emotions` with embedTermLists.
   */
  embedSongs?(songs: readonly PointInput[]): Promise<number[][]>;
}

// Weights of the parts of one term's vector. The term itself dominates; related terms, the GEMS
// family and valence/arousal make near emotions near in cosine ("sadness" ~ "heartbreak").
const SELF = 1;
const RELATED = 0.45;
const FAMILY = 0.7;
const VALENCE = 0.6;
const AROUSAL = 0.4;
// An emotion list is ranked: the first term weighs 1, the eighth about 0.36.
const RANK_DECAY = 0.25;

/** Splits "sadness, longing; heartbreak" into its items. */
export function splitEmotionList(text: string): string[] {
  return text.split(/[,;\n]/).map((s) => s.trim()).filter((s) => s !== "");
}

/**
 * Offline emotion embeddings: a list of emotions becomes a unit vector over our vocabulary's terms,
 * the nine GEMS families and valence/arousal. Deterministic, no weights to download.
 */
export class OfflineEmotionEmbeddings extends Embeddings implements IndexEmbeddings {
  readonly modelId: string;
  readonly dimension: number;
  private readonly termVectors: Map<string, Float32Array>;

  constructor(params: EmbeddingsParams = {}, vocab: Vocabulary = getVocabulary()) {
    super(params);
    const terms = vocab.terms.map((t) => t.term);
    const termIndex = new Map(terms.map((t, i) => [t, i]));
    const familyBase = terms.length;
    const valenceAt = familyBase + EMOTION_FAMILIES.length;
    this.dimension = valenceAt + 2;
    this.modelId = `moodtape-emotion-v1@vocab-${vocab.version}`;
    this.termVectors = new Map();
    for (const t of vocab.terms) {
      const v = new Float32Array(this.dimension);
      for (const r of t.related) {
        const i = termIndex.get(r);
        if (i !== undefined) v[i] = RELATED;
      }
      v[termIndex.get(t.term)!] = SELF;
      v[familyBase + vocab.familyIndex.get(t.family)!] = FAMILY;
      v[valenceAt] = VALENCE * t.valence;
      v[valenceAt + 1] = AROUSAL * t.arousal;
      this.termVectors.set(t.term, v);
    }
  }

  /** Unit vector for canonical terms in rank order; all zeros when none is known. */
  embedTerms(terms: readonly string[]): Float32Array {
    return this.normalise(this.sumTerms(terms));
  }

  /**
   * A song's vector: its emotions' vector with the valence/arousal part moved to `songPoint` (the
   * emotions' point moved toward the song's audio valence/energy or crowd ratings). A song with
   * no such measures gets exactly `embedTerms(song.emotions)`.
   */
  embedSong(song: PointInput): Float32Array {
    const point = songPoint(song);
    const own = emotionsPoint(song.emotions);
    const sum = this.sumTerms(song.emotions);
    if (!point || !own || (point.valence === own.valence && point.arousal === own.arousal)) return this.normalise(sum);
    // The summed valence slot is Σ w·VALENCE·v = W·VALENCE·(mean v); keep W, swap the mean.
    let weight = 0;
    song.emotions.forEach((term, rank) => {
      if (this.termVectors.has(term)) weight += 1 / (1 + RANK_DECAY * rank);
    });
    const at = this.dimension - 2;
    sum[at] = weight * VALENCE * point.valence;
    sum[at + 1] = weight * AROUSAL * point.arousal;
    return this.normalise(sum);
  }

  async embedSongs(songs: readonly PointInput[]): Promise<number[][]> {
    return songs.map((s) => Array.from(this.embedSong(s)));
  }

  private sumTerms(terms: readonly string[]): Float32Array {
    const out = new Float32Array(this.dimension);
    terms.forEach((term, rank) => {
      const v = this.termVectors.get(term);
      if (!v) return;
      const w = 1 / (1 + RANK_DECAY * rank);
      for (let i = 0; i < out.length; i++) out[i]! += w * v[i]!;
    });
    return out;
  }

  private normalise(out: Float32Array): Float32Array {
    let norm = 0;
    for (let i = 0; i < out.length; i++) norm += out[i]! * out[i]!;
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let i = 0; i < out.length; i++) out[i]! *= inv;
    }
    return out;
  }

  /** Embeds free text naming emotions; words outside the vocabulary are ignored. */
  embedText(text: string): Float32Array {
    return this.embedTerms(normalizeEmotions(splitEmotionList(text)).terms);
  }

  async embedTermLists(lists: readonly (readonly string[])[]): Promise<number[][]> {
    return lists.map((terms) => Array.from(this.embedTerms(terms)));
  }

  // LangChain's Embeddings API (text in), for code that hands these embeddings to LangChain.
  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => Array.from(this.embedText(d)));
  }

  async embedQuery(document: string): Promise<number[]> {
    return Array.from(this.embedText(document));
  }
}
