import { toAppError } from "@/lib/errors";
import { getMoodtape } from "@/lib/server/moodtape";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

/**
 * Whether the index answers: a real small query against the version being served, which it names,
 * with the song count, the mode and the app version. 503 with a fixed message when it does not.
 */
export async function GET(): Promise<Response> {
  try {
    const m = await getMoodtape();
    await m.index.probe();
    return Response.json({
      ok: true,
      indexLoaded: true,
      indexVersion: m.index.version,
      songCount: m.index.manifest.songCount,
      embeddings: m.index.manifest.embeddingModel,
      llm: m.moodReader ? m.moodReader.id : null,
      mode: m.mode,
      version: pkg.version,
    });
  } catch (e) {
    const err = toAppError(e);
    console.error("GET /api/health:", err.message, err.cause ?? "");
    const error = err.code === "index_missing" ? err.toBody().error : { code: err.code, message: "The song index cannot answer right now; see the server log." };
    return Response.json({ ok: false, indexLoaded: false, songCount: 0, version: pkg.version, error }, { status: 503 });
  }
}
