// Exact cosine top-k over unit vectors that are mostly zeros. Our emotion vectors have about 33 of
// 133 values set (8 terms and their related terms, a few families, valence and arousal), a mood's
// 7-20: a dot product only needs the dimensions the query sets. Each dimension keeps either its
// non-zero entries (row, value) or, when most rows use it, a dense column, so a query costs the sum
// of its dimensions' lengths instead of rows × dimension.

/** Above this share of rows, a dimension's column is stored dense (cheaper than row ids + values). */
const DENSE_SHARE = 0.5;

export interface ScoredRow {
  row: number;
  similarity: number;
}

class Postings {
  rows = new Uint32Array(1024);
  values = new Float32Array(1024);
  length = 0;

  push(row: number, value: number): void {
    if (this.length === this.rows.length) {
      const rows = new Uint32Array(this.rows.length * 2);
      rows.set(this.rows);
      this.rows = rows;
      const values = new Float32Array(this.values.length * 2);
      values.set(this.values);
      this.values = values;
    }
    this.rows[this.length] = row;
    this.values[this.length++] = value;
  }
}

type Column = { kind: "dense"; values: Float32Array } | { kind: "sparse"; rows: Uint32Array; values: Float32Array };

/**
 * Collects row vectors (normalised to unit length here, so a dot product is the cosine), then
 * freezes them into a SparseMatrix.
 */
export class SparseMatrixBuilder {
  private readonly postings: Postings[];
  private rows = 0;

  constructor(readonly dimension: number) {
    this.postings = Array.from({ length: dimension }, () => new Postings());
  }

  /** Adds one row read from `source` at `offset`; a zero vector is kept as a row that scores 0. */
  add(source: ArrayLike<number>, offset = 0): void {
    let norm = 0;
    for (let d = 0; d < this.dimension; d++) norm += source[offset + d]! * source[offset + d]!;
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const row = this.rows++;
    for (let d = 0; d < this.dimension; d++) {
      const x = source[offset + d]!;
      if (x !== 0 && inv > 0) this.postings[d]!.push(row, x * inv);
    }
  }

  build(): SparseMatrix {
    const n = this.rows;
    const columns: Column[] = this.postings.map((p) => {
      if (p.length <= n * DENSE_SHARE) return { kind: "sparse", rows: p.rows.slice(0, p.length), values: p.values.slice(0, p.length) };
      const values = new Float32Array(n);
      for (let j = 0; j < p.length; j++) values[p.rows[j]!] = p.values[j]!;
      return { kind: "dense", values };
    });
    this.postings.length = 0;
    return new SparseMatrix(n, columns);
  }
}

/** A frozen column store of unit row vectors answering exact cosine top-k queries. */
export class SparseMatrix {
  // One buffer for every query: a search never awaits, so two never share it at once.
  private readonly scores: Float64Array;

  constructor(
    readonly rows: number,
    private readonly columns: Column[],
  ) {
    this.scores = new Float64Array(rows);
  }

  get dimension(): number {
    return this.columns.length;
  }

  /** Bytes held by the columns (for the bench's memory figures). */
  get bytes(): number {
    return this.columns.reduce((a, c) => a + c.values.byteLength + (c.kind === "sparse" ? c.rows.byteLength : 0), this.scores.byteLength);
  }

  /**
   * The k rows of highest cosine similarity to `query` (any length-`dimension` vector; zero gives
   * similarity 0 everywhere), best first; equal similarities in row order.
   */
  topK(query: ArrayLike<number>, k: number): ScoredRow[] {
    const scores = this.scores;
    let norm = 0;
    for (let d = 0; d < this.columns.length; d++) norm += (query[d] ?? 0) ** 2;
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    scores.fill(0);
    for (let d = 0; d < this.columns.length; d++) {
      const q = (query[d] ?? 0) * inv;
      if (q === 0) continue;
      const column = this.columns[d]!;
      const values = column.values;
      if (column.kind === "dense") {
        for (let i = 0; i < values.length; i++) scores[i] = scores[i]! + q * values[i]!;
      } else {
        const rows = column.rows;
        for (let j = 0; j < rows.length; j++) {
          const r = rows[j]!;
          scores[r] = scores[r]! + q * values[j]!;
        }
      }
    }
    return selectTop(scores, Math.min(k, this.rows));
  }
}

/** The k best scores with their rows, best first, ties by lower row (a bounded min-heap). */
export function selectTop(scores: Float64Array, k: number): ScoredRow[] {
  if (k <= 0) return [];
  const heapRows = new Int32Array(k);
  const heapScores = new Float64Array(k);
  let size = 0;
  // "worse" = lower score, or the same score and a higher row.
  const worse = (a: number, b: number) => heapScores[a]! < heapScores[b]! || (heapScores[a] === heapScores[b] && heapRows[a]! > heapRows[b]!);
  const swap = (a: number, b: number) => {
    const r = heapRows[a]!;
    heapRows[a] = heapRows[b]!;
    heapRows[b] = r;
    const s = heapScores[a]!;
    heapScores[a] = heapScores[b]!;
    heapScores[b] = s;
  };
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && worse(l, m)) m = l;
      if (r < size && worse(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (let row = 0; row < scores.length; row++) {
    const s = scores[row]!;
    if (size < k) {
      heapRows[size] = row;
      heapScores[size] = s;
      for (let i = size++; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (s > heapScores[0]!) {
      // Rows come in increasing order, so an equal score never displaces the root.
      heapRows[0] = row;
      heapScores[0] = s;
      siftDown(0);
    }
  }
  const out: ScoredRow[] = [];
  for (let i = 0; i < size; i++) out.push({ row: heapRows[i]!, similarity: heapScores[i]! });
  return out.sort((a, b) => b.similarity - a.similarity || a.row - b.row);
}
