import type { IndexEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { getVocabulary } from "@/lib/emotions/vocabulary";

const RANK_DECAY = 0.25;

/**
 * The "emotions" approach of the seed article: tags used as plain words. Every term is its own axis
 * (one-hot), so "sadness" and "sorrow" never meet: what the vocabulary's structure (related terms,
 * families, valence/arousal) adds is what this leaves out. Terms outside the vocabulary get no axis.
 */
export class PlainTermEmbeddings implements IndexEmbeddings {
  readonly modelId = "plain-terms";
  readonly dimension: number;
  private readonly index: Map<string, number>;

  constructor() {
    const terms = getVocabulary().terms.map((t) => t.term);
    this.index = new Map(terms.map((t, i) => [t, i]));
    this.dimension = terms.length;
  }

  private embed(terms: readonly string[]): number[] {
    const out = new Array<number>(this.dimension).fill(0);
    terms.forEach((term, rank) => {
      const i = this.index.get(term);
      if (i !== undefined) out[i]! += 1 / (1 + RANK_DECAY * rank);
    });
    const norm = Math.hypot(...out);
    return norm > 0 ? out.map((x) => x / norm) : out;
  }

  async embedTermLists(lists: readonly (readonly string[])[]): Promise<number[][]> {
    return lists.map((terms) => this.embed(terms));
  }
}
