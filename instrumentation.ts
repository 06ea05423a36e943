// Runs once when the server starts: the batch job that builds the index when it is missing (from
// the bundled catalog on a fresh machine), then opens it, so no request ever builds anything.
// Under our server (scripts/serve.ts) the API bridge serves /api/* with its own copy of the lib and
// runs this job itself: opening the index here too would hold it twice in memory.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { apiBridgeDeclared } = await import("@/lib/http/bridge-flag");
  if (apiBridgeDeclared()) return;
  const { prepareMoodtape } = await import("@/lib/server/moodtape");
  try {
    const m = await prepareMoodtape();
    console.log(`moodtape: ${m.index.manifest.songCount} songs indexed (${m.index.version}), mode ${m.mode}`);
  } catch (e) {
    console.error("moodtape: the song index is not ready:", e);
  }
}
