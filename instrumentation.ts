// Runs once when the server starts: opens the index (building it from the bundled catalog when
// it is missing) so the first person does not wait for it.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getMoodtape } = await import("@/lib/server/moodtape");
  try {
    const m = await getMoodtape();
    console.log(`moodtape: ${m.index.manifest.songCount} songs indexed, mode ${m.mode}`);
  } catch (e) {
    console.error(`moodtape: the song index is not ready: ${(e as Error).message}`);
  }
}
