import { Embeddings, type EmbeddingsParams } from "@langchain/core/embeddings";
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
    const out = new Float32Array(this.dimension);
    terms.forEach((term, rank) => {
      const v = this.termVectors.get(term);
      if (!v) return;
      const w = 1 / (1 + RANK_DECAY * rank);
      for (let i = 0; i < out.length; i++) out[i]! += w * v[i]!;
    });
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
