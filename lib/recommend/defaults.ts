// Kept free of imports so client components can read the defaults without pulling in the engine.

/**
 * Calibrated for the offline emotion embeddings on the bundled catalog (see README, "Threshold"):
 * the seed design's 0.8 belongs to another embedding model.
 */
export const DEFAULT_THRESHOLD = 0.5;
export const DEFAULT_LIMIT = 10;
export const SORTS = ["popularity", "similarity"] as const;
export type Sort = (typeof SORTS)[number];
