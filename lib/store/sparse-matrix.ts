// Exact cosine top-k over unit vectors that are mostly zeros. Our emotion vectors have about 33 of
// 133 values set (8 terms and their related terms, a few families, valence and arousal), a mood's
// 7-20: a dot product only needs the dimensions the query sets. Each dimension keeps either its
// non-zero entries (row, value) or, when most rows use it, a dense column, so a query costs the sum
// of its dimensions' lengths instead of rows × dimension.
import { type ScoredRow, TopK } from "./top-k";

/** Above this share of rows, a dimension's column is stored dense (cheaper than row ids + values). */
const DENSE_SHARE = 0.5;

export { type ScoredRow, selectTop } from "./top-k";

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

type Column =
  | { kind: "dense"; values: Float32Array }
  // starts[b] is where block b's entries begin in rows/values; rows are in increasing order, each
  // stored as its offset in its block (16 bits: a quarter less memory to stream than row numbers).
  | { kind: "sparse"; rows: Uint16Array; values: Float32Array; starts: Uint32Array };

// Rows are scored a block at a time so the block's scores stay in the CPU cache while every query
// dimension adds to them (a million Float64 scores would not fit: each dimension would stream 8 MB).
const BLOCK = 16_384;

function blockStarts(rows: Uint32Array, n: number): Uint32Array {
  const blocks = Math.ceil(n / BLOCK);
  const starts = new Uint32Array(blocks + 1);
  let j = 0;
  for (let b = 0; b <= blocks; b++) {
    while (j < rows.length && rows[j]! < b * BLOCK) j++;
    starts[b] = j;
  }
  return starts;
}

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
      if (p.length <= n * DENSE_SHARE) {
        const rows = p.rows.subarray(0, p.length);
        return { kind: "sparse", rows: Uint16Array.from(rows, (r) => r % BLOCK), values: p.values.slice(0, p.length), starts: blockStarts(rows, n) };
      }
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
    this.scores = new Float64Array(Math.min(rows, BLOCK));
  }

  get dimension(): number {
    return this.columns.length;
  }

  /** Bytes held by the columns (for the bench's memory figures). */
  get bytes(): number {
    return this.columns.reduce(
      (a, c) => a + c.values.byteLength + (c.kind === "sparse" ? c.rows.byteLength + c.starts.byteLength : 0),
      this.scores.byteLength,
    );
  }

  /**
   * The k rows of highest cosine similarity to `query` (any length-`dimension` vector; zero gives
   * similarity 0 everywhere), best first; equal similarities in row order.
   */
  topK(query: ArrayLike<number>, k: number): ScoredRow[] {
    let norm = 0;
    for (let d = 0; d < this.columns.length; d++) norm += (query[d] ?? 0) ** 2;
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const used: { column: Column; q: number }[] = [];
    for (let d = 0; d < this.columns.length; d++) {
      const q = (query[d] ?? 0) * inv;
      if (q !== 0) used.push({ column: this.columns[d]!, q });
    }
    const top = new TopK(Math.min(k, this.rows));
    for (let base = 0, b = 0; base < this.rows; base += BLOCK, b++) {
      const size = Math.min(BLOCK, this.rows - base);
      this.scoreBlock(used, base, b, size);
      top.offer(this.scores, base, size);
    }
    return top.sorted();
  }

  private scoreBlock(used: { column: Column; q: number }[], base: number, b: number, size: number): void {
    const scores = this.scores;
    scores.fill(0, 0, size);
    for (const { column, q } of used) {
      const values = column.values;
      if (column.kind === "dense") {
        for (let i = 0; i < size; i++) scores[i] = scores[i]! + q * values[base + i]!;
      } else {
        const rows = column.rows;
        const end = column.starts[b + 1]!;
        for (let j = column.starts[b]!; j < end; j++) {
          const r = rows[j]!;
          scores[r] = scores[r]! + q * values[j]!;
        }
      }
    }
  }
}
