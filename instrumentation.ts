// Runs once when the server starts: the batch job that builds the index when it is missing (from
// the bundled catalog on a fresh machine), then opens it, so no request ever builds anything.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareMoodtape } = await import("@/lib/server/moodtape");
  try {
    const m = await prepareMoodtape();
    console.log(`moodtape: ${m.index.manifest.songCount} songs indexed (${m.index.version}), mode ${m.mode}`);
  } catch (e) {
    console.error("moodtape: the song index is not ready:", e);
  }
}
