import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { IndexLocation } from "./index-location";

export const IndexManifestSchema = z.object({
  formatVersion: z.literal(1),
  embeddingModel: z.string(),
  dimension: z.number().int().positive(),
  vocabularyVersion: z.string(),
  songCount: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  /** IVF partitions of the vector index; 0 when the table is scanned flat. Searches probe all. */
  partitions: z.number().int().nonnegative().default(0),
  builtAt: z.string(),
});

export type IndexManifest = z.infer<typeof IndexManifestSchema>;

export const MANIFEST_FILE = "manifest.json";
export const REINDEX_HINT = "Run `npm run index` to rebuild it.";

/** Reads and validates the manifest stored inside one index version (a folder, or a prefix on S3). */
export async function readManifest(location: IndexLocation, version: string): Promise<IndexManifest> {
  let raw: unknown;
  try {
    raw = JSON.parse(await location.readText(version, MANIFEST_FILE));
  } catch (e) {
    // Object storage out of reach is not a broken index: keep its own code (and its cause in the log).
    if (e instanceof AppError && e.code === "upstream_unavailable") throw e;
    throw new AppError("index_missing", `The song index is incomplete. ${REINDEX_HINT}`, { cause: e });
  }
  const parsed = IndexManifestSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("index_mismatch", `The song index has an unknown format. ${REINDEX_HINT}`);
  return parsed.data;
}

/** Throws index_mismatch when the index was built with other embeddings or another vocabulary. */
export function assertCompatible(
  manifest: IndexManifest,
  expected: { embeddingModel: string; dimension: number; vocabularyVersion: string },
): void {
  const problems: string[] = [];
  if (manifest.embeddingModel !== expected.embeddingModel) {
    problems.push(`embeddings "${manifest.embeddingModel}", now "${expected.embeddingModel}"`);
  }
  if (manifest.dimension !== expected.dimension) problems.push(`dimension ${manifest.dimension}, now ${expected.dimension}`);
  if (manifest.vocabularyVersion !== expected.vocabularyVersion) {
    problems.push(`vocabulary v${manifest.vocabularyVersion}, now v${expected.vocabularyVersion}`);
  }
  if (problems.length > 0) {
    throw new AppError("index_mismatch", `The song index was built with ${problems.join("; ")}. ${REINDEX_HINT}`);
  }
}
