// The k best of a stream of scored rows, for the in-memory search.

export interface ScoredRow {
  row: number;
  similarity: number;
}

/** A bounded min-heap of the k best (score, row) seen: offered rows in increasing order. */
export class TopK {
  private readonly rows: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.rows = new Int32Array(Math.max(k, 0));
    this.scores = new Float64Array(Math.max(k, 0));
  }

  // "worse" = lower score, or the same score and a higher row.
  private worse(a: number, b: number): boolean {
    const s = this.scores;
    return s[a]! < s[b]! || (s[a] === s[b] && this.rows[a]! > this.rows[b]!);
  }

  private swap(a: number, b: number): void {
    const r = this.rows[a]!;
    this.rows[a] = this.rows[b]!;
    this.rows[b] = r;
    const s = this.scores[a]!;
    this.scores[a] = this.scores[b]!;
    this.scores[b] = s;
  }

  private siftDown(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      let m = i;
      if (l < this.size && this.worse(l, m)) m = l;
      if (l + 1 < this.size && this.worse(l + 1, m)) m = l + 1;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  /** Offers scores[0..count) as rows base.. base+count. */
  offer(scores: Float64Array, base: number, count: number): void {
    if (this.k <= 0) return;
    for (let i = 0; i < count; i++) {
      const s = scores[i]!;
      if (this.size < this.k) {
        this.rows[this.size] = base + i;
        this.scores[this.size] = s;
        for (let j = this.size++; j > 0 && this.worse(j, (j - 1) >> 1); j = (j - 1) >> 1) this.swap(j, (j - 1) >> 1);
      } else if (s > this.scores[0]!) {
        // Rows come in increasing order, so an equal score never displaces the root.
        this.rows[0] = base + i;
        this.scores[0] = s;
        this.siftDown(0);
      }
    }
  }

  sorted(): ScoredRow[] {
    const out: ScoredRow[] = [];
    for (let i = 0; i < this.size; i++) out.push({ row: this.rows[i]!, similarity: this.scores[i]! });
    return out.sort((a, b) => b.similarity - a.similarity || a.row - b.row);
  }
}

/** The k best scores with their rows, best first, ties by lower row. */
export function selectTop(scores: Float64Array, k: number): ScoredRow[] {
  const top = new TopK(Math.min(k, scores.length));
  top.offer(scores, 0, scores.length);
  return top.sorted();
}
