import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SparseMatrixBuilder, selectTop } from "@/lib/store/sparse-matrix";

const unit = (v: number[]) => {
  const n = Math.sqrt(v.reduce((a, x) => a + x * x, 0));
  return n > 0 ? v.map((x) => x / n) : v;
};

/** The plain answer: every cosine, sorted best first, ties by row. */
function bruteTop(rows: number[][], q: number[], k: number) {
  const uq = unit(q);
  return rows
    .map((r, row) => ({ row, similarity: unit(r).reduce((a, x, d) => a + x * uq[d]!, 0) }))
    .sort((a, b) => b.similarity - a.similarity || a.row - b.row)
    .slice(0, k);
}

// Vectors like ours: mostly zeros, a few dimensions (the last two) set on every row.
const sparseVector = (dim: number) =>
  fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.float({ min: -1, max: 1, noNaN: true }) }), {
    minLength: dim - 2,
    maxLength: dim - 2,
  }).chain((v) => fc.tuple(fc.float({ min: -1, max: 1, noNaN: true }), fc.float({ min: Math.fround(0.1), max: 1, noNaN: true })).map(([a, b]) => [...v, a, b]));

describe("SparseMatrix", () => {
  it("returns the exact cosine top-k of a full scan (sparse and dense columns, zero rows, k past the end)", () => {
    const dim = 12;
    fc.assert(
      fc.property(fc.array(sparseVector(dim), { minLength: 1, maxLength: 60 }), sparseVector(dim), fc.integer({ min: 1, max: 80 }), (rows, q, k) => {
        const builder = new SparseMatrixBuilder(dim);
        for (const r of rows) builder.add(r);
        const got = builder.build().topK(q, k);
        const want = bruteTop(rows, q, k);
        expect(got.length).toBe(want.length);
        got.forEach((g, i) => expect(g.similarity).toBeCloseTo(want[i]!.similarity, 5));
        // Every row returned really has the similarity reported.
        for (const g of got) expect(g.similarity).toBeCloseTo(bruteTop([rows[g.row]!], q, 1)[0]!.similarity, 5);
      }),
      { numRuns: 200 },
    );
  });

  it("stays exact across row blocks (40,000 rows, deep k)", () => {
    const dim = 20;
    let seed = 11;
    const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const rows = Array.from({ length: 40_000 }, () => Array.from({ length: dim }, (_, d) => (d >= dim - 2 || rand() < 0.2 ? rand() - 0.3 : 0)));
    const builder = new SparseMatrixBuilder(dim);
    for (const r of rows) builder.add(r);
    const m = builder.build();
    for (let t = 0; t < 3; t++) {
      const q = Array.from({ length: dim }, () => (rand() < 0.4 ? rand() : 0));
      const got = m.topK(q, 500);
      const want = bruteTop(rows, q, 500);
      got.forEach((g, i) => expect(g.similarity).toBeCloseTo(want[i]!.similarity, 6));
      expect(new Set(got.map((g) => g.row)).size).toBe(500);
    }
  });

  it("scores a zero query 0 everywhere and a zero row 0", () => {
    const builder = new SparseMatrixBuilder(3);
    builder.add([0, 0, 0]);
    builder.add([0, 2, 0]);
    const m = builder.build();
    expect(m.topK([0, 0, 0], 5).map((h) => h.similarity)).toEqual([0, 0]);
    expect(m.topK([0, 1, 0], 2)).toEqual([
      { row: 1, similarity: 1 },
      { row: 0, similarity: 0 },
    ]);
  });

  it("selectTop keeps the k best, ties in row order", () => {
    const scores = Float64Array.from([0.5, 0.9, 0.5, 0.1, 0.9, 0.5]);
    expect(selectTop(scores, 4).map((h) => h.row)).toEqual([1, 4, 0, 2]);
    expect(selectTop(scores, 0)).toEqual([]);
    expect(selectTop(scores, 10).map((h) => h.row)).toEqual([1, 4, 0, 2, 5, 3]);
  });
});
