/**
 * Runs `fn` over `items` with at most `limit` calls in flight, in order of the items. The first
 * error stops new calls from starting and is rethrown once the calls in flight have settled.
 * The one bounded worker pool of the project (tagging with an LLM, fetching lyrics).
 */
export async function forEachBounded<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure) {
      const index = next++;
      try {
        await fn(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
}
