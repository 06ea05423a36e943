import type * as lancedb from "@lancedb/lancedb";
import type { RecordBatch } from "apache-arrow";
import type { Song } from "@/lib/catalog/song";
import { type ScoredRow, SparseMatrix, SparseMatrixBuilder } from "./sparse-matrix";

/**
 * A version's songs held in memory for searching, with LanceDB as the store of record: the vectors
 * in a SparseMatrix, the songs as their stored JSON bytes (parsed only for the rows a search
 * returns, so a million songs cost their bytes, not a million objects).
 */
export interface MemoryIndex {
  readonly size: number;
  readonly matrix: SparseMatrix;
  topK(vector: ArrayLike<number>, k: number): ScoredRow[];
  song(row: number): Song;
}

interface TextChunk {
  firstRow: number;
  offsets: Int32Array;
  bytes: Uint8Array;
}

const decoder = new TextDecoder();

/** The Utf8 column's bytes and offsets of one batch, copied so the batch can be freed. */
function textChunk(batch: RecordBatch, column: string, firstRow: number): TextChunk {
  const data = batch.getChild(column)?.data[0];
  if (!data?.valueOffsets || !data.values) throw new Error(`column ${column} is missing`);
  const offsets: Int32Array = (data.valueOffsets as Int32Array).subarray(data.offset, data.offset + data.length + 1);
  const start = offsets[0]!;
  const bytes = (data.values as Uint8Array).slice(start, offsets[data.length]!);
  return { firstRow, offsets: offsets.map((o: number) => o - start), bytes };
}

/** Adds one batch's FixedSizeList<Float32> vectors to the builder. */
function addVectors(builder: SparseMatrixBuilder, batch: RecordBatch, column: string): void {
  const data = batch.getChild(column)?.data[0];
  const child = data?.children[0];
  if (!data || !child?.values) throw new Error(`column ${column} is missing`);
  const dim = builder.dimension;
  const values = child.values as Float32Array;
  const base = child.offset + data.offset * dim;
  if (values.length < base + data.length * dim) throw new Error(`column ${column} is shorter than its rows`);
  for (let r = 0; r < data.length; r++) builder.add(values, base + r * dim);
}

/** Reads every row's vector and song of `table` (in batches) into memory. */
export async function loadMemoryIndex(table: lancedb.Table, dimension: number): Promise<MemoryIndex> {
  const builder = new SparseMatrixBuilder(dimension);
  const chunks: TextChunk[] = [];
  let rows = 0;
  for await (const batch of table.query().select(["vector", "song"])) {
    addVectors(builder, batch, "vector");
    chunks.push(textChunk(batch, "song", rows));
    rows += batch.numRows;
  }
  const matrix = builder.build();
  const song = (row: number): Song => {
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (chunks[mid]!.firstRow <= row) lo = mid;
      else hi = mid - 1;
    }
    const c = chunks[lo]!;
    const i = row - c.firstRow;
    return JSON.parse(decoder.decode(c.bytes.subarray(c.offsets[i]!, c.offsets[i + 1]!))) as Song;
  };
  return { size: rows, matrix, topK: (vector, k) => matrix.topK(vector, k), song };
}
